import DRDomain
import Foundation

/// Failing a hub over to its secondary and back (R1, R4 to R8): preflight, posture steps on the clock, the notes
/// an operator needs (re-pointing, artifacts, jobs, data at risk), and the outcome.
extension SimulationEngine {
    mutating func failover(_ id: ResourceID) {
        guard let h = node(id, kind: .hub) else { return refuse(id, "not a hub of the estate", .r1) }
        if let existing = hubFailovers[h] {
            return refuse(id, "already failed over to \(graph.nodes[existing.secondary].id)", .r1)
        }
        var generator: SplitMix64? = rng
        let plan = makeFailoverPlan(h, rng: &generator)
        if let generator { rng = generator }
        for check in plan.preflight {
            emit(.preflight, id, "\(check.name): \(check.result.rawValue) - \(check.reason)", .r6)
        }
        if let blocked = plan.blockedReason { return refuse(id, blocked, .r1) }
        guard let secondaryID = plan.secondaryHub, let s = graph.index(of: secondaryID) else { return }
        var record = HubFailover(secondary: s, startedAt: now, projectReadyAt: [:])
        var finish = now
        var announced: Set<DeploymentPosture> = []
        var doneNow: [ScheduledItem.Completion] = []
        for planned in plan.projects {
            guard let p = graph.index(of: planned.project) else { continue }
            // Starting the failover is the decision (R1): it takes no more time from here.
            var project = planned
            project.steps = FailoverPlaybook.decidedNow(planned.steps)
            project.estimatedRecoveryTime = project.elapsed + project.stepsDuration
            let ready = now + project.stepsDuration
            record.projectReadyAt[p] = ready
            finish = max(finish, ready)
            enqueue(.completion(.failoverProjectReady(hub: h, project: p)), at: ready)
            let verdict = project.meetsObjective ? "meets" : "misses"
            emit(.note, project.project,
                 "\(project.posture.rawValue): estimated recovery \(ISODuration.human(project.estimatedRecoveryTime)) "
                    + "(\(ISODuration.human(project.elapsed)) out, the decision taken now, + "
                    + "\(ISODuration.human(project.stepsDuration)) of steps) "
                    + "\(verdict) the RTO of \(ISODuration.human(project.objective))", .r8)
            if !project.artifactsToRecreate.isEmpty {
                emit(.note, project.project, "the secondary lacks: " + project.artifactsToRecreate.joined(separator: ", "), .r7)
            }
            guard announced.insert(project.posture).inserted else { continue }
            record.steps[project.posture] = project.steps
            let region = graph.nodes[s].region
            var t = now
            for (i, step) in project.steps.enumerated() {
                t += step.duration
                let remediates = step.remediates.flatMap(ReadinessCheck.init(name:)).map { ReadinessKey(check: $0, region: region) }
                let completion = ScheduledItem.Completion.failoverStep(
                    hub: h, title: "\(step.title) (\(i + 1)/\(project.steps.count))", group: project.posture.rawValue,
                    rule: step.rule, remediates: remediates)
                // A step that takes no time (the decision, taken now) is done now, not left pending at `now`,
                // where a paused drill's "next event" would find it and never move past it.
                if t <= now { doneNow.append(completion) } else { enqueue(.completion(completion), at: t) }
            }
        }
        hubFailovers[h] = record
        for line in plan.repoint { emit(.note, id, "re-point " + line, .r8) }
        if !plan.sharedResources.isEmpty {
            emit(.note, id, "available through shared resources: " + plan.sharedResources.joined(separator: ", "), .r7)
        }
        if !plan.jobsToResubmit.isEmpty {
            emit(.note, id, "jobs to resubmit (they do not move): " + plan.jobsToResubmit.joined(separator: ", "), .r4)
        }
        for risk in plan.dataAtRisk {
            let window = risk.window.map { "up to \(ISODuration.human($0))\(risk.assumed ? " (assumed)" : "") of writes" }
                ?? "all data since the last backup"
            let verdict = risk.meetsObjective ? "meets" : "misses"
            emit(.note, risk.storage, "\(risk.redundancy): \(window) at risk, \(verdict) the RPO of "
                    + "\(ISODuration.human(risk.rpo)); \(risk.note)", .r5)
        }
        enqueue(.completion(.failoverFinished(hub: h)), at: finish)
        for completion in doneNow { complete(completion) }
        touch([h] + plan.projects.compactMap { graph.index(of: $0.project) })
    }

    mutating func failback(_ id: ResourceID) {
        guard let h = node(id, kind: .hub) else { return refuse(id, "not a hub of the estate", .r1) }
        guard let record = hubFailovers[h] else { return refuse(id, "not failed over", .r1) }
        if failbacksInProgress.contains(h) { return refuse(id, "failback already under way", .r1) }
        if record.projectReadyAt.values.contains(where: { $0 > now }) {
            return refuse(id, "the failover is still under way", .r1)
        }
        let status = statuses[h]
        guard status.state == .available || status.state == .degraded else {
            return refuse(id, "\(id) is \(status.state.rawValue) (\(status.reason)); fail back once it serves again", .r1)
        }
        failbacksInProgress.insert(h)
        let duration = rng.jitter(ActionDurations.failback, spread: ActionDurations.jitter)
        emit(.note, id, "artifacts created on \(graph.nodes[record.secondary].id) do not sync back; recreate what "
                + "the primary needs", .r7)
        enqueue(.completion(.failbackFinished(hub: h)), at: now + duration)
    }
}
