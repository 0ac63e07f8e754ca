import Foundation

/// Who is responsible for something: the customer or Microsoft.
public enum Responsibility: String, Sendable, Hashable, Codable {
    case you
    case microsoft
}

/// Whether a service is highly available by default.
public enum DefaultAvailability: String, Sendable, Hashable, Codable {
    case yes
    case no
    case notApplicable = "not applicable"
}

/// A place where public sources disagree; shown to the operator, never silently resolved.
public struct SourceConflict: Sendable, Hashable {
    public var topic: String
    public var positions: [String]
}

/// One service the guidance covers, as data.
public struct ServiceCatalogEntry: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    /// The estate kinds this entry describes.
    public var kinds: [ResourceKind]
    public var managedBy: Responsibility
    public var highlyAvailableByDefault: DefaultAvailability
    /// Who geo-replicates it, and how.
    public var geoReplicatedBy: Responsibility
    public var configuration: String
    public var softDelete: SoftDeletePolicy
    /// Where each fact comes from.
    public var source: String
    public var conflicts: [SourceConflict]
}

/// The services of the seed's tables, with their sources and the documented conflicts (azure-facts section 8).
public enum ServiceCatalog {
    private static let seed = "Foundry hub HA/DR guidance (seed), with the HA marks from disaster-recovery.md 2025-04-14"

    /// Every entry, in the seed's order.
    public static let entries: [ServiceCatalogEntry] = [
        ServiceCatalogEntry(
            id: "foundry", name: "Foundry hub and projects", kinds: [.hub, .project], managedBy: .microsoft,
            highlyAvailableByDefault: .no, geoReplicatedBy: .you,
            configuration: "Create a hub and projects in the selected regions; no automatic failover.",
            softDelete: .of(.hub), source: seed,
            conflicts: [
                SourceConflict(
                    topic: "Soft delete of hubs and projects",
                    positions: [
                        "Foundry DR guidance (2025-04): hubs and projects do not support soft delete",
                        "AML soft-delete doc (2025-10): workspaces soft-delete for 14 days, hubs not exempted",
                    ])
            ]),
        ServiceCatalogEntry(
            id: "storage", name: "Azure Storage", kinds: [.storage], managedBy: .you, highlyAvailableByDefault: .no,
            geoReplicatedBy: .you,
            configuration: "Choose redundancy for your needs; AML does not support failover of the hub's default storage with GRS, GZRS, RA-GRS or RA-GZRS.",
            softDelete: .of(.storage), source: seed + "; storage-redundancy.md", conflicts: []),
        ServiceCatalogEntry(
            id: "keyVault", name: "Azure Key Vault", kinds: [.keyVault], managedBy: .you,
            highlyAvailableByDefault: .yes, geoReplicatedBy: .microsoft,
            // The guidance's words (seed 102) only: read-only while failed over is the Key Vault guide's, below.
            configuration: "Use the same vault for both hubs; Azure Key Vault automatically fails over to a secondary region.",
            softDelete: .of(.keyVault), source: seed + " (line 102); Key Vault reliability guide (2025)",
            conflicts: [
                SourceConflict(
                    topic: "Key Vault regional failover",
                    positions: [
                        "Foundry HA/DR guidance (seed, line 102): share one vault; it fails over automatically",
                        "Key Vault reliability guide (2025): the failover is Microsoft-managed and best effort; the "
                            + "customer cannot trigger it; starting it can take hours, then a few minutes (up to 20 "
                            + "more over private endpoints); read-only while failed over",
                    ])
            ]),
        ServiceCatalogEntry(
            id: "containerRegistry", name: "Azure Container Registry", kinds: [.containerRegistry], managedBy: .you,
            highlyAvailableByDefault: .no, geoReplicatedBy: .microsoft,
            configuration: "Premium SKU, geo-replicated to the paired region; use the same registry for both hubs.",
            softDelete: .of(.containerRegistry), source: seed + " (line 104); ACR zone-redundancy page (2025)",
            conflicts: [
                SourceConflict(
                    topic: "Registry zone redundancy",
                    positions: [
                        "The registry's zoneRedundancy property can read Disabled",
                        "ACR zone-redundancy page (2025): every registry in a region with zones is zone-redundant, "
                            + "whatever its SKU; the property is not to be trusted",
                    ])
            ]),
        ServiceCatalogEntry(
            id: "appInsights", name: "Application Insights", kinds: [.appInsights], managedBy: .you,
            highlyAvailableByDefault: .notApplicable, geoReplicatedBy: .you,
            configuration: "Create Application Insights for the hub in both regions.",
            softDelete: .of(.appInsights), source: seed + " (line 105)",
            conflicts: [
                SourceConflict(
                    topic: "Application Insights per hub",
                    positions: [
                        "Foundry HA/DR guidance (seed, line 105): create it for the hub in both regions",
                        "Read literally, for every hub: a primary without one in its own region is a gap as much "
                            + "as a secondary (assess reports both)",
                    ])
            ]),
        ServiceCatalogEntry(
            id: "compute", name: "Compute instances and clusters", kinds: [.compute], managedBy: .microsoft,
            highlyAvailableByDefault: .no, geoReplicatedBy: .you,
            configuration: "Create compute in both regions; make sure both have enough quota.",
            softDelete: .of(.compute), source: seed, conflicts: []),
        ServiceCatalogEntry(
            id: "connections", name: "Connections to external services (AI Services)", kinds: [.connection, .aiServices],
            managedBy: .you, highlyAvailableByDefault: .no, geoReplicatedBy: .you,
            configuration: "Create two resources in two regions and two connections on the hub.",
            softDelete: .of(.aiServices), source: seed, conflicts: []),
    ]

    /// The entry describing a kind.
    public static func entry(for kind: ResourceKind) -> ServiceCatalogEntry? {
        entries.first { $0.kinds.contains(kind) }
    }

    /// Every documented conflict, with the entry it belongs to.
    public static var conflicts: [(entry: String, conflict: SourceConflict)] {
        entries.flatMap { entry in entry.conflicts.map { (entry.id, $0) } }
    }
}
