import Foundation

extension AssessmentContext {
    /// R3: a critical connection purpose of a hub whose targets are all in one region (warning, one per hub and
    /// purpose). Connections of one hub with the same purpose back each other up.
    func connectionFindings() -> [Finding] {
        var groups: [(hub: ResourceID, purpose: String, connections: [Connection])] = []
        for connection in estate.connections {
            if let index = groups.firstIndex(where: { $0.hub == connection.hub && $0.purpose == connection.purpose }) {
                groups[index].connections.append(connection)
            } else {
                groups.append((connection.hub, connection.purpose, [connection]))
            }
        }
        return groups.compactMap { group in
            guard group.connections.contains(where: \.critical) else { return nil }
            let targets = group.connections.map(\.target).uniqued()
            let regions = Set(targets.compactMap { targetRegion($0) })
            guard regions.count == 1, let region = regions.first else { return nil }
            return singleRegionFinding(hub: group.hub, purpose: group.purpose, connections: group.connections,
                                       targets: targets, region: region)
        }
    }

    private func singleRegionFinding(
        hub hubID: ResourceID, purpose: String, connections: [Connection], targets: [ResourceID], region: RegionName
    ) -> Finding {
        let hub = index.hub(hubID)
        let otherRegion = hub.flatMap { partner(of: $0)?.region }.flatMap { $0 == region ? nil : $0 }
            ?? estate.regions.pair(of: region) ?? "<another-region>"
        let first = targets.first ?? ""
        let create: String
        if let account = index.aiService(first) {
            create = AzureCLI.createAIServices(
                kind: account.accountKind, beside: target(account.id, groupFallback: hub?.resourceGroup),
                location: otherRegion)
        } else {
            create = AzureCLI.createStorage(
                beside: target(first, groupFallback: hub?.resourceGroup), location: otherRegion)
        }
        let connect = AzureCLI.createConnection(hub: target(hubID))
        let what = connections.count == 1
            ? "its only connection \(connections[0].id) targets \(Self.list(targets))"
            : "all \(connections.count) of its connections (\(Self.list(connections.map(\.id)))) target "
                + "\(Self.list(targets))"
        return finding(
            .connectionSingleRegion, "\(hubID)/\(purpose)", .warning, resources: [hubID] + connections.map(\.id) + targets,
            message: "Hub \(hubID) depends on \"\(purpose)\" critically, but \(what), in \(region) alone: in an outage "
                + "of \(region) the connection fails and nothing takes over. The guidance is two resources in two "
                + "regions and two connections on the hub.",
            remedy: "Create a second resource in \(otherRegion) and connect the hub to it (connection.yml names the "
                + "new resource):\n\(create)\n\(connect)")
    }
}
