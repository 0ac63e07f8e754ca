import DRDomain
import Foundation

/// Enumerates every single fault of an estate and what it takes down (the `assess` failure-mode table).
///
/// Each fault is applied to one settled simulation (delays elapsed, no operator action), the changed resources
/// are read from the engine's change log, and the fault is cleared again, so the whole enumeration costs the sum
/// of the faults' affected closures rather than the estate's size times the number of faults.
public enum BlastRadius {
    /// The most impacts a failure mode keeps (its counts stay exact): caps the report's memory on estates where
    /// a fault takes down tens of thousands of resources.
    public static let impactsKeptPerMode = 1_000
    /// Every single fault: each used region down, each of its zones down, each service down in each used region,
    /// each resource deleted.
    public static func faults(of estate: Estate) -> [Fault] {
        let regions = estate.usedRegions
        var out = regions.map(Fault.regionOutage)
        for region in regions { out += (estate.regions.region(named: region)?.zones ?? []).map(Fault.zoneOutage) }
        for region in regions { out += AzureService.allCases.map { .serviceOutage($0, region) } }
        out += estate.allResources.map { .resourceDeleted($0.id) }
        return out
    }

    /// Enumerates the failure modes of the estate.
    public static func enumerate(_ estate: Estate) -> BlastRadiusReport {
        var probe = SimulationEngine(estate: estate)
        return BlastRadiusReport(estate: estate.name, modes: probe.probeAll(faults(of: estate)))
    }
}

extension SimulationEngine {
    /// Applies each fault alone to the settled baseline, records what changes, and clears it.
    mutating func probeAll(_ faults: [Fault]) -> [FailureMode] {
        recordsEvents = false
        settled = true
        let critical = graph.nodes.indices.filter { graph.nodes[$0].kind == .project && graph.nodes[$0].critical }
        var isCritical = [Bool](repeating: false, count: graph.nodes.count)
        for n in critical { isCritical[n] = true }
        let baselineServing = critical.filter { Self.serving(statuses[$0]) }.count
        let failoverTimes = plannedFailoverTimes()
        var modes: [FailureMode] = []
        modes.reserveCapacity(faults.count)
        for fault in faults {
            changeLog = []
            startFault(fault)
            // The changed nodes in order, each once: sorted, then repeats (adjacent now) dropped.
            var changed = (changeLog ?? []).sorted()
            changed.removeDuplicatesFromSorted()
            var serving = baselineServing
            var down: [Int] = []
            var impacts: [ImpactedResource] = []
            var impactCount = 0
            var takesDownCount = 0
            for n in changed where !statuses[n].looksLike(baselineStatuses[n]) {
                let node = graph.nodes[n]
                impactCount += 1
                if FailureMode.isTakenDown(statuses[n]) { takesDownCount += 1 }
                if impacts.count < BlastRadius.impactsKeptPerMode {
                    impacts.append(ImpactedResource(id: node.id, kind: node.kind, region: node.region, status: statuses[n]))
                }
                guard isCritical[n] else { continue }
                let was = Self.serving(baselineStatuses[n])
                let servingNow = Self.serving(statuses[n])
                if was && !servingNow { serving -= 1; down.append(n) }
                if !was && servingNow { serving += 1 }
            }
            let (time, path) = recovery(of: fault, down: down, failoverTimes: failoverTimes)
            modes.append(FailureMode(fault: fault, impacts: impacts, impactCount: impactCount,
                                     takesDownCount: takesDownCount, criticalProjects: critical.count,
                                     criticalServing: serving, recoveryTime: time, recoveryPath: path))
            clearFault(fault)
        }
        changeLog = nil
        return modes
    }

    private static func serving(_ status: ResourceStatus) -> Bool {
        status.state == .available || status.state == .degraded
    }

    /// The planned failover time of each project with a secondary hub: the posture's playbook plus the
    /// preflight remediation its secondary region needs (R6, R8).
    private func plannedFailoverTimes() -> [Int: TimeInterval] {
        var out: [Int: TimeInterval] = [:]
        for (p, node) in graph.nodes.enumerated() where node.kind == .project {
            guard let secondary = node.secondaryHub else { continue }
            let region = graph.nodes[secondary].region
            let gaps = FailoverPlaybook.readinessSteps(estate.readiness[region], region: region)
            out[p] = FailoverPlaybook.recoveryDuration(of: FailoverPlaybook.steps(for: node.posture, adding: gaps))
        }
        return out
    }

    /// How the critical projects a fault stops come back: the zone returning, a soft-delete recovery, or a
    /// failover to a serving secondary hub; nil when none applies.
    private func recovery(of fault: Fault, down: [Int], failoverTimes: [Int: TimeInterval]) -> (TimeInterval?, String) {
        guard !down.isEmpty else { return (0, "no critical project stops") }
        var worst: TimeInterval = 0
        var paths: Set<String> = []
        var recoverable: TimeInterval?
        if case .resourceDeleted(let id) = fault, let n = graph.index(of: id) {
            let kind = graph.nodes[n].kind
            if kind != .hub, kind != .project, SoftDeletePolicy.of(kind).isSupported {
                recoverable = ActionDurations.recovery(of: kind)
            }
        }
        for p in down {
            let node = graph.nodes[p]
            var options: [(TimeInterval, String)] = []
            if statuses[p].state == .paused {
                options.append((FailoverPlaybook.zoneOutagePause, "wait for the zone"))
            }
            if let recoverable { options.append((recoverable, "recover \(fault.target) from soft delete")) }
            if statuses[p].state != .deleted, let time = failoverTimes[p], let secondary = node.secondaryHub,
                Self.serving(statuses[secondary])
            {
                options.append((time, "fail over to \(graph.nodes[secondary].id)"))
            }
            guard let best = options.min(by: { $0.0 < $1.0 }) else {
                var why = statuses[p].state == .deleted ? "recreate \(node.id)" : "wait for Azure (no serving secondary)"
                if statuses[p].state != .deleted, let secondary = node.secondaryHub, hubOutOnlyByVault(secondary),
                    let vault = graph.nodes[secondary].keyVault
                {
                    why = "wait for Microsoft's failover of Key Vault \(graph.nodes[vault].id) (best effort, can take hours), "
                        + "then fail over to \(graph.nodes[secondary].id)"
                }
                return (nil, why)
            }
            worst = max(worst, best.0)
            paths.insert(best.1)
        }
        return (worst, paths.sorted().joined(separator: "; "))
    }
}

extension Array where Element: Equatable {
    /// Drops the repeats of a sorted array (each run of equal elements keeps its first).
    mutating func removeDuplicatesFromSorted() {
        guard count > 1 else { return }
        var kept = 1
        for index in 1..<count where self[index] != self[kept - 1] {
            self[kept] = self[index]
            kept += 1
        }
        removeLast(count - kept)
    }
}
