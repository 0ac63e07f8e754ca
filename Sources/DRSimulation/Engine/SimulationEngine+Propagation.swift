import DRDomain
import Foundation

extension SimulationEngine {
    /// Marks nodes dirty and recomputes the affected closure in dependency order. A node's dependents are queued
    /// only when its status changed, so a change touches only what depends on it.
    mutating func touch<S: Sequence>(_ nodes: S) where S.Element == Int {
        for n in nodes where n >= 0 && !queued[n] {
            queued[n] = true
            dirtyHeap.push(n)
        }
        while let n = dirtyHeap.pop() {
            queued[n] = false
            let new = effectiveStatus(n)
            recomputations += 1
            let old = statuses[n]
            guard new != old else { continue }
            statuses[n] = new
            changeLog?.append(n)
            if !old.looksLike(new) { recordChange(n, from: old, to: new) }
            for d in graph.nodes[n].dependents where !queued[d] {
                queued[d] = true
                dirtyHeap.push(d)
            }
            if let hub = notePurposeChange(n, from: old, to: new) {
                for d in graph.purposes.readers[hub] ?? [] where !queued[d] {
                    queued[d] = true
                    dirtyHeap.push(d)
                }
            }
        }
    }

    private mutating func recordChange(_ n: Int, from old: ResourceStatus, to new: ResourceStatus) {
        let node = graph.nodes[n]
        if node.kind == .project { trackDisruption(n, from: old, to: new) }
        guard recordsEvents else { return }
        var detail = "\(old.state.rawValue) -> \(new.state.rawValue)"
        if let served = new.servedFrom { detail += " (served from \(served))" }
        if !new.reason.isEmpty { detail += ": \(new.reason)" }
        emit(.state, node.id, detail, new.rules.first)
    }

    /// Measures how long a project was out, against its recovery time objective.
    private mutating func trackDisruption(_ n: Int, from old: ResourceStatus, to new: ResourceStatus) {
        let wasServing = old.state.servesProject
        let isServing = new.state.servesProject
        if wasServing && !isServing {
            disruptedSince[n] = (now, currentDisruption)
        } else if !wasServing && !isServing, let since = disruptedSince[n],
            Self.rank(currentDisruption) > Self.rank(since.disruption)
        {
            // A zone outage that turns regional is measured against the region objective.
            disruptedSince[n] = (since.at, currentDisruption)
        } else if !wasServing && isServing, let since = disruptedSince.removeValue(forKey: n) {
            let node = graph.nodes[n]
            let elapsed = now - since.at
            guard recordsEvents, let project = estate.project(node.id) else { return }
            let rto = estate.objectives(for: project)[since.disruption].rto
            let verdict = elapsed <= rto ? "met" : "missed"
            emit(.note, node.id,
                 "serving again after \(ISODuration.human(elapsed)) (\(since.disruption.rawValue) RTO "
                    + "\(ISODuration.human(rto)): \(verdict))", new.servedFrom == nil ? nil : .r8)
        }
    }

    private static func rank(_ disruption: Disruption) -> Int {
        switch disruption {
        case .deletion: 0
        case .zone: 1
        case .region: 2
        }
    }

    /// The disruption type of the worst active fault: region before zone before deletion. Two or more zones of
    /// one region down is a region disruption: the region is effectively down (azure-facts section 6).
    var currentDisruption: Disruption {
        // One pass over the active faults, no set of their kinds (this runs each time a project stops).
        var zone = false
        for fault in activeFaults.keys {
            switch fault.disruption {
            case .region: return .region
            case .zone: zone = true
            case .deletion: break
            }
        }
        if zoneDownCount.contains(where: { $0 >= 2 }) { return .region }
        return zone ? .zone : .deletion
    }
}
