import DRDomain
import Foundation

/// Operator actions: each is journaled, refused with a reason, or started with its steps on the clock.
extension SimulationEngine {
    mutating func run(_ action: OperatorAction) {
        emit(.action, action.target, action.description, action.rule)
        switch action {
        case .failover(let hub): failover(hub)
        case .failback(let hub): failback(hub)
        case .accountFailover(let storage): accountFailover(storage)
        case .recover(let id): recover(id)
        case .resubmit(let id): resubmit(id)
        }
    }

    mutating func refuse(_ target: String, _ reason: String, _ rule: RuleID?) {
        emit(.refused, target, reason, rule)
    }

    private func node(_ id: ResourceID, kind: ResourceKind) -> Int? {
        guard let n = graph.index(of: id), graph.nodes[n].kind == kind else { return nil }
        return n
    }

    // MARK: Failover and failback (R1, R4 to R8)

    private mutating func failover(_ id: ResourceID) {
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
        for project in plan.projects {
            guard let p = graph.index(of: project.project) else { continue }
            let ready = now + project.stepsDuration
            record.projectReadyAt[p] = ready
            finish = max(finish, ready)
            enqueue(.completion(.failoverProjectReady(hub: h, project: p)), at: ready)
            let verdict = project.meetsObjective ? "meets" : "misses"
            emit(.note, project.project,
                 "\(project.posture.rawValue): estimated recovery \(ISODuration.human(project.estimatedRecoveryTime)) "
                    + "(\(ISODuration.human(project.elapsed)) out + \(ISODuration.human(project.stepsDuration)) of steps) "
                    + "\(verdict) the RTO of \(ISODuration.human(project.objective))", .r8)
            if !project.artifactsToRecreate.isEmpty {
                emit(.note, project.project, "the secondary lacks: " + project.artifactsToRecreate.joined(separator: ", "), .r7)
            }
            guard announced.insert(project.posture).inserted else { continue }
            var t = now
            for (i, step) in project.steps.enumerated() {
                t += step.duration
                enqueue(.completion(.failoverStep(
                    hub: h, title: "\(step.title) (\(i + 1)/\(project.steps.count))", group: project.posture.rawValue,
                    rule: step.rule)), at: t)
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
        touch(plan.projects.compactMap { graph.index(of: $0.project) })
    }

    private mutating func failback(_ id: ResourceID) {
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

    // MARK: Storage account failover (R3, R11)

    private mutating func accountFailover(_ id: ResourceID) {
        guard let s = node(id, kind: .storage) else { return refuse(id, "not a storage account of the estate", .r3) }
        let account = graph.nodes[s]
        if account.storageRole == .hubDefault {
            return refuse(id, "Azure Machine Learning does not support failover of a hub's default storage "
                            + "(\(account.redundancy.shortName)); fail the hub over instead", .r3)
        }
        guard account.redundancy.isGeoRedundant, account.geoRegionIndex >= 0 else {
            return refuse(id, "\(account.redundancy.rawValue) has no geo-secondary to fail over to", .r3)
        }
        if storageFailovers[s] != nil { return refuse(id, "already failed over", .r3) }
        if deleted[s] { return refuse(id, "deleted; recover it first", .r9) }
        let secondary = account.geoRegionIndex
        if serviceOut(.storage, secondary) {
            return refuse(id, "its secondary \(name(secondary)) is down", .r11)
        }
        let duration = rng.jitter(ActionDurations.accountFailover, spread: ActionDurations.jitter)
        let lag = account.lastSyncLag.map { "up to \(ISODuration.human($0)) of writes" } ?? "writes since the last sync"
        storageFailovers[s] = now + duration
        emit(.note, id, "failing over to \(name(secondary)) (\(ISODuration.human(duration))); \(lag) may be lost; "
                + "the account becomes locally redundant there", .r11)
        enqueue(.completion(.accountFailoverFinished(storage: s)), at: now + duration)
    }

    // MARK: Recovery of soft-deleted resources (R9, R10)

    private mutating func recover(_ id: ResourceID) {
        guard let n = graph.index(of: id) else { return recoverDeleted(id) }
        let node = graph.nodes[n]
        guard deleted[n] else { return refuse(id, "not deleted", .r9) }
        if node.kind == .hub || node.kind == .project {
            return refuse(id, "\(node.kind.rawValue)s cannot be soft-deleted: recreate it (and fail over meanwhile)", .r9)
        }
        let policy = SoftDeletePolicy.of(node.kind)
        guard let window = policy.window(retentionDays: node.kind == .keyVault ? node.softDeleteRetentionDays : nil) else {
            return refuse(id, "\(node.kind.rawValue) has no soft delete: recreate it", .r9)
        }
        let since = deletedAt[n] ?? now
        guard now - since <= window else {
            return refuse(id, "purged: its \(ISODuration.human(window)) window ended at \(clock(since + window))", .r9)
        }
        if recoveriesInProgress.contains(n) { return refuse(id, "recovery already under way", .r9) }
        if let blocker = node.dependencies.first(where: { deleted[$0] }) {
            return refuse(id, "recover \(graph.nodes[blocker].id) first (dependency order)", .r10)
        }
        recoveriesInProgress.insert(n)
        let duration = ActionDurations.recovery(of: node.kind)
        if policy.bestEffort { emit(.note, id, "storage account recovery is best effort", .r9) }
        enqueue(.completion(.recoveryFinished(node: n)), at: now + duration)
    }

    /// Recovers a resource the estate lists as already soft-deleted, measured on the estate's clock.
    private mutating func recoverDeleted(_ id: ResourceID) {
        guard let record = estate.deleted.first(where: { $0.id == id }) else {
            return refuse(id, "not a resource of the estate", .r9)
        }
        if record.kind == .hub || record.kind == .project {
            return refuse(id, "\(record.kind.rawValue)s cannot be soft-deleted: it is gone", .r9)
        }
        let wall = estate.referenceTime(fallback: record.deletedAt).addingTimeInterval(now)
        guard record.window(at: wall) != .purged else {
            return refuse(id, "purged: its soft-delete window has ended", .r9)
        }
        enqueue(.completion(.recoveryOfDeletedFinished(id: id)), at: now + ActionDurations.recovery(of: record.kind))
    }

    // MARK: Jobs (R4)

    private mutating func resubmit(_ id: ResourceID) {
        guard let n = graph.index(of: id) else { return refuse(id, "not a resource of the estate", .r4) }
        let jobs: [Int]
        switch graph.nodes[n].kind {
        case .job: jobs = [n]
        case .project: jobs = graph.nodes[n].dependents.filter { graph.nodes[$0].kind == .job && graph.nodes[$0].project == n }
        case .hub:
            let projects = Set(graph.nodes[n].projects)
            jobs = graph.nodes.indices.filter { graph.nodes[$0].kind == .job && projects.contains(graph.nodes[$0].project) }
        default: return refuse(id, "resubmit takes a job, a project or a hub", .r4)
        }
        let waiting = jobs.filter { needsResubmit[$0] }
        guard !waiting.isEmpty else { return refuse(id, "no job needs resubmitting", .r4) }
        var resubmitted: [Int] = []
        for j in waiting.sorted() {
            let job = graph.nodes[j]
            let project = statuses[job.project]
            guard project.state == .available || project.state == .degraded else {
                refuse(job.id, "its project \(graph.nodes[job.project].id) is \(project.state.rawValue); fail over or "
                        + "wait for it to serve", .r4)
                continue
            }
            if project.servedFrom == nil, job.compute >= 0, statuses[job.compute].state.isDown {
                refuse(job.id, "its compute \(graph.nodes[job.compute].id) is \(statuses[job.compute].state.rawValue)", .r4)
                continue
            }
            needsResubmit[j] = false
            if project.servedFrom != nil { resubmittedOnSecondary.insert(j) }
            let place = project.servedFrom.map { "on the secondary hub in \($0)" } ?? "on \(graph.nodes[job.compute].id)"
            emit(.outcome, job.id, "resubmitted " + place, .r4)
            resubmitted.append(j)
        }
        touch(resubmitted)
    }

    // MARK: Completions

    mutating func complete(_ completion: ScheduledItem.Completion) {
        switch completion {
        case .failoverStep(let h, let title, let group, let rule):
            emit(.step, graph.nodes[h].id, "\(group): \(title) done", rule)
        case .failoverProjectReady(let h, let p):
            guard hubFailovers[h] != nil else { return }
            touch([p])
        case .failoverFinished(let h):
            guard let record = hubFailovers[h] else { return }
            let secondary = graph.nodes[record.secondary]
            emit(.outcome, graph.nodes[h].id,
                 "failed over to \(secondary.id) in \(secondary.region) after \(ISODuration.human(now - record.startedAt))", .r1)
        case .failbackFinished(let h):
            guard let record = hubFailovers.removeValue(forKey: h) else { return }
            failbacksInProgress.remove(h)
            emit(.outcome, graph.nodes[h].id, "failed back from \(graph.nodes[record.secondary].id)", .r1)
            touch(graph.nodes[h].projects)
        case .accountFailoverFinished(let s):
            emit(.outcome, graph.nodes[s].id, "account failed over to \(name(graph.nodes[s].geoRegionIndex))", .r11)
            touch([s])
        case .recoveryFinished(let n):
            recoveriesInProgress.remove(n)
            let id = graph.nodes[n].id
            guard deleted[n] else { return }
            emit(.outcome, id, "recovered from soft delete", .r9)
            if activeFaults.removeValue(forKey: .resourceDeleted(id)) != nil {
                emit(.clear, Fault.resourceDeleted(id).description, "cleared: \(id) is recovered", .r9)
            }
            deleted[n] = false
            deletedAt[n] = nil
            touch([n])
        case .recoveryOfDeletedFinished(let id):
            emit(.outcome, id, "recovered from soft delete", .r9)
        }
    }
}
