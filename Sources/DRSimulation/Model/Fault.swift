import DRDomain
import Foundation

/// An Azure service as Service Health reports it, for a service outage in one region.
public enum AzureService: String, Sendable, Hashable, CaseIterable, Codable {
    case storage = "Storage"
    case keyVault = "KeyVault"
    case containerRegistry = "ContainerRegistry"
    case appInsights = "AppInsights"
    case aiServices = "AIServices"
    /// Azure Machine Learning: hubs, projects and their compute.
    case machineLearning = "MachineLearning"

    /// The resource kinds a service outage of this service takes down.
    public var kinds: [ResourceKind] {
        switch self {
        case .storage: [.storage]
        case .keyVault: [.keyVault]
        case .containerRegistry: [.containerRegistry]
        case .appInsights: [.appInsights]
        case .aiServices: [.aiServices]
        case .machineLearning: [.hub, .project, .compute, .job]
        }
    }

    /// A stable small number, for flat per-region tables.
    var ordinal: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    /// Parses a service name case-insensitively, ignoring spaces, dashes and underscores
    /// (`storage`, `Key-Vault`, `machine_learning`).
    public init?(name: String) {
        let key = name.lowercased().filter { $0.isLetter || $0.isNumber }
        guard let match = Self.allCases.first(where: { $0.rawValue.lowercased() == key }) else { return nil }
        self = match
    }
}

/// A fact about the secondary region that failover preflight checks (R6).
public enum ReadinessCheck: String, Sendable, Hashable, CaseIterable, Codable {
    case roleAssignments
    case networking
    case quota
    case storageAccess

    /// Parses a check name case-insensitively, ignoring dashes and underscores (`role-assignments`).
    public init?(name: String) {
        let key = name.lowercased().filter { $0.isLetter }
        guard let match = Self.allCases.first(where: { $0.rawValue.lowercased() == key }) else { return nil }
        self = match
    }

    /// What the check means for an operator.
    public var title: String {
        switch self {
        case .roleAssignments: "role assignments (they do not replicate)"
        case .networking: "networking (virtual networks, private endpoints, DNS)"
        case .quota: "Azure Machine Learning compute quota (usages of Microsoft.MachineLearningServices, not VM quota)"
        case .storageAccess: "storage access"
        }
    }
}

/// Something that happens to the estate on the simulation clock and that the operator does not control: what goes
/// wrong, and Microsoft's decisions in an outage (a Key Vault failover). It starts with an inject and ends when it
/// is cleared.
public enum Fault: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// A whole region is down.
    case regionOutage(RegionName)
    /// A physical zone, such as `eastus2-az1`, is down.
    case zoneOutage(ZoneName)
    /// One service is down in one region, as Service Health reports it.
    case serviceOutage(AzureService, RegionName)
    /// A resource was deleted.
    case resourceDeleted(ResourceID)
    /// A connection's target can no longer be reached (credentials rotated, network path lost).
    case connectionLost(ResourceID)
    /// A readiness fact of a region is missing (role assignments, networking, quota, storage access).
    case readinessGap(ReadinessCheck, RegionName)
    /// Microsoft starts the cross-region failover of a Key Vault (best effort, its decision; the customer cannot
    /// trigger it). Until then a vault whose region is down is unavailable.
    case keyVaultFailover(ResourceID)

    /// The inject grammar's kind word: `region`, `zone`, `service`, `delete`, `connection`, `readiness`,
    /// `keyvault-failover`.
    public var kindWord: String {
        switch self {
        case .regionOutage: "region"
        case .zoneOutage: "zone"
        case .serviceOutage: "service"
        case .resourceDeleted: "delete"
        case .connectionLost: "connection"
        case .readinessGap: "readiness"
        case .keyVaultFailover: "keyvault-failover"
        }
    }

    /// The target as written in the inject grammar (`eastus2`, `Storage@eastus2`, `networking@centralus`).
    public var target: String {
        switch self {
        case .regionOutage(let region): region
        case .zoneOutage(let zone): zone
        case .serviceOutage(let service, let region): "\(service.rawValue)@\(region)"
        case .resourceDeleted(let id): id
        case .connectionLost(let id): id
        case .readinessGap(let check, let region): "\(check.rawValue)@\(region)"
        case .keyVaultFailover(let id): id
        }
    }

    /// The fault in the inject grammar, without an offset (`service:Storage@eastus2`).
    public var description: String { "\(kindWord):\(target)" }

    /// The rule a fault of this kind is explained by.
    public var rule: RuleID {
        switch self {
        case .regionOutage, .serviceOutage, .keyVaultFailover: .r3
        case .zoneOutage: .r2
        case .resourceDeleted: .r9
        case .connectionLost: .r10
        case .readinessGap: .r6
        }
    }

    /// The disruption type whose objectives apply.
    public var disruption: Disruption {
        switch self {
        case .zoneOutage: .zone
        case .resourceDeleted, .connectionLost: .deletion
        case .regionOutage, .serviceOutage, .readinessGap, .keyVaultFailover: .region
        }
    }

    /// A sentence for the timeline.
    public var summary: String {
        switch self {
        case .regionOutage(let region): "region \(region) is down"
        case .zoneOutage(let zone): "zone \(zone) is down"
        case .serviceOutage(let service, let region): "\(service.rawValue) is down in \(region)"
        case .resourceDeleted(let id): "\(id) was deleted"
        case .connectionLost(let id): "the target of connection \(id) is lost"
        case .readinessGap(let check, let region): "\(check.title) missing in \(region)"
        case .keyVaultFailover(let id): "Microsoft starts the failover of Key Vault \(id) to its pair"
        }
    }

    /// A sentence for the timeline when the fault clears.
    public var clearedSummary: String {
        switch self {
        case .regionOutage(let region): "region \(region) is back"
        case .zoneOutage(let zone): "zone \(zone) is back"
        case .serviceOutage(let service, let region): "\(service.rawValue) is back in \(region)"
        case .resourceDeleted(let id): "\(id) is restored"
        case .connectionLost(let id): "the target of connection \(id) is reachable again"
        case .readinessGap(let check, let region): "\(check.title) ready again in \(region)"
        case .keyVaultFailover(let id): "Key Vault \(id) is failed back by Microsoft"
        }
    }

    /// Orders faults by their grammar text, so every list of faults has one order.
    public static func < (lhs: Fault, rhs: Fault) -> Bool { lhs.description < rhs.description }
}
