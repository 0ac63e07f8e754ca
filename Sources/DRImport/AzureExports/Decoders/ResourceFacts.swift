import Foundation

/// What the exports say about one Azure resource, gathered from every file that mentions it.
///
/// Each decoder fills the fields its shape carries; sightings of the same ARM id (compared case-insensitively)
/// merge, a later non-nil value replacing an earlier one, so `az resource list` (null properties) and a
/// `show` of the same resource combine.
struct ResourceFacts: Sendable {
    let id: ArmID
    /// The lowercased ARM type, or a `deleted:` type for soft-deleted resources.
    var type: String
    /// The first file that mentioned the resource.
    var file: String

    var kind: String?
    var location: String?
    var resourceGroup: String?
    var skuName: String?
    var tags: [String: String] = [:]
    var zones: [String] = []

    // Storage
    var secondaryLocation: String?
    var lastSyncTime: Date?
    var geoReplicationStatus: String?
    // Blob service of a storage account (`blobServices/default`)
    var blobSoftDeleteDays: Int?
    var containerSoftDeleteDays: Int?

    // Key Vault
    var enableSoftDelete: Bool?
    var softDeleteRetentionDays: Int?
    var purgeProtection: Bool?

    // Container Registry
    var zoneRedundant: Bool?
    var artifactSoftDeleteDays: Int?

    // Workspaces
    var storageAccount: String?
    var keyVault: String?
    var containerRegistry: String?
    var applicationInsights: String?
    var hubID: String?
    var associatedWorkspaces: [String]?

    // Compute
    var computeType: String?
    var computeState: String?
    var vmSize: String?

    // Connections
    var connectionCategory: String?
    var connectionTargetID: String?
    var connectionTargetURL: String?

    // Soft-deleted resources
    var deletionDate: Date?
    var scheduledPurgeDate: Date?
    var originalID: String?

    init(id: ArmID, type: String, file: String) {
        self.id = id
        self.type = type
        self.file = file
    }

    /// The resource's name: the last segment of its id.
    var name: String { id.name }

    /// The resource group from the id, else as stated.
    var group: String? { id.resourceGroup ?? resourceGroup }

    /// Combines a later sighting into this one.
    mutating func merge(_ other: ResourceFacts) {
        func take<T>(_ keyPath: WritableKeyPath<ResourceFacts, T?>) {
            if let value = other[keyPath: keyPath] { self[keyPath: keyPath] = value }
        }
        take(\.kind); take(\.location); take(\.resourceGroup); take(\.skuName)
        take(\.secondaryLocation); take(\.lastSyncTime); take(\.geoReplicationStatus)
        take(\.enableSoftDelete); take(\.softDeleteRetentionDays); take(\.purgeProtection); take(\.zoneRedundant)
        take(\.blobSoftDeleteDays); take(\.containerSoftDeleteDays); take(\.artifactSoftDeleteDays)
        take(\.storageAccount); take(\.keyVault); take(\.containerRegistry); take(\.applicationInsights)
        take(\.hubID); take(\.associatedWorkspaces)
        take(\.computeType); take(\.computeState); take(\.vmSize)
        take(\.connectionCategory); take(\.connectionTargetID); take(\.connectionTargetURL)
        take(\.deletionDate); take(\.scheduledPurgeDate); take(\.originalID)
        tags.merge(other.tags) { _, new in new }
        if !other.zones.isEmpty { zones = other.zones }
        if type.hasPrefix("deleted:") == false, other.type.hasPrefix("deleted:") { type = other.type }
    }

    /// A tag's value (tag names are case-insensitive), trimmed; nil when absent or empty.
    func tag(_ name: String) -> String? {
        guard let value = tags[name.lowercased()], !value.isEmpty else { return nil }
        return value
    }
}

/// ARM types the import understands, lowercased.
enum ArmType {
    static let workspace = "microsoft.machinelearningservices/workspaces"
    static let compute = "microsoft.machinelearningservices/workspaces/computes"
    static let connection = "microsoft.machinelearningservices/workspaces/connections"
    static let storage = "microsoft.storage/storageaccounts"
    static let blobService = "microsoft.storage/storageaccounts/blobservices"
    static let keyVault = "microsoft.keyvault/vaults"
    static let registry = "microsoft.containerregistry/registries"
    static let replication = "microsoft.containerregistry/registries/replications"
    static let appInsights = "microsoft.insights/components"
    static let cognitive = "microsoft.cognitiveservices/accounts"
    static let deletedVault = "deleted:keyvault"
    static let deletedAccount = "deleted:cognitiveservices"
    static let deletedStorage = "deleted:storage"
}
