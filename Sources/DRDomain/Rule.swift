import Foundation

/// The rules of the guidance that the simulation follows and findings cite (PRODUCT.md, R1 to R11).
public enum RuleID: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case r1 = "R1", r2 = "R2", r3 = "R3", r4 = "R4", r5 = "R5", r6 = "R6", r7 = "R7", r8 = "R8", r9 = "R9",
        r10 = "R10", r11 = "R11"

    /// The rule's short title.
    public var title: String {
        switch self {
        case .r1: "No automatic failover"
        case .r2: "Zone outage"
        case .r3: "Region outage"
        case .r4: "Jobs must be resubmitted"
        case .r5: "Service-side metadata is not recoverable"
        case .r6: "Failover preflight"
        case .r7: "Artifacts do not sync between hubs"
        case .r8: "Deployment posture"
        case .r9: "Soft delete"
        case .r10: "Dependencies"
        case .r11: "Directed region pairs"
        }
    }

    /// The rule in one sentence, as the guidance states it.
    public var summary: String {
        switch self {
        case .r1: "Foundry does not fail over by itself: in a regional outage the hub and its projects are unavailable until the operator fails over to a secondary hub."
        case .r2: "Projects on a hub whose region has a zone down pause; zone-redundant resources keep serving; zonal resources in that zone are unavailable."
        case .r3: "Everything regional in the region is unavailable; Key Vault waits for Microsoft's best-effort failover, then serves read-only from its pair; Premium registries serve from replicas; geo-redundant storage needs an account failover to write (never for a hub's default storage), and hubs and connections use its primary endpoint; App Insights there is lost; single-region connections fail."
        case .r4: "Jobs running in an outage fail, do not move to the secondary hub, and must be resubmitted."
        case .r5: "Service-side metadata (tags, asset names, descriptions) is lost in a regional disaster; data in storage survives only where its redundancy does."
        case .r6: "Role assignments do not replicate; the secondary needs its own networking, compute quota and accessible storage."
        case .r7: "Hubs do not sync artifacts: after failover, what the secondary lacks must be recreated; shared geo-replicated resources stay available."
        case .r8: "Hot/hot fails over by a configuration switch; hot/warm starts ready critical resources; hot/cold deploys models, deployments and pipelines by hand."
        case .r9: "Hubs and projects cannot be soft-deleted; AI Services 48 hours; Key Vault 7-90 days with purge protection; Storage 14 days best effort."
        case .r10: "A project needs its hub; a hub needs its storage and Key Vault and, for images, its registry; recovery follows dependency order."
        case .r11: "Pairs are directed; geo-redundant storage replicates to the pair; a region without a pair gets no cross-region Key Vault replication."
        }
    }

    public static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.number < rhs.number }

    private var number: Int { Int(rawValue.dropFirst()) ?? 0 }
}
