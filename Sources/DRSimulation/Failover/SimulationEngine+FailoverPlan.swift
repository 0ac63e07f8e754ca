import DRDomain
import Foundation

extension SimulationEngine {
    /// The failover plan for a primary hub now, with nominal (unjittered) durations; nil when `hub` is not a hub.
    public func failoverPlan(for hub: ResourceID) -> FailoverPlan? {
        guard let n = graph.index(of: hub), graph.nodes[n].kind == .hub else { return nil }
        var none: SplitMix64?
        return makeFailoverPlan(n, rng: &none)
    }

    /// Builds the plan; with a generator, step durations are jittered and unknown sync lags drawn from it.
    func makeFailoverPlan(_ h: Int, rng: inout SplitMix64?) -> FailoverPlan {
        let hub = graph.nodes[h]
        var plan = FailoverPlan(
            hub: hub.id, secondaryHub: hub.secondaryHub.map { graph.nodes[$0].id },
            secondaryRegion: hub.secondaryHub.map { graph.nodes[$0].region }, preflight: [], blockedReason: nil,
            projects: [], repoint: [], jobsToResubmit: [], sharedResources: [], dataAtRisk: [])
        guard let s = hub.secondaryHub else {
            plan.blockedReason = "\(hub.id) has no secondary hub to fail over to (R1)"
            return plan
        }
        let secondary = graph.nodes[s]
        plan.preflight = preflight(secondary: s)
        if let blocking = plan.preflight.first(where: { $0.name == "secondaryHub" && $0.result == .fail }) {
            plan.blockedReason = blocking.reason
        }
        let extra = plan.preflight.compactMap { check -> FailoverStep? in
            switch check.result {
            case .pass: return nil
            case .fail:
                return FailoverStep(title: "Remediate \(check.name) in \(secondary.region)",
                                    duration: ActionDurations.remediation, rule: .r6, remediates: readinessName(check))
            case .unknown:
                return FailoverStep(title: "Verify \(check.name) in \(secondary.region)",
                                    duration: ActionDurations.verification, rule: .r6, remediates: readinessName(check))
            }
        }
        var stepsByPosture: [DeploymentPosture: [FailoverStep]] = [:]
        for posture in DeploymentPosture.allCases where hub.projects.contains(where: { graph.nodes[$0].posture == posture }) {
            var steps = FailoverPlaybook.steps(for: posture, adding: extra)
            if rng != nil {
                steps = steps.map { step in
                    var step = step
                    step.duration = rng?.jitter(step.duration, spread: ActionDurations.jitter) ?? step.duration
                    return step
                }
            }
            stepsByPosture[posture] = steps
        }
        // A failover under way or done shows the steps it started with, so a step that remediated a check does
        // not vanish from the list (or renumber the others) once the check holds.
        if let started = hubFailovers[h]?.steps { stepsByPosture.merge(started) { _, planned in planned } }
        for p in hub.projects {
            let node = graph.nodes[p]
            let elapsed = disruptedSince[p].map { now - $0.at } ?? 0
            // The decision counts from the outage's start (R1): what the outage has lasted is spent of it.
            let steps = FailoverPlaybook.deciding(stepsByPosture[node.posture] ?? [], outFor: elapsed)
            let rto = estate.project(node.id).map { estate.objectives(for: $0).region.rto } ?? estate.objectives.region.rto
            // Under way, the estimate is when the failover serves the project again, counted from when it went out;
            // the steps already done are behind, not ahead. A project held back by a readiness gap has no time yet.
            let underWay = hubFailovers[h]?.projectReadyAt[p].flatMap { ready in
                ready.isFinite ? disruptedSince[p].map { ready - $0.at } : nil
            }
            plan.projects.append(ProjectFailoverPlan(
                project: node.id, posture: node.posture, critical: node.critical, steps: steps, elapsed: elapsed,
                estimatedRecoveryTime: underWay ?? elapsed + FailoverPlaybook.recoveryDuration(of: steps), objective: rto,
                artifactsToRecreate: artifacts(for: node.posture)))
        }
        plan.repoint = repoint(hub: h, secondary: s)
        plan.jobsToResubmit = graph.reportOrder.filter { j in
            guard graph.nodes[j].kind == .job, let p = graph.nodes[j].project else { return false }
            return graph.nodes[p].hub == h && (needsResubmit[j] || statuses[j].state.isDown)
        }.map { graph.nodes[$0].id }
        plan.sharedResources = shared(hub: h, secondary: s)
        plan.dataAtRisk = dataAtRisk(hub: h, rng: &rng)
        return plan
    }

