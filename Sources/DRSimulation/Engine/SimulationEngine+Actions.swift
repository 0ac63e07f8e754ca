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

    func node(_ id: ResourceID, kind: ResourceKind) -> Int? {
        guard let n = graph.index(of: id), graph.nodes[n].kind == kind else { return nil }
        return n
    }

    // MARK: Storage account failover (R3, R11)

    private mutating func accountFailover(_ id: ResourceID) {
        guard let s = node(id, kind: .storage) else { return refuse(id, "not a storage account of the estate", .r3) }
        let account = graph.nodes[s]
        if account.storageRole == .hubDefault {
            return refuse(id, "Azure Machine Learning does not support failover of a hub's default storage "
                            + "(\(account.redundancy.shortName)); fail the hub over instead", .r3)
        }
        guard account.redundancy.isGeoRedundant, let secondary = account.geoRegionIndex else {
            return refuse(id, "\(account.redundancy.rawValue) has no geo-secondary to fail over to", .r3)
        }
        if storageFailovers[s] != nil { return refuse(id, "already failed over", .r3) }
        if deleted[s] { return refuse(id, "deleted; recover it first", .r9) }
        if cannotTakeOver(.storage, secondary) {
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
            return refuse(id, "soft delete of \(node.kind.rawValue)s is \(SoftDeletePolicy.of(node.kind).note): "
                            + "recreate it (and fail over meanwhile)", .r9)
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
            return refuse(id, "soft delete of \(record.kind.rawValue)s is \(SoftDeletePolicy.of(record.kind).note): "
                            + "treat it as gone", .r9)
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
            jobs = graph.nodes.indices.filter { graph.nodes[$0].kind == .job && graph.nodes[$0].project.map(projects.contains) == true }
        default: return refuse(id, "resubmit takes a job, a project or a hub", .r4)
        }
        let waiting = jobs.filter { needsResubmit[$0] }
        guard !waiting.isEmpty else { return refuse(id, "no job needs resubmitting", .r4) }
        var resubmitted: [Int] = []
        for j in waiting.sorted() {
            let job = graph.nodes[j]
            guard let p = job.project else {
                refuse(job.id, "its project is not in the estate", .r4)
                continue
            }
            let project = statuses[p]
            guard project.state == .available || project.state == .degraded else {
                refuse(job.id, "its project \(graph.nodes[p].id) is \(project.state.rawValue); fail over or "
                        + "wait for it to serve", .r4)
                continue
            }
            if project.servedFrom == nil, let c = job.compute, statuses[c].state.isDown {
                refuse(job.id, "its compute \(graph.nodes[c].id) is \(statuses[c].state.rawValue)", .r4)
                continue
            }
            needsResubmit[j] = false
            resubmitCause[j] = nil
            if project.servedFrom != nil { resubmittedOnSecondary.insert(j) }
            let place = project.servedFrom.map { "on the secondary hub in \($0)" }
                ?? job.compute.map { "on \(graph.nodes[$0].id)" } ?? "in its project \(graph.nodes[p].id)"
            emit(.outcome, job.id, "resubmitted " + place, .r4)
            resubmitted.append(j)
        }
        touch(resubmitted)
    }

    // MARK: Completions

    mutating func complete(_ completion: ScheduledItem.Completion) {
        switch completion {
        case .failoverStep(let h, let title, let group, let rule, let remediates):
            if let key = remediates, activeFaults[.readinessGap(key.check, key.region)] != nil {
                blockStep(hub: h, BlockedStep(title: title, group: group, rule: rule, key: key))
                return
            }
            if let key = remediates, remediatedChecks[key] == nil { remediatedChecks[key] = now }
            emit(.step, graph.nodes[h].id, "\(group): \(title) done", rule)
        case .failoverProjectReady(let h, let p):
            guard hubFailovers[h] != nil else { return }
            touch([p])
        case .failoverFinished(let h):
            guard let record = hubFailovers[h] else { return }
            if !record.blockedSteps.isEmpty {
                hubFailovers[h]?.finishPending = true
                return
            }
            let secondary = graph.nodes[record.secondary]
            emit(.outcome, graph.nodes[h].id,
                 "failed over to \(secondary.id) in \(secondary.region) after \(ISODuration.human(now - record.startedAt))", .r1)
        case .failbackFinished(let h):
            guard let record = hubFailovers.removeValue(forKey: h) else { return }
            failbacksInProgress.remove(h)
            emit(.outcome, graph.nodes[h].id, "failed back from \(graph.nodes[record.secondary].id)", .r1)
            touch([h] + graph.nodes[h].projects)
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

// MARK: Remediation blocked by an injected readiness gap

extension SimulationEngine {
    /// An injected gap is the drill saying the fix did not take: the step is not done, and the projects of its
    /// posture cannot serve from the secondary until the gap clears (R6).
    mutating func blockStep(hub h: Int, _ step: BlockedStep) {
        guard var record = hubFailovers[h] else { return }
        record.blockedSteps.append(step)
        var held: [Int] = []
        for (p, ready) in record.projectReadyAt where graph.nodes[p].posture.rawValue == step.group && ready.isFinite {
            record.projectReadyAt[p] = .infinity
            held.append(p)
        }
        hubFailovers[h] = record
        emit(.note, graph.nodes[h].id, "\(step.group): \(step.title) not done: \(step.key.check.title) is still "
                + "missing in \(step.key.region) (injected gap); its projects wait until it is fixed", .r6)
        touch(held.sorted())
    }

    /// A readiness gap cleared: the steps it blocked are done now, and projects with nothing else blocking them
    /// serve from the secondary.
    mutating func unblockSteps(_ key: ReadinessKey) {
        for h in hubFailovers.keys.sorted() {
            guard var record = hubFailovers[h], record.blockedSteps.contains(where: { $0.key == key }) else { continue }
            let done = record.blockedSteps.filter { $0.key == key }
            record.blockedSteps.removeAll { $0.key == key }
            if remediatedChecks[key] == nil { remediatedChecks[key] = now }
            for step in done { emit(.step, graph.nodes[h].id, "\(step.group): \(step.title) done", step.rule) }
            let stillBlocked = Set(record.blockedSteps.map(\.group))
            var released: [Int] = []
            for (p, ready) in record.projectReadyAt where ready == .infinity
                && !stillBlocked.contains(graph.nodes[p].posture.rawValue)
            {
                record.projectReadyAt[p] = now
                released.append(p)
            }
            let finished = record.finishPending && record.blockedSteps.isEmpty
            if finished { record.finishPending = false }
            hubFailovers[h] = record
            if finished {
                let secondary = graph.nodes[record.secondary]
                emit(.outcome, graph.nodes[h].id,
                     "failed over to \(secondary.id) in \(secondary.region) after \(ISODuration.human(now - record.startedAt))", .r1)
            }
            touch(released.sorted())
        }
    }
}
