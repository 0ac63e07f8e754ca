import DRDomain

/// What the panes look up about the estate, built once: the estate does not change while the console runs, so
/// per-row questions (a hub, a resource's region or kind, the regions in use) cost a dictionary lookup instead
/// of a scan of the estate.
public struct ConsoleLookups: Sendable {
    /// Constant-time lookups by id and the reverse references.
    public let index: EstateIndex
    /// How Azure commands name each resource (name, resource group, subscription).
    public let targets: AzureTargets
    /// `Estate.usedRegions`, computed once.
    public let usedRegions: [RegionName]
    /// Every live resource by id (the first definition when ids repeat).
    private let summaries: [ResourceID: ResourceSummary]

    /// Builds the lookups of `estate`.
    public init(_ estate: Estate) {
        index = EstateIndex(estate)
        targets = AzureTargets(estate)
        usedRegions = estate.usedRegions
        summaries = Dictionary(estate.allResources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The kind and home region of a live resource.
    public func summary(of id: ResourceID) -> ResourceSummary? { summaries[id] }

    /// The resource group of a resource that has one (vaults, storage, AI Services, hubs, registries).
    public func resourceGroup(of id: ResourceID) -> String? {
        index.keyVault(id)?.resourceGroup ?? index.storage(id)?.resourceGroup ?? index.aiService(id)?.resourceGroup
            ?? index.hub(id)?.resourceGroup ?? index.registry(id)?.resourceGroup
    }
}
