import DRDomain
import Foundation

/// The rules for hubs, projects, connections, compute and jobs (R1, R2, R4, R7, R8, R10).
extension SimulationEngine {
    /// The rule to cite for something that fails because a dependency did: R3 when the dependency is out by a
    /// regional outage, otherwise R10.
    func inheritedRule(_ dependency: ResourceStatus) -> RuleID {
        dependency.rules.contains(.r3) ? .r3 : .r10
    }

    func hubStatus(_ n: Int, _ node: ResourceNode) -> ResourceStatus {
        let home = node.regionIndex
        if serviceOut(.machineLearning, home) {
            var reason = "\(node.region) is down and hubs do not fail over by themselves"
            if let failover = hubFailovers[n] {
                reason += "; its projects fail over to \(graph.nodes[failover.secondary].id)"
            }
            return ResourceStatus(.unavailable, rules: [.r1, .r3], reason: reason)
        }
        var b = StatusBuilder()
        for missing in node.missing {
            b.add(.unavailable, [.r10], "\(missing) is not in the estate")
        }
        dependency(node.storage, what: "default storage", into: &b)
        dependency(node.keyVault, what: "Key Vault", into: &b)
        if let r = node.registry {
            let registry = statuses[r]
            if registry.state.isDown {
                b.add(.degraded, [.r10],
                      "registry \(graph.nodes[r].id) is \(registry.state.rawValue): images cannot be pulled")
            }
        }
        if zoneOutIn(home) {
            b.add(.degraded, [.r2], "\(downZones(in: home)) is down: its projects pause")
        }
        return b.status
    }

    /// A hard dependency of a hub (storage, Key Vault): out means the hub is out; unknown means unknown; a vault
    /// read-only from its pair means degraded. Storage read-only from its geo-secondary leaves the hub out: Azure
    /// Machine Learning uses the account's primary endpoint, and the `-secondary` endpoint needs re-pointing.
    private func dependency(_ d: Int?, what: String, into b: inout StatusBuilder) {
        guard let d else { return }
        let status = statuses[d]
        let id = graph.nodes[d].id
        if let live = liveState(d), live == status.state, status.state != .readOnly {
            // Live data first: say so, in the words an operator checks against the portal (only when live data
            // itself gives this state, not when a simulated fault made it worse).
            b.add(status.state == .deleted ? .unavailable : status.state == .paused ? .degraded : status.state,
                  [.r10], "live: \(id) \(status.state.rawValue) (\(what))")
            return
        }
        switch status.state {
        case .available: return
        case .unavailable, .deleted:
            b.add(.unavailable, [.r10], "\(what) \(id) is \(status.state.rawValue)")
        case .unknown:
            b.add(.unknown, status.rules, "\(what) \(id) may be down (\(status.reason))")
        case .readOnly where graph.nodes[d].kind == .storage:
            b.add(.unavailable, [status.rules.contains(.r3) ? .r3 : .r2, .r10], "\(what) \(id): its primary endpoint is down and the hub uses it; "
                    + "\(id)-secondary is readable only once re-pointed (read-only)" + afterAccountFailover(d))
        case .readOnly:
            let from = status.servedFrom.map { " (served from \($0))" } ?? ""
            b.add(.degraded, [.r10], "\(what) \(id) is read-only\(from)")
        case .degraded, .paused:
            b.add(.degraded, [.r10], "\(what) \(id) is \(status.state.rawValue)")
        }
    }

    /// The other way back to a storage account whose primary is down: an account failover, except for a hub's
    /// default storage, which Azure Machine Learning does not support failing over (seed line 103).
    func afterAccountFailover(_ storage: Int) -> String {
        graph.nodes[storage].storageRole == .hubDefault
            ? "; Azure Machine Learning does not support failing over a hub's default storage"
            : " or after an account failover"
    }

    /// Whether a hub is out only because its Key Vault is: running compute and jobs keep running, while whatever
    /// needs the vault (the hub, its connections, new job submissions) fails.
    func hubOutOnlyByVault(_ h: Int?) -> Bool {
        guard let h, statuses[h].state == .unavailable, !deleted[h] else { return false }
        let hub = graph.nodes[h]
        guard !serviceOut(.machineLearning, hub.regionIndex), hub.missing.isEmpty, let vault = hub.keyVault,
            statuses[vault].state.isDown else { return false }
        return hub.storage.map { [.available, .degraded].contains(statuses[$0].state) } ?? true
    }

    /// The hub serving a project now: its secondary once failed over, otherwise its own.
    func servingHub(ofProject p: Int) -> Int? {
        let hub = graph.nodes[p].hub
        if let hub, let failover = hubFailovers[hub], let ready = failover.projectReadyAt[p], now >= ready {
            return failover.secondary
        }
        return hub
    }

