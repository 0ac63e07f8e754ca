import DRDomain
import Foundation

/// Connection purposes (R7): which critical purposes have lost every serving connection on a hub, kept up to
/// date as connection statuses change, so that a project's check costs what is lost rather than every connection.
extension SimulationEngine {
    /// Counts serving connections per purpose after a connection's status changed; returns the hub whose projects
    /// must be recomputed, or nil when what projects read of the purpose did not change.
    mutating func notePurposeChange(_ n: Int, from old: ResourceStatus, to new: ResourceStatus) -> Int? {
        guard let slot = graph.purposes.slotOfNode[n] else { return nil }
        let hub = graph.purposes.slots[slot].hub
        let was = old.state.isServing
        let serves = new.state.isServing
        if was != serves {
            purposeServing[slot] += serves ? 1 : -1
            if purposeServing[slot] == 0 {
                lostPurposes[hub, default: []].insert(slot)
                return hub
            }
            if serves && purposeServing[slot] == 1 {
                lostPurposes[hub]?.remove(slot)
                return hub
            }
            return nil
        }
        // A lost purpose's reason cites its connections' rules.
        return purposeServing[slot] == 0 && old.rules != new.rules ? hub : nil
    }

    /// The critical purposes a project lacks on the hub serving it, sorted: each with its connections there
    /// (all down), or none when the serving hub has no connection for it.
    func lackingPurposes(_ node: ResourceNode, serving: Int) -> [(purpose: String, connections: [Int])] {
        var out: [(purpose: String, connections: [Int])] = []
        for slot in lostPurposes[serving] ?? [] {
            let entry = graph.purposes.slots[slot]
            if graph.purposes.isCritical(entry.purpose, on: (node.hub, serving)) {
                out.append((entry.purpose, entry.connections))
            }
        }
        if let hub = node.hub {
            out += graph.purposes.missing(from: hub, on: serving).map { ($0, []) }
        }
        return out.sorted { $0.purpose < $1.purpose }
    }
}
