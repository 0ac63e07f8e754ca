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
    /// Where the record that supplied the kept facts starts, for messages.
    var origin: ExportOrigin
    /// Whether that record was a single resource (`show`, REST GET) rather than an item of a list.
    var detailed = false
    /// Every file and place that mentioned the resource, in the order read.
    var sightings: [ExportOrigin] = []
    /// Facts that records of this id stated differently: what each said and where, then which was kept and why.
    var conflicts: [String] = []

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

    init(id: ArmID, type: String, file: String, origin: ExportOrigin? = nil, detailed: Bool = false) {
        self.id = id
        self.type = type
        self.file = file
        self.origin = origin ?? ExportOrigin(file: file, position: nil)
        self.detailed = detailed
        sightings = [self.origin]
    }

    /// The resource's name: the last segment of its id.
    var name: String { id.name }

    /// The resource group from the id, else as stated.
    var group: String? { id.resourceGroup ?? resourceGroup }

    /// Facts whose disagreement changes what the resource is, with their names in messages.
    private var identityFacts: [(name: String, value: String?)] {
        [("computeType", computeType), ("kind", kind), ("location", location), ("sku", skuName)]
    }

    /// Combines a later sighting into this one.
    ///
    /// Where both state a fact, a single resource (`show`, REST GET) wins over an item of a list, and otherwise
    /// the later record wins; a disagreement on what the resource is (compute type, kind, location, SKU) is
    /// recorded in `conflicts` with both places and the reason for the choice.
    mutating func merge(_ other: ResourceFacts) {
        sightings += other.sightings
        let otherWins = other.detailed || !detailed
        for (fact, theirFact) in zip(identityFacts, other.identityFacts) {
            guard let mine = fact.value, let theirs = theirFact.value, mine.lowercased() != theirs.lowercased()
            else { continue }
            let kept = otherWins ? (theirs, other.origin) : (mine, origin)
            let why =
                other.detailed != detailed
                ? "a single resource's record is more complete than a list item"
                : "records of one kind: the later file read (in name order) wins"
            conflicts.append(
                "\(fact.name) \(mine) at \(origin), \(theirs) at \(other.origin); kept \(kept.0) from \(kept.1) "
                    + "(\(why))")
        }
        if otherWins {
            origin = other.origin
            detailed = other.detailed || detailed
        }
        func take<T>(_ keyPath: WritableKeyPath<ResourceFacts, T?>) {
            guard let value = other[keyPath: keyPath] else { return }
            if otherWins || self[keyPath: keyPath] == nil { self[keyPath: keyPath] = value }
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
        tags.merge(other.tags) { old, new in otherWins ? new : old }
        if !other.zones.isEmpty, otherWins || zones.isEmpty { zones = other.zones }
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