    func projectStatus(_ n: Int, _ node: ResourceNode) -> ResourceStatus {
        guard let hub = node.hub else {
            return ResourceStatus(.unavailable, rules: [.r10], reason: "its hub \(node.missing.first ?? "") is not in the estate")
        }
        var progress = ""
        if let failover = hubFailovers[hub], let ready = failover.projectReadyAt[n] {
            if now >= ready { return servedBySecondary(node, secondary: failover.secondary) }
            let blocked = failover.blockedSteps.filter { $0.group == node.posture.rawValue }.map(\.key)
            progress = blocked.isEmpty
                ? "; failover to \(graph.nodes[failover.secondary].id) under way, ready at \(clock(ready))"
                : "; failover to \(graph.nodes[failover.secondary].id) waits for "
                    + blocked.map { "\($0.check.title) in \($0.region)" }.joined(separator: ", ") + " (R6)"
        }
        let hubNode = graph.nodes[hub]
        if serviceOut(.machineLearning, hubNode.regionIndex) {
            let next = node.secondaryHub.map { "unavailable until the operator fails over to \(graph.nodes[$0].id)" }
                ?? "and it has no secondary hub to fail over to"
            return ResourceStatus(.unavailable, rules: [.r1],
                                  reason: "hub \(hubNode.id) is down in \(hubNode.region), \(next)" + progress)
        }
        let hubStatus = statuses[hub]
        if hubStatus.state.isDown {
            return ResourceStatus(.unavailable, rules: [.r10],
                                  reason: "its hub \(hubNode.id) is \(hubStatus.state.rawValue)" + progress)
        }
        if hubStatus.state == .unknown {
            return ResourceStatus(.unknown, rules: hubStatus.rules, reason: "its hub \(hubNode.id) may be down" + progress)
        }
        if zoneOutIn(hubNode.regionIndex) {
            return ResourceStatus(.paused, rules: [.r2],
                                  reason: "\(downZones(in: hubNode.regionIndex)) is down: the project pauses and data "
                                    + "cannot be refreshed until the zone returns" + progress)
        }
        var b = StatusBuilder()
        if hubStatus.state != .available {
            b.add(.degraded, [.r10], "hub \(hubNode.id): \(hubStatus.reason)")
        }
        checkPurposes(node, serving: hub, into: &b)
        return b.status
    }

    private func servedBySecondary(_ node: ResourceNode, secondary: Int) -> ResourceStatus {
        let hubNode = graph.nodes[secondary]
        let hubStatus = statuses[secondary]
        if hubStatus.state.isDown || hubStatus.state == .unknown {
            return ResourceStatus(hubStatus.state == .unknown ? .unknown : .unavailable, rules: [.r1, .r10],
                                  reason: "failed over to \(hubNode.id), which is \(hubStatus.state.rawValue)")
        }
        if zoneOutIn(hubNode.regionIndex) {
            return ResourceStatus(.paused, servedFrom: hubNode.region, rules: [.r2],
                                  reason: "served by \(hubNode.id), where \(downZones(in: hubNode.regionIndex)) is down")
        }
        var b = StatusBuilder(servedFrom: hubNode.region)
        b.add(.available, [.r1, .r8], "served by \(hubNode.id) in \(hubNode.region) after failover (\(node.posture.rawValue))")
        if hubStatus.state != .available {
            b.add(.degraded, [.r10], "hub \(hubNode.id): \(hubStatus.reason)")
        }
        checkPurposes(node, serving: secondary, into: &b)
        return b.status
    }

    /// Degrades a project when a critical connection purpose has no serving connection on the hub serving it.
    private func checkPurposes(_ node: ResourceNode, serving: Int, into b: inout StatusBuilder) {
        let servingHub = graph.nodes[serving]
        for (purpose, candidates) in lackingPurposes(node, serving: serving) {
            if candidates.isEmpty {
                b.add(.degraded, [.r7], "critical purpose \(purpose) has no connection on \(servingHub.id)")
            } else {
                let rules = candidates.flatMap { statuses[$0].rules }
                let ids = candidates.map { graph.nodes[$0].id }.joined(separator: ", ")
                b.add(.degraded, rules.isEmpty ? [.r10] : rules, "critical purpose \(purpose) lost: \(ids) unavailable")
            }
        }
    }

    func connectionStatus(_ n: Int, _ node: ResourceNode) -> ResourceStatus {
        if connectionLost[n] {
            return ResourceStatus(.unavailable, rules: [.r10], reason: "its target can no longer be reached")
        }
        if let h = node.hub {
            let hub = statuses[h]
            if hub.state.isDown {
                return ResourceStatus(.unavailable, rules: [inheritedRule(hub)],
                                      reason: "its hub \(graph.nodes[h].id) is \(hub.state.rawValue)")
            }
        }
        guard let t = node.target else {
            return ResourceStatus(.unavailable, rules: [.r10], reason: "its target is not in the estate")
        }
        let target = statuses[t]
        let id = graph.nodes[t].id
        switch target.state {
        case .available:
            return .available
        case .unavailable, .deleted:
            return ResourceStatus(.unavailable, rules: [inheritedRule(target)],
                                  reason: "target \(id) is \(target.state.rawValue)")
        case .unknown:
            return ResourceStatus(.unknown, rules: target.rules, reason: "target \(id) may be down")
        case .readOnly where graph.nodes[t].kind == .storage:
            return ResourceStatus(.unavailable, rules: [target.rules.contains(.r3) ? .r3 : .r2, .r10],
                                  reason: "target \(id): the connection uses its primary endpoint, which is down; "
                                    + "re-point it to \(id)-secondary (read-only)" + afterAccountFailover(t))
        case .readOnly:
            return ResourceStatus(.readOnly, servedFrom: target.servedFrom, rules: target.rules,
                                  reason: "target \(id) is read-only")
        case .degraded, .paused:
            return ResourceStatus(.degraded, servedFrom: target.servedFrom, rules: target.rules,
                                  reason: "target \(id) is \(target.state.rawValue)")
        }
    }

