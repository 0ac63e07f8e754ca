import DRDomain
import Foundation

/// One resource of the estate as the engine indexes it: its kind, places, and links to other nodes by index.
///
/// Links are node indices, `-1` when absent; regions and zones are interned indices, `-1` when unknown.
struct ResourceNode: Sendable {
    var id: ResourceID
    var kind: ResourceKind
    /// The home region as the report shows it.
    var region: RegionName
    var regionIndex: Int = -1
    var zoneIndex: Int = -1

    // Links, by kind: hub (storage, keyVault, registry, appInsights, secondaryHub), project (hub, secondaryHub),
    // connection (hub, target), compute (hub), job (project, compute).
    var hub = -1
    var secondaryHub = -1
    var storage = -1
    var keyVault = -1
    var registry = -1
    var appInsights = -1
    var target = -1
    var compute = -1
    var project = -1
    /// A hub's connections and projects.
    var connections: [Int] = []
    var projects: [Int] = []

    /// Storage: the geo-secondary region; Key Vault: the pair it fails over to.
    var geoRegionIndex = -1
    /// Registry: replica regions.
    var replicaRegions: [Int] = []
    var redundancy: StorageRedundancy = .standardLRS
    var storageRole: StorageRole = .hubDefault
    var lastSyncLag: TimeInterval?
    var keyVaultReplicates = false
    var softDeleteRetentionDays: Int?
    var premium = false
    var purpose = ""
    var critical = false
    var posture: DeploymentPosture = .hotHot
    /// The ids of links that name something absent from the estate, for the reason text.
    var missing: [String] = []

    /// Nodes this node's state is computed from.
    var dependencies: [Int] = []
    /// Nodes whose state is computed from this node (the reverse-dependency index).
    var dependents: [Int] = []
}
