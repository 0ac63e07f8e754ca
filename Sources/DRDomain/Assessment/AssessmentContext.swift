import Foundation

/// What every check needs: the estate, the reference time, and lookups over the estate.
struct AssessmentContext {
    let estate: Estate
    /// The moment the assessment measures from.
    let now: Date
    /// Constant-time lookups, so assessing a large estate stays linear.
    let index: EstateIndex
    /// Hubs that name a usable secondary, paired with it, in estate order.
    let failoverPairs: [(primary: Hub, secondary: Hub)]
    /// How commands name each resource in Azure (name, resource group, subscription).
    let targets: AzureTargets
    private let primaryBySecondary: [ResourceID: Hub]

    init(estate: Estate, now: Date) {
        self.estate = estate
        self.now = now
        let index = EstateIndex(estate)
        self.index = index
        targets = AzureTargets(estate)
        let pairs = estate.hubs.compactMap { hub -> (primary: Hub, secondary: Hub)? in
            guard let secondary = index.secondaryHub(of: hub), secondary.region != hub.region else { return nil }
            return (hub, secondary)
        }
        failoverPairs = pairs
        primaryBySecondary = Dictionary(pairs.map { ($0.secondary.id, $0.primary) }, uniquingKeysWith: { first, _ in first })
    }

    /// The placeholder shown in commands when a resource group is not recorded.
    static let unknownResourceGroup = "<resource-group>"

    /// How commands name a resource, by estate id.
    func target(_ id: ResourceID, groupFallback: String? = nil) -> AzureTarget {
        var target = targets.target(id)
        if target.resourceGroup == nil { target.resourceGroup = groupFallback }
        return target
    }

    /// A resource group, or the placeholder.
    func group(_ name: String?) -> String {
        guard let name, !name.isEmpty else { return Self.unknownResourceGroup }
        return name
    }

    /// Builds a finding of a check, citing the check's rule.
    func finding(
        _ check: AssessmentCheck, _ subject: String, _ severity: Severity, resources: [ResourceID], message: String,
        remedy: String
    ) -> Finding {
        Finding(
            id: check.findingID(subject), severity: severity, rule: check.rule, resources: resources,
            message: message, remedy: remedy)
    }

    /// The hub's secondary when it exists and is in another region: something a regional outage can fail over to.
    func usableSecondary(of hub: Hub) -> Hub? {
        guard let secondary = index.secondaryHub(of: hub), secondary.region != hub.region else { return nil }
        return secondary
    }

    /// The hub in another region that `hub` fails over to, or that fails over to `hub`.
    func partner(of hub: Hub) -> Hub? {
        if let secondary = usableSecondary(of: hub) { return secondary }
        return primaryBySecondary[hub.id]
    }

    /// The critical projects on a hub, in estate order.
    func criticalProjects(on hub: ResourceID) -> [Project] {
        index.projects(on: hub).filter(\.critical)
    }

    /// Hubs using a storage account as their default storage, in estate order.
    func hubs(withDefaultStorage id: ResourceID) -> [Hub] {
        index.hubs(using: id).filter { $0.storage == id }
    }

    /// Connections whose target is the resource, in estate order.
    func connections(targeting id: ResourceID) -> [Connection] {
        index.connections(targeting: id)
    }

    /// The region of a connection target (an AI Services account or a storage account), when known.
    func targetRegion(_ id: ResourceID) -> RegionName? {
        index.aiService(id)?.region ?? index.storage(id)?.region
    }

    /// The projects whose data lives in a storage account: projects on hubs using it as default storage or
    /// connecting to it.
    func projects(usingStorage id: ResourceID) -> [Project] {
        var hubIDs = Set(hubs(withDefaultStorage: id).map(\.id))
        hubIDs.formUnion(connections(targeting: id).map(\.hub))
        return estate.projects.filter { hubIDs.contains($0.hub) }
    }

    /// Names joined for a sentence: `a`, `a and b`, `a, b and c`.
    static func list(_ names: [String]) -> String {
        switch names.count {
        case 0: ""
        case 1: names[0]
        default: names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
        }
    }

    /// A count with its noun: `1 project`, `2 projects`.
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