    func computeStatus(_ node: ResourceNode) -> ResourceStatus {
        let region = node.regionIndex
        if serviceOut(.machineLearning, region) {
            return ResourceStatus(.unavailable, rules: [.r3],
                                  reason: "compute in \(node.region) is down; compute is not highly available")
        }
        if let zone = node.zoneIndex, zoneDown[zone] {
            return ResourceStatus(.unavailable, rules: [.r2], reason: "runs in \(graph.zoneNames[zone]), which is down")
        }
        if node.zoneIndex == nil && zoneOutIn(region) {
            return ResourceStatus(.unknown, rules: [.r2], reason: "zone unknown while \(downZones(in: region)) is down: may be down")
        }
        if let h = node.hub {
            let hub = statuses[h]
            if hub.state == .deleted {
                return ResourceStatus(.unavailable, rules: [.r9], reason: "its hub \(graph.nodes[h].id) is deleted")
            }
            if hub.state == .unavailable || hub.state == .unknown {
                return ResourceStatus(.degraded, rules: [.r10],
                                      reason: "keeps running, but its hub \(graph.nodes[h].id) is \(hub.state.rawValue)")
            }
        }
        return .available
    }

    mutating func jobStatus(_ n: Int, _ node: ResourceNode) -> ResourceStatus {
        guard let p = node.project else {
            return ResourceStatus(.unavailable, rules: [.r10], reason: "its project is not in the estate")
        }
        let project = statuses[p]
        if resubmittedOnSecondary.contains(n) {
            switch project.state {
            case .available, .degraded:
                return ResourceStatus(project.state, servedFrom: project.servedFrom, rules: [.r4],
                                      reason: "resubmitted on the secondary hub")
            case .paused:
                return ResourceStatus(.paused, servedFrom: project.servedFrom, rules: [.r2], reason: "its project is paused")
            case .readOnly, .unavailable, .deleted, .unknown:
                resubmittedOnSecondary.remove(n)
                return flagForResubmission(n, "its project \(graph.nodes[p].id) is \(project.state.rawValue)")
            }
        }
        if needsResubmit[n] { return mustResubmit(resubmitCause[n] ?? "it failed in the outage") }
        let computeID = node.compute.map { graph.nodes[$0].id } ?? ""
        let compute = node.compute.map { statuses[$0] }
        let hub = servingHub(ofProject: p)
        if project.state == .unavailable, hubOutOnlyByVault(hub), !(compute?.state.isDown ?? false),
            let vault = hub.flatMap({ graph.nodes[$0].keyVault })
        {
            return ResourceStatus(.degraded, rules: [.r10],
                                  reason: "keeps running; new submissions fail while Key Vault \(graph.nodes[vault].id) is out")
        }
        if project.state == .unknown || compute?.state == .unknown {
            let what = project.state == .unknown ? "its project" : "its compute"
            return ResourceStatus(.unknown, rules: [.r2], reason: "\(what) may be down")
        }
        var cause: String?
        if project.state.isDown {
            cause = "its project \(graph.nodes[p].id) is \(project.state.rawValue)"
        } else if let compute, compute.state.isDown {
            cause = "its compute \(computeID) is \(compute.state.rawValue)"
        }
        if let cause { return flagForResubmission(n, cause) }
        if project.state == .paused {
            return ResourceStatus(.paused, rules: [.r2], reason: "its project is paused by the zone outage")
        }
        var b = StatusBuilder()
        if let compute, compute.state != .available {
            b.add(.degraded, compute.rules, "compute \(computeID): \(compute.reason)")
        }
        if project.state == .degraded {
            b.add(.degraded, project.rules, "project \(graph.nodes[p].id) is degraded")
        }
        return b.status
    }

    /// Marks a job as failed for good (R4, except when probing), keeping its first cause for the reason.
    private mutating func flagForResubmission(_ n: Int, _ cause: String) -> ResourceStatus {
        if !settled {
            needsResubmit[n] = true
            resubmitCause[n] = cause
        }
        return mustResubmit(cause)
    }

    private func mustResubmit(_ cause: String) -> ResourceStatus {
        ResourceStatus(.unavailable, rules: [.r4],
                       reason: "\(cause): must be resubmitted (jobs do not move to the secondary hub)")
    }

    /// An offset as the timeline shows it: `T+1h 05m`.
    func clock(_ t: TimeInterval) -> String { "T+" + ISODuration.human(t) }
}
