import DRDomain
import Foundation

/// A region as an estate file defines or overrides it; nil fields keep the built-in value.
struct RegionDefinition {
    var name: RegionName
    var displayName: String?
    var geography: String?
    var latitude: Double?
    var longitude: Double?
    /// Whether `pair` is written at all (`pair: null` removes a built-in pair).
    var pairWritten: Bool
    var pair: RegionName?
    /// `pair: unknown`: nobody stated whether the region has a pair.
    var pairUnknown = false
    var zones: [ZoneName]?
    var keyVaultReplicatesAcrossRegions: Bool?
    var restricted: Bool?
}

/// Everything an estate file says, decoded field by field with positions, before the checks and the build.
struct EstateDraft {
    var name: Located<String>?
    var snapshotTime: Date?
    var objectives: RecoveryObjectives = .defaults
    var regionDefinitions: [Located<RegionDefinition>] = []
    /// The built-in catalog with the file's definitions applied (set by the catalog check).
    var catalog: RegionCatalog = .builtIn
    var hubs: [Located<Hub>] = []
    var projects: [Located<Project>] = []
    var storageAccounts: [Located<StorageAccount>] = []
    var keyVaults: [Located<KeyVault>] = []
    var containerRegistries: [Located<ContainerRegistry>] = []
    var appInsights: [Located<AppInsights>] = []
    var aiServices: [Located<AIServicesAccount>] = []
    var connections: [Located<Connection>] = []
    var computes: [Located<Compute>] = []
    var jobs: [Located<Job>] = []
    var deleted: [Located<DeletedResource>] = []
    var readiness: [Located<RegionReadiness>] = []

    /// Every live and deleted item's id, kind and position, in file order.
    var identities: [(id: ResourceID, kind: ResourceKind, deleted: Bool, position: SourcePosition)] {
        var out: [(id: ResourceID, kind: ResourceKind, deleted: Bool, position: SourcePosition)] = []
        out += hubs.map { ($0.value.id, .hub, false, $0.at("id")) }
        out += projects.map { ($0.value.id, .project, false, $0.at("id")) }
        out += storageAccounts.map { ($0.value.id, .storage, false, $0.at("id")) }
        out += keyVaults.map { ($0.value.id, .keyVault, false, $0.at("id")) }
        out += containerRegistries.map { ($0.value.id, .containerRegistry, false, $0.at("id")) }
        out += appInsights.map { ($0.value.id, .appInsights, false, $0.at("id")) }
        out += aiServices.map { ($0.value.id, .aiServices, false, $0.at("id")) }
        out += connections.map { ($0.value.id, .connection, false, $0.at("id")) }
        out += computes.map { ($0.value.id, .compute, false, $0.at("id")) }
        out += jobs.map { ($0.value.id, .job, false, $0.at("id")) }
        out += deleted.map { ($0.value.id, $0.value.kind, true, $0.at("id")) }
        return out.sorted { $0.position < $1.position }
    }
}
