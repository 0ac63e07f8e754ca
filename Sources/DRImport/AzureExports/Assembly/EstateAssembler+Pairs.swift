import DRDomain
import Foundation

extension EstateAssembler {
    /// Infers failover pairs the exports imply but no tag states: two hubs in paired regions that share a Key
    /// Vault or a container registry (the seed's layout: one vault and one geo-replicated registry for both hubs)
    /// are recorded as a primary and its secondary, and listed under "Assumed" in the report.
    ///
    /// Only hubs with no stated role or secondary (tags, `--merge`) take part, and only when the match is one to
    /// one; a hub that could pair with several is left alone and reported. Of the two, the primary is the one
    /// whose region pairs to the other's (pairs are directed); when both do, the hub with more projects, then the
    /// first by name.
    func inferFailoverPairs() {
        let open = hubs.filter { !hubRolesStated.contains($0.id) }
        var candidates: [ResourceID: [Hub]] = [:]
        for (index, first) in open.enumerated() {
            for second in open[(index + 1)...] where paired(first.region, second.region) && !shared(first, second).isEmpty {
                candidates[first.id, default: []].append(second)
                candidates[second.id, default: []].append(first)
            }
        }
        var done: Set<ResourceID> = []
        for hub in open where !done.contains(hub.id) {
            guard let others = candidates[hub.id], !others.isEmpty else { continue }
            if others.count == 1, let other = others.first, candidates[other.id]?.count != 1 { continue }
            guard others.count == 1, let other = others.first else {
                undetermined(
                    "\(hub.id): could fail over to any of \(others.map(\.id).sorted().joined(separator: ", ")) "
                        + "(paired regions, shared vault or registry); set tags \(ImportTags.role) and "
                        + "\(ImportTags.secondary)")
                done.insert(hub.id)
                continue
            }
            let (primary, secondary) = order(hub, other)
            done.formUnion([hub.id, other.id])
            guard let p = hubs.firstIndex(where: { $0.id == primary.id }),
                let s = hubs.firstIndex(where: { $0.id == secondary.id })
            else { continue }
            hubs[p].role = .primary
            hubs[p].secondary = secondary.id
            hubs[s].role = .secondary
            hubs[s].secondary = nil
            let unknownRole = { (id: ResourceID) in "\(id): role unknown, assumed primary; set tag \(ImportTags.role)" }
            report.undetermined.removeAll { $0 == unknownRole(primary.id) || $0 == unknownRole(secondary.id) }
            assumed(
                "\(primary.id) (\(primary.region)) fails over to \(secondary.id) (\(secondary.region)): paired "
                    + "regions sharing \(shared(primary, secondary).joined(separator: " and ")); tags "
                    + "\(ImportTags.role) and \(ImportTags.secondary) state otherwise")
        }
    }

    /// Whether either region is the other's pair.
    private func paired(_ a: RegionName, _ b: RegionName) -> Bool {
        a != b && (catalog.pair(of: a) == b || catalog.pair(of: b) == a)
    }

    /// What two hubs share, in words: `Key Vault kv`, `container registry acr`.
    private func shared(_ a: Hub, _ b: Hub) -> [String] {
        var out: [String] = []
        if a.keyVault == b.keyVault { out.append("Key Vault \(a.keyVault)") }
        if let registry = a.containerRegistry, registry == b.containerRegistry {
            out.append("container registry \(registry)")
        }
        return out
    }

    /// The primary and the secondary of an inferred pair.
    private func order(_ a: Hub, _ b: Hub) -> (Hub, Hub) {
        let aPairsToB = catalog.pair(of: a.region) == b.region
        let bPairsToA = catalog.pair(of: b.region) == a.region
        if aPairsToB != bPairsToA { return aPairsToB ? (a, b) : (b, a) }
        let projectsOf = { (hub: Hub) in self.projectFactsCount(of: hub) }
        if projectsOf(a) != projectsOf(b) { return projectsOf(a) > projectsOf(b) ? (a, b) : (b, a) }
        return a.id < b.id ? (a, b) : (b, a)
    }

    /// How many workspaces of kind Project the exports attach to a hub (by hub id or association).
    private func projectFactsCount(of hub: Hub) -> Int {
        let (hubFacts, projectFacts, _) = workspacesByKind
        guard let facts = hubFacts.first(where: { hubIDs[$0.id.key] == hub.id }) else { return 0 }
        let associated = Set((facts.associatedWorkspaces ?? []).compactMap { ArmID($0)?.key })
        return projectFacts.filter { project in
            associated.contains(project.id.key) || project.hubID.flatMap(ArmID.init)?.key == facts.id.key
        }.count
    }
}
