import Foundation

/// How an Azure command names one resource: the name Azure knows it by, its resource group, and its subscription
/// when the estate spans more than one (otherwise the signed-in subscription is meant, and nil here).
public struct AzureTarget: Sendable, Hashable {
    /// The Azure name (never an estate id invented to tell two resources of one name apart).
    public var name: String
    /// The resource group, when known.
    public var resourceGroup: String?
    /// The subscription to name in commands, or nil when the estate has one subscription.
    public var subscription: String?

    public init(name: String, resourceGroup: String? = nil, subscription: String? = nil) {
        self.name = name
        self.resourceGroup = resourceGroup
        self.subscription = subscription
    }
}

/// The Azure target of every resource of an estate, by estate id, built once.
///
/// A resource without a recorded Azure name (a hand-written estate) is named by its id. `--subscription` is
/// wanted only when the resources span more than one subscription.
public struct AzureTargets: Sendable {
    private var byID: [ResourceID: AzureTarget] = [:]
    private var recordedSubscriptions: [ResourceID: String] = [:]
    /// Whether the estate's resources are in more than one subscription.
    public let spansSubscriptions: Bool

    public init(_ estate: Estate) {
        var entries: [(ResourceID, String?, String?, String?)] = []
        entries += estate.hubs.map { ($0.id, $0.azureName, $0.resourceGroup, $0.subscription) }
        entries += estate.projects.map { ($0.id, $0.azureName, $0.resourceGroup, $0.subscription) }
        entries += estate.storageAccounts.map { ($0.id, $0.azureName, $0.resourceGroup, $0.subscription) }
        entries += estate.keyVaults.map { ($0.id, $0.azureName, $0.resourceGroup, $0.subscription) }
        entries += estate.containerRegistries.map { ($0.id, $0.azureName, $0.resourceGroup, $0.subscription) }
        entries += estate.appInsights.map { ($0.id, $0.azureName, $0.resourceGroup, $0.subscription) }
        entries += estate.aiServices.map { ($0.id, $0.azureName, $0.resourceGroup, $0.subscription) }
        entries += estate.deleted.map { ($0.id, $0.azureName, $0.resourceGroup, $0.subscription) }
        let subscriptions = Set(entries.compactMap { $0.3?.lowercased() })
        spansSubscriptions = subscriptions.count > 1
        for (id, name, group, subscription) in entries where byID[id] == nil {
            byID[id] = AzureTarget(
                name: name ?? id, resourceGroup: group, subscription: spansSubscriptions ? subscription : nil)
            if let subscription { recordedSubscriptions[id] = subscription }
        }
    }

    /// The target of a resource by estate id; one named by the id alone when the estate does not hold it.
    public func target(_ id: ResourceID) -> AzureTarget { byID[id] ?? AzureTarget(name: id) }

    /// The subscription the estate records for a resource, even when it is the estate's only one (commands leave
    /// it out then; matching live records to resources does not).
    public func recordedSubscription(_ id: ResourceID) -> String? { recordedSubscriptions[id] }

    /// The resource group and subscription of a resource, to create something beside it (the name is `name`).
    public func beside(_ id: ResourceID, name: String) -> AzureTarget {
        var target = target(id)
        target.name = name
        return target
    }
}
