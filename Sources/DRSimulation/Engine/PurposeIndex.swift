import DRDomain
import Foundation

/// The connections of each hub grouped by purpose, built once with the graph.
///
/// A project reads its hubs' connections only through their purposes (R7: a critical purpose needs a serving
/// connection on the hub serving the project). Grouping them lets the engine recompute a hub's projects only
/// when a purpose gains its first or loses its last serving connection, and lets a project read the lost
/// purposes rather than every connection: the work of a connection fault is bounded by what it changes.
struct PurposeIndex: Sendable {
    /// The connections of one hub with one purpose, in the hub's connection order.
    struct Slot: Sendable {
        var hub: Int
        var purpose: String
        var connections: [Int]
    }

    private(set) var slots: [Slot] = []
    /// The slot of each connection node, by node index.
    private(set) var slotOfNode: [Int: Int] = [:]
    /// Each hub's slots by purpose.
    private(set) var slotByPurpose: [Int: [String: Int]] = [:]
    /// The purposes of each hub that some critical connection serves.
    private(set) var criticalPurposes: [Int: Set<String>] = [:]
    /// The projects that read each hub's connections: those whose hub or secondary hub it is, in node order.
    private(set) var readers: [Int: [Int]] = [:]
    /// For each hub with a secondary: the secondary, and the hub's critical purposes with no connection on it.
    private var missingOnSecondary: [Int: (secondary: Int, purposes: [String])] = [:]

    init() {}

    init(nodes: [ResourceNode]) {
        for (h, hub) in nodes.enumerated() where hub.kind == .hub {
            for c in hub.connections {
                let purpose = nodes[c].purpose
                if nodes[c].critical { criticalPurposes[h, default: []].insert(purpose) }
                if let slot = slotByPurpose[h]?[purpose] {
                    slots[slot].connections.append(c)
                    slotOfNode[c] = slot
                } else {
                    slotByPurpose[h, default: [:]][purpose] = slots.count
                    slotOfNode[c] = slots.count
                    slots.append(Slot(hub: h, purpose: purpose, connections: [c]))
                }
            }
        }
        for (p, project) in nodes.enumerated() where project.kind == .project {
            for hub in Set([project.hub, project.secondaryHub].compactMap({ $0 })) { readers[hub, default: []].append(p) }
        }
        for (h, hub) in nodes.enumerated() where hub.kind == .hub {
            guard let s = hub.secondaryHub else { continue }
            missingOnSecondary[h] = (s, missing(from: h, on: s))
        }
    }

    /// The slot of a purpose on a hub, if the hub has a connection with that purpose.
    func slot(hub: Int, purpose: String) -> Int? { slotByPurpose[hub]?[purpose] }

    /// Whether the purpose is critical on either hub.
    func isCritical(_ purpose: String, on hubs: (Int?, Int)) -> Bool {
        criticalPurposes[hubs.1]?.contains(purpose) == true
            || hubs.0.map { criticalPurposes[$0]?.contains(purpose) == true } == true
    }

    /// The critical purposes of `hub` with no connection on `serving`, sorted (cached for the hub's secondary).
    func missing(from hub: Int, on serving: Int) -> [String] {
        guard hub != serving else { return [] }
        if let cached = missingOnSecondary[hub], cached.secondary == serving { return cached.purposes }
        return (criticalPurposes[hub] ?? []).filter { slot(hub: serving, purpose: $0) == nil }.sorted()
    }
}
