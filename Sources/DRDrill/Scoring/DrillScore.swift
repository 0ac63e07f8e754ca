import DRDomain
import DRSimulation
import Foundation

/// How a drill went: each project's outages against its objectives, each expected action done, late or missed,
/// and a summary score out of 100.
///
/// The score is the mean of the parts that apply: the share of outages whose recovery time and data at risk met
/// the objectives, and the expected actions (done 1, late 1/2, missed 0). Nil when neither applies.
public struct DrillScore: Sendable, Hashable {
    public var objectives: [ObjectiveResult]
    public var expected: [ExpectedResult]
    public var score: Int?

    /// Time after an expected action's offset in which doing it still counts as on time (15 minutes).
    public static let grace: TimeInterval = 900

    /// Scores a journal's entries for its estate and scenario; `end` is the drill time it stopped at.
    public init(entries: [JournalEntry], estate: Estate, scenario: Scenario?, end: TimeInterval) {
        objectives = Self.outages(entries, estate: estate, end: end)
        expected = Self.expectations(entries, estate: estate, scenario: scenario)
        var parts: [Double] = []
        if !objectives.isEmpty {
            parts.append(Double(objectives.filter(\.met).count) / Double(objectives.count))
        }
        if !expected.isEmpty {
            let points = expected.reduce(0.0) { sum, result in
                sum + (result.status == .done ? 1 : result.status == .late ? 0.5 : 0)
            }
            parts.append(points / Double(expected.count))
        }
        score = parts.isEmpty ? nil : Int((100 * parts.reduce(0, +) / Double(parts.count)).rounded())
    }

    // MARK: Objectives

    private static func outages(_ entries: [JournalEntry], estate: Estate, end: TimeInterval) -> [ObjectiveResult] {
        let projects = Dictionary(estate.projects.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var active: [Fault: Int] = [:]
        var open: [ResourceID: (at: TimeInterval, disruption: Disruption)] = [:]
        var results: [ObjectiveResult] = []
        var failedOverHubs: [ResourceID: TimeInterval?] = [:]
        for entry in entries {
            switch entry.body {
            case .risk(let risk):
                let previous = failedOverHubs[risk.hub] ?? 0
                failedOverHubs[risk.hub] = Self.worse(previous, risk.window)
            case .operator(.perform(let text)):
                if case .failover(let hub)? = try? SimulationInput.parseAction(text).action, failedOverHubs[hub] == nil {
                    failedOverHubs[hub] = 0
                }
            case .event(let event):
                switch event.kind {
                case .inject:
                    if let fault = try? SimulationInput.parseFault(event.target) { active[fault, default: 0] += 1 }
                case .clear:
                    if let fault = try? SimulationInput.parseFault(event.target) { active[fault] = nil }
                case .state:
                    guard let project = projects[event.target], let change = StateChange(event.detail) else { continue }
                    let disruption = worst(active.keys.map(\.disruption))
                    if change.from.servesProject && !change.to.servesProject {
                        open[project.id] = (event.at, disruption)
                    } else if !change.to.servesProject, let since = open[project.id], rank(disruption) > rank(since.disruption) {
                        open[project.id] = (since.at, disruption)
                    } else if change.to.servesProject, let since = open.removeValue(forKey: project.id) {
                        results.append(result(project, since, recoveredAt: event.at, estate: estate, risk: failedOverHubs))
                    }
                default:
                    break
                }
            default:
                break
            }
        }
        for (id, since) in open.sorted(by: { $0.key < $1.key }) {
            guard let project = projects[id] else { continue }
            results.append(result(project, since, recoveredAt: nil, end: end, estate: estate, risk: failedOverHubs))
        }
        return results.sorted { ($0.outageAt, $0.project) < ($1.outageAt, $1.project) }
    }

    private static func result(
        _ project: Project, _ since: (at: TimeInterval, disruption: Disruption), recoveredAt: TimeInterval?,
        end: TimeInterval = 0, estate: Estate, risk: [ResourceID: TimeInterval?]
    ) -> ObjectiveResult {
        let objective = estate.objectives(for: project)[since.disruption]
        let elapsed = (recoveredAt ?? max(end, since.at)) - since.at
        let atRisk: TimeInterval? = risk[project.hub].map { $0 } ?? 0
        return ObjectiveResult(
            project: project.id, critical: project.critical, disruption: since.disruption, outageAt: since.at,
            recoveredAt: recoveredAt, recoveryTime: elapsed, rto: objective.rto, dataAtRisk: atRisk,
            rpo: objective.rpo, recoveryMet: recoveredAt != nil && elapsed <= objective.rto,
            dataMet: atRisk.map { $0 <= objective.rpo } ?? false)
    }

    /// The larger window, nil (unbounded) winning.
    private static func worse(_ a: TimeInterval?, _ b: TimeInterval?) -> TimeInterval? {
        guard let a, let b else { return nil }
        return max(a, b)
    }

    private static func worst(_ disruptions: [Disruption]) -> Disruption {
        disruptions.max { rank($0) < rank($1) } ?? .deletion
    }

    private static func rank(_ disruption: Disruption) -> Int {
        switch disruption {
        case .deletion: 0
        case .zone: 1
        case .region: 2
        }
    }

    // MARK: Expected actions

    private static func expectations(_ entries: [JournalEntry], estate: Estate, scenario: Scenario?) -> [ExpectedResult] {
        guard let scenario else { return [] }
        var skipped: Set<String> = []
        var taken: [(at: TimeInterval, action: OperatorAction)] = []
        for (index, entry) in entries.enumerated() {
            switch entry.body {
            case .injectControl(.skip(let id)): skipped.insert(id)
            case .operator(.perform(let text)):
                guard let action = try? SimulationInput.parseAction(text).action else { continue }
                if !refused(action, after: index, in: entries) { taken.append((entry.drillTime, action)) }
            default: break
            }
        }
        return scenario.orderedInjects.compactMap { inject -> ExpectedResult? in
            guard let expected = inject.expectedAction, !skipped.contains(inject.id) else { return nil }
            let due = max(expected.at, inject.at) + grace
            let doneAt = taken.first { matches($0.action, expected.action, estate: estate) }?.at
            let status: ExpectedStatus = doneAt.map { $0 <= due ? .done : .late } ?? .missed
            return ExpectedResult(
                inject: inject.id, expect: inject.expect, action: expected.action.description, due: due, doneAt: doneAt,
                status: status)
        }
    }

    /// Whether the simulation refused the action taken at `index` (its events follow it).
    private static func refused(_ action: OperatorAction, after index: Int, in entries: [JournalEntry]) -> Bool {
        for entry in entries[(index + 1)...] {
            guard case .event(let event) = entry.body else { break }
            if event.kind == .refused && event.target == action.target { return true }
        }
        return false
    }

    /// Whether a taken action does what the expected one asks: the same verb on the same target, or a resubmit
    /// of a job or project under the expected hub or project.
    static func matches(_ taken: OperatorAction, _ expected: OperatorAction, estate: Estate) -> Bool {
        guard taken.verb == expected.verb else { return false }
        if taken.target == expected.target { return true }
        guard case .resubmit = taken else { return false }
        let job = estate.jobs.first { $0.id == taken.target }
        let project = estate.projects.first { $0.id == (job?.project ?? taken.target) }
        return job?.project == expected.target || project?.hub == expected.target
    }
}