    /// The readiness check a preflight check names, if it is one (`secondaryHub` is not).
    private func readinessName(_ check: PreflightCheck) -> String? {
        ReadinessCheck(name: check.name).map(\.rawValue)
    }

    /// R6: the secondary hub itself, then the region's readiness facts, with injected gaps failing them. A fact
    /// that a failover step remediated or verified holds from then on, unless a gap is injected.
    private func preflight(secondary s: Int) -> [PreflightCheck] {
        let node = graph.nodes[s]
        let status = statuses[s]
        var checks: [PreflightCheck] = []
        switch status.state {
        case .available, .degraded, .readOnly:
            let note = status.state == .available ? "" : " (\(status.state.rawValue): \(status.reason))"
            checks.append(PreflightCheck(name: "secondaryHub", result: .pass, reason: "\(node.id) is serving\(note)"))
        case .paused, .unknown:
            checks.append(PreflightCheck(name: "secondaryHub", result: .unknown,
                                         reason: "\(node.id) is \(status.state.rawValue): \(status.reason)"))
        case .unavailable, .deleted:
            checks.append(PreflightCheck(name: "secondaryHub", result: .fail,
                                         reason: "\(node.id) is \(status.state.rawValue): \(status.reason)"))
        }
        let facts = estate.readiness[node.region]
        for check in ReadinessCheck.allCases {
            if activeFaults[.readinessGap(check, node.region)] != nil {
                checks.append(PreflightCheck(name: check.rawValue, result: .fail,
                                             reason: "\(check.title) missing in \(node.region) (injected)"))
                continue
            }
            if check == .storageAccess, let storage = node.storage, statuses[storage].state.isDown
                || statuses[storage].state == .unknown
            {
                let state = statuses[storage].state
                checks.append(PreflightCheck(name: check.rawValue, result: state == .unknown ? .unknown : .fail,
                                             reason: "\(graph.nodes[storage].id) is \(state.rawValue)"))
                continue
            }
            if let at = remediatedChecks[ReadinessKey(check: check, region: node.region)] {
                checks.append(PreflightCheck(name: check.rawValue, result: .pass,
                                             reason: "\(check.title) remediated or verified in \(node.region) by a failover step at \(clock(at))"))
                continue
            }
            let value: Tristate? = switch check {
            case .quota: facts?.quota
            case .roleAssignments: facts?.roleAssignments
            case .networking: facts?.networking
            case .storageAccess: facts?.storageAccess
            }
            switch value {
            case .yes: checks.append(PreflightCheck(name: check.rawValue, result: .pass, reason: "\(check.title) ready in \(node.region)"))
            case .no: checks.append(PreflightCheck(name: check.rawValue, result: .fail, reason: "\(check.title) not ready in \(node.region)"))
            case .unknown: checks.append(PreflightCheck(name: check.rawValue, result: .unknown, reason: "\(check.title) unchecked in \(node.region)"))
            case nil: checks.append(PreflightCheck(name: check.rawValue, result: .unknown, reason: "no readiness recorded for \(node.region)"))
            }
        }
        return checks
    }

    private func artifacts(for posture: DeploymentPosture) -> [String] {
        switch posture {
        case .hotHot: []
        case .hotWarm: ["noncritical resources (deploy by hand)"]
        case .hotCold: ["models", "model deployments", "pipelines"]
        }
    }

