import Foundation

/// A Foundry hub deployment as the tool sees it: regions, hubs, projects, associated resources, compute,
/// connections, jobs, soft-deleted resources, secondary readiness and recovery objectives.
public struct Estate: Sendable, Hashable {
    public var name: String
    /// The moment the description was true (an export's time); assessment and countdowns are measured from it.
    public var snapshotTime: Date?
    /// The region catalog: built-in regions with the estate's additions and overrides applied.
    public var regions: RegionCatalog
    public var hubs: [Hub]
    public var projects: [Project]
    public var storageAccounts: [StorageAccount]
    public var keyVaults: [KeyVault]
    public var containerRegistries: [ContainerRegistry]
    public var appInsights: [AppInsights]
    public var aiServices: [AIServicesAccount]
    public var connections: [Connection]
    public var computes: [Compute]
    public var jobs: [Job]
    public var deleted: [DeletedResource]
    /// Readiness facts of secondary regions, by region.
    public var readiness: [RegionName: RegionReadiness]
    public var objectives: RecoveryObjectives

    /// Creates an estate; everything but the name defaults to empty.
    public init(
        name: String, snapshotTime: Date? = nil, regions: RegionCatalog = .builtIn, hubs: [Hub] = [],
        projects: [Project] = [], storageAccounts: [StorageAccount] = [], keyVaults: [KeyVault] = [],
        containerRegistries: [ContainerRegistry] = [], appInsights: [AppInsights] = [],
        aiServices: [AIServicesAccount] = [], connections: [Connection] = [], computes: [Compute] = [],
        jobs: [Job] = [], deleted: [DeletedResource] = [], readiness: [RegionName: RegionReadiness] = [:],
        objectives: RecoveryObjectives = .defaults
    ) {
        self.name = name
        self.snapshotTime = snapshotTime
        self.regions = regions
        self.hubs = hubs
        self.projects = projects
        self.storageAccounts = storageAccounts
        self.keyVaults = keyVaults
        self.containerRegistries = containerRegistries
        self.appInsights = appInsights
        self.aiServices = aiServices
        self.connections = connections
        self.computes = computes
        self.jobs = jobs
        self.deleted = deleted
        self.readiness = readiness
        self.objectives = objectives
    }
}

/// One resource of any kind, reduced to what every resource has.
public struct ResourceSummary: Sendable, Hashable, Identifiable {
    public var id: ResourceID
    public var kind: ResourceKind
    /// The home region.
    public var region: RegionName

    public init(id: ResourceID, kind: ResourceKind, region: RegionName) {
        self.id = id
        self.kind = kind
        self.region = region
    }
}

extension Estate {
    /// Every live resource in a fixed order: hubs, projects, storage, vaults, registries, App Insights,
    /// AI Services, connections, compute, jobs. Regions of projects, connections, compute and jobs are their hub's.
    public var allResources: [ResourceSummary] {
        let hubRegion = Dictionary(hubs.map { ($0.id, $0.region) }, uniquingKeysWith: { a, _ in a })
        let projectRegion = Dictionary(
            projects.map { ($0.id, hubRegion[$0.hub] ?? "") }, uniquingKeysWith: { a, _ in a })
        var out: [ResourceSummary] = []
        out += hubs.map { .init(id: $0.id, kind: .hub, region: $0.region) }
        out += projects.map { .init(id: $0.id, kind: .project, region: hubRegion[$0.hub] ?? "") }
        out += storageAccounts.map { .init(id: $0.id, kind: .storage, region: $0.region) }
        out += keyVaults.map { .init(id: $0.id, kind: .keyVault, region: $0.region) }
        out += containerRegistries.map { .init(id: $0.id, kind: .containerRegistry, region: $0.region) }
        out += appInsights.map { .init(id: $0.id, kind: .appInsights, region: $0.region) }
        out += aiServices.map { .init(id: $0.id, kind: .aiServices, region: $0.region) }
        out += connections.map { .init(id: $0.id, kind: .connection, region: hubRegion[$0.hub] ?? "") }
        out += computes.map { .init(id: $0.id, kind: .compute, region: hubRegion[$0.hub] ?? "") }
        out += jobs.map { .init(id: $0.id, kind: .job, region: projectRegion[$0.project] ?? "") }
        return out
    }

    /// Regions the estate uses (home regions, replicas, secondaries, readiness), sorted.
    public var usedRegions: [RegionName] {
        var set = Set(allResources.map(\.region))
        for registry in containerRegistries { set.formUnion(registry.replicas) }
        for account in storageAccounts where account.redundancy.isGeoRedundant {
            if let secondary = account.secondaryRegion ?? regions.pair(of: account.region) { set.insert(secondary) }
        }
        set.formUnion(readiness.keys)
        set.formUnion(deleted.map(\.region))
        set.remove("")
        return set.sorted()
    }

    /// The moment assessment measures from: the snapshot time when given, otherwise `fallback`.
    public func referenceTime(fallback: Date) -> Date { snapshotTime ?? fallback }

    public func hub(_ id: ResourceID) -> Hub? { hubs.first { $0.id == id } }
    public func project(_ id: ResourceID) -> Project? { projects.first { $0.id == id } }
    public func storage(_ id: ResourceID) -> StorageAccount? { storageAccounts.first { $0.id == id } }
    public func keyVault(_ id: ResourceID) -> KeyVault? { keyVaults.first { $0.id == id } }
    public func registry(_ id: ResourceID) -> ContainerRegistry? { containerRegistries.first { $0.id == id } }
    public func aiService(_ id: ResourceID) -> AIServicesAccount? { aiServices.first { $0.id == id } }

    /// The projects on a hub.
    public func projects(on hub: ResourceID) -> [Project] { projects.filter { $0.hub == hub } }

    /// The objectives that apply to a project (estate-wide with its overrides).
    public func objectives(for project: Project) -> RecoveryObjectives { objectives.applying(project.objectives) }

    /// The region of any live resource, by id.
    public func region(of id: ResourceID) -> RegionName? { allResources.first { $0.id == id }?.region }

    /// The hub a primary hub fails over to, when it names one that exists.
    public func secondaryHub(of hub: Hub) -> Hub? { hub.secondary.flatMap { self.hub($0) } }
}
