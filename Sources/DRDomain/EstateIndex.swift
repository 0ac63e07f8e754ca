import Foundation

/// Constant-time lookups over an estate, built once: resources by id and the reverse references (projects of
/// a hub, hubs using a storage account, connections of a hub or to a target).
///
/// `Estate`'s own lookups scan arrays, which is fine for one question; code that asks per resource (assessment,
/// the console's panes) builds an index so large estates stay linear.
public struct EstateIndex: Sendable {
    public let estate: Estate
    private let hubs: [ResourceID: Hub]
    private let projects: [ResourceID: Project]
    private let storage: [ResourceID: StorageAccount]
    private let vaults: [ResourceID: KeyVault]
    private let registries: [ResourceID: ContainerRegistry]
    private let insights: [ResourceID: AppInsights]
    private let aiServices: [ResourceID: AIServicesAccount]
    private let regions: [ResourceID: RegionName]
    private let projectsByHub: [ResourceID: [Project]]
    private let connectionsByHub: [ResourceID: [Connection]]
    private let connectionsByTarget: [ResourceID: [Connection]]
    private let jobsByProject: [ResourceID: [Job]]
    private let jobsByHub: [ResourceID: [Job]]
    private let computesByHub: [ResourceID: [Compute]]
    private let hubsByDependency: [ResourceID: [Hub]]
    private let primaryOfSecondary: [ResourceID: Hub]

    /// Indexes `estate`. When ids repeat (an invalid estate), the first definition wins.
    public init(_ estate: Estate) {
        self.estate = estate
        func byID<T: Identifiable>(_ items: [T]) -> [ResourceID: T] where T.ID == ResourceID {
            Dictionary(items.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        }
        hubs = byID(estate.hubs)
        projects = byID(estate.projects)
        storage = byID(estate.storageAccounts)
        vaults = byID(estate.keyVaults)
        registries = byID(estate.containerRegistries)
        insights = byID(estate.appInsights)
        aiServices = byID(estate.aiServices)
        regions = Dictionary(estate.allResources.map { ($0.id, $0.region) }, uniquingKeysWith: { first, _ in first })
        projectsByHub = Dictionary(grouping: estate.projects, by: \.hub)
        connectionsByHub = Dictionary(grouping: estate.connections, by: \.hub)
        connectionsByTarget = Dictionary(grouping: estate.connections, by: \.target)
        jobsByProject = Dictionary(grouping: estate.jobs, by: \.project)
        let hubOfProject = Dictionary(estate.projects.map { ($0.id, $0.hub) }, uniquingKeysWith: { first, _ in first })
        jobsByHub = Dictionary(grouping: estate.jobs.filter { hubOfProject[$0.project] != nil }) {
            hubOfProject[$0.project] ?? ""
        }
        computesByHub = Dictionary(grouping: estate.computes, by: \.hub)
        var dependents: [ResourceID: [Hub]] = [:]
        var primaries: [ResourceID: Hub] = [:]
        for hub in estate.hubs {
            for id in [hub.storage, hub.keyVault, hub.containerRegistry, hub.appInsights].compactMap({ $0 }) {
                dependents[id, default: []].append(hub)
            }
            if let secondary = hub.secondary, primaries[secondary] == nil { primaries[secondary] = hub }
        }
        hubsByDependency = dependents
        primaryOfSecondary = primaries
    }

    public func hub(_ id: ResourceID) -> Hub? { hubs[id] }
    public func project(_ id: ResourceID) -> Project? { projects[id] }
    public func storage(_ id: ResourceID) -> StorageAccount? { storage[id] }
    public func keyVault(_ id: ResourceID) -> KeyVault? { vaults[id] }
    public func registry(_ id: ResourceID) -> ContainerRegistry? { registries[id] }
    public func appInsights(_ id: ResourceID) -> AppInsights? { insights[id] }
    public func aiService(_ id: ResourceID) -> AIServicesAccount? { aiServices[id] }
    /// The home region of any live resource.
    public func region(of id: ResourceID) -> RegionName? { regions[id] }
    /// The projects on a hub, in estate order.
    public func projects(on hub: ResourceID) -> [Project] { projectsByHub[hub] ?? [] }
    /// The connections of a hub, in estate order.
    public func connections(of hub: ResourceID) -> [Connection] { connectionsByHub[hub] ?? [] }
    /// The connections whose target is `id`, in estate order.
    public func connections(targeting id: ResourceID) -> [Connection] { connectionsByTarget[id] ?? [] }
    /// The jobs of a project, in estate order.
    public func jobs(of project: ResourceID) -> [Job] { jobsByProject[project] ?? [] }
    /// The jobs of every project on a hub, in estate order.
    public func jobs(onHub hub: ResourceID) -> [Job] { jobsByHub[hub] ?? [] }
    /// The compute of a hub, in estate order.
    public func computes(of hub: ResourceID) -> [Compute] { computesByHub[hub] ?? [] }
    /// Hubs using a resource as their storage, Key Vault, registry or App Insights, in estate order.
    public func hubs(using id: ResourceID) -> [Hub] { hubsByDependency[id] ?? [] }
    /// The first hub naming `id` as its secondary.
    public func primary(ofSecondary id: ResourceID) -> Hub? { primaryOfSecondary[id] }
    /// The hub a primary fails over to, when it names one that exists.
    public func secondaryHub(of hub: Hub) -> Hub? { hub.secondary.flatMap { hubs[$0] } }
}