    private func repoint(hub h: Int, secondary s: Int) -> [String] {
        let hub = graph.nodes[h]
        let secondary = graph.nodes[s]
        var out = hub.projects.map {
            "\(graph.nodes[$0].id): configuration and endpoints from \(hub.id) to \(secondary.id) (\(secondary.region))"
        }
        let purposes = Set(hub.connections.map { graph.nodes[$0].purpose }).sorted()
        for purpose in purposes {
            let candidates = secondary.connections.filter { graph.nodes[$0].purpose == purpose }
            if let serving = candidates.first(where: { statuses[$0].state.isServing }) {
                out.append("connection \(purpose): use \(graph.nodes[serving].id) on \(secondary.id)")
            } else if candidates.isEmpty {
                out.append("connection \(purpose): \(secondary.id) has none; create it (R7)")
            } else {
                out.append("connection \(purpose): no serving connection on \(secondary.id)")
            }
        }
        // Storage read-only at its geo-secondary: nothing switches to the secondary endpoint by itself.
        var accounts = hub.storage.map { [$0] } ?? []
        accounts += hub.connections.compactMap { graph.nodes[$0].target }.filter { graph.nodes[$0].kind == .storage }
        for a in Array(Set(accounts)).sorted() where statuses[a].state == .readOnly && statuses[a].servedFrom != nil {
            let id = graph.nodes[a].id
            let back = graph.nodes[a].storageRole == .hubDefault
                ? "until the account is back (a hub's default storage cannot be failed over)"
                : "until the account is back or failed over"
            out.append("datastores on \(id): its primary endpoint is down; point them at \(id)-secondary "
                       + "(read-only) \(back)")
        }
        return out
    }

    private func shared(hub h: Int, secondary s: Int) -> [String] {
        let hub = graph.nodes[h]
        let secondary = graph.nodes[s]
        var out: [String] = []
        if let registry = hub.registry, registry == secondary.registry, statuses[registry].state.isServing {
            out.append("Docker images from \(graph.nodes[registry].id)")
        }
        if let vault = hub.keyVault, vault == secondary.keyVault, statuses[vault].state.isServing {
            let ro = statuses[vault].state == .readOnly ? " (read-only while failed over)" : ""
            out.append("Key Vault secrets from \(graph.nodes[vault].id)\(ro)")
        }
        let targets = Set(hub.connections.compactMap { graph.nodes[$0].target })
        for c in secondary.connections {
            guard let t = graph.nodes[c].target, targets.contains(t) else { continue }
            if graph.nodes[t].kind == .storage, statuses[c].state.isServing {
                out.append("datastore \(graph.nodes[t].id) through \(graph.nodes[c].id)")
            }
        }
        return out
    }

    private func dataAtRisk(hub h: Int, rng: inout SplitMix64?) -> [DataAtRisk] {
        let hub = graph.nodes[h]
        var accounts: [Int] = hub.storage.map { [$0] } ?? []
        for c in hub.connections {
            guard let t = graph.nodes[c].target else { continue }
            if graph.nodes[t].kind == .storage, !accounts.contains(t) { accounts.append(t) }
        }
        let rpo = estate.objectives.region.rpo
        return accounts.compactMap { a -> DataAtRisk? in
            let node = graph.nodes[a]
            guard serviceOut(.storage, node.regionIndex) else { return nil }
            let sku = node.redundancy.shortName
            let defaultNote = node.storageRole == .hubDefault
                ? "the hub's default storage cannot be failed over; the secondary hub uses its own" : "account failover possible"
            guard node.redundancy.isGeoRedundant, node.geoRegionIndex != nil else {
                return DataAtRisk(storage: node.id, redundancy: sku, window: nil, assumed: false, rpo: rpo,
                                  note: "no copy outside \(node.region); " + defaultNote)
            }
            var window = node.lastSyncLag
            var assumed = false
            if window == nil {
                assumed = true
                if rng != nil {
                    window = ((rng?.nextUnit() ?? 1) * ActionDurations.assumedSyncLag).rounded()
                } else {
                    window = ActionDurations.assumedSyncLag
                }
            }
            return DataAtRisk(storage: node.id, redundancy: sku, window: window, assumed: assumed, rpo: rpo,
                              note: "durable in \(name(node.geoRegionIndex)); " + defaultNote)
        }
    }
}
