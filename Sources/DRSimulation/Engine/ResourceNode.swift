import DRDomain
import Foundation

/// One resource of the estate as the engine indexes it: its kind, places, and links to other nodes by index.
///
/// Links are node indices, nil when absent; regions and zones are interned indices, nil when unknown. Optionals,
/// not a `-1` sentinel, so that no absent link can be used as an index unchecked.
///
/// A class: the rules read a node on every recomputation, and copying a struct of nine strings and arrays (a
/// retain and a release each) was a third of the single-fault enumeration. `EstateGraph.init` builds and links
/// the nodes and nothing changes them afterwards, so sharing them between engine copies and threads is safe.
final class ResourceNode: @unchecked Sendable {
    var id: ResourceID
    var kind: ResourceKind
    /// The home region as the report shows it.
    var region: RegionName
    var regionIndex: Int?
    var zoneIndex: Int?

    // Links, by kind: hub (storage, keyVault, registry, appInsights, secondaryHub), project (hub, secondaryHub),
    // connection (hub, target), compute (hub), job (project, compute).
    var hub: Int?
    var secondaryHub: Int?
    var storage: Int?
    var keyVault: Int?
    var registry: Int?
    var appInsights: Int?
    var target: Int?
    var compute: Int?
    var project: Int?
    /// A hub's connections and projects.
    var connections: [Int] = []
    var projects: [Int] = []

    /// Storage: the geo-secondary region; Key Vault: the pair it fails over to.
    var geoRegionIndex: Int?
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

    init(id: ResourceID, kind: ResourceKind, region: RegionName) {
        self.id = id
        self.kind = kind
        self.region = region
    }
}
