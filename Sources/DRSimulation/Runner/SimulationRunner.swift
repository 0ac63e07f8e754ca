import DRDomain
import Foundation

/// Runs a simulation headless: an estate, a seed, a scenario's injects, ad-hoc injects and actions, up to an
/// offset; produces a ``SimulationReport``. Pure: the same inputs give the same report.
public struct SimulationRunner: Sendable {
    public var estate: Estate
    public var seed: UInt64
    public var scenario: Scenario?
    /// Faults given on the command line (`region:eastus2@PT10M`).
    public var injects: [TimedFault]
    /// Actions given on the command line (`failover:hub-eus2@PT30M`).
    public var actions: [TimedAction]
    /// Where the run stops; nil runs until nothing is left to happen (or the scenario's duration).
    public var until: TimeInterval?
    /// Whether the scenario's expected actions are played as if the players took them.
    public var playExpectedActions: Bool

    /// The longest a run without `until` may go, so a run always ends (30 days).
    public static let horizon: TimeInterval = 30 * 86_400

    public init(
        estate: Estate, seed: UInt64 = 0, scenario: Scenario? = nil, injects: [TimedFault] = [],
        actions: [TimedAction] = [], until: TimeInterval? = nil, playExpectedActions: Bool = false
    ) {
        self.estate = estate
        self.seed = seed
        self.scenario = scenario
        self.injects = injects
        self.actions = actions
        self.until = until
        self.playExpectedActions = playExpectedActions
    }

    /// Runs the simulation and returns the report.
    public func run() -> SimulationReport {
        var engine = makeEngine()
        let end = until ?? scenario?.duration
        let stops = scenario?.stopConditions ?? []
        let stopAt = stops.compactMap(Self.afterOffset).min()
        let limit = [end, stopAt].compactMap { $0 }.min() ?? Self.horizon
        let name = scenario?.name ?? "scenario"
        var sawDisruption = false
        while let next = engine.nextEventTime, next <= limit {
            engine.advance(to: next)
            sawDisruption = sawDisruption || criticalProjects(engine).contains { !Self.serving(engine, $0) }
            if let met = stops.first(where: { Self.isMet($0, engine, sawDisruption: sawDisruption) }) {
                engine.emit(.stop, name, "stop condition met: \(met.summary)", nil)
                return report(engine)
            }
        }
        if let stopAt, stopAt <= (end ?? .infinity) {
            engine.advance(to: stopAt)
            engine.emit(.stop, name, "stop condition met: \(StopCondition.after(stopAt).summary)", nil)
            return report(engine)
        }
        if let end { engine.advance(to: end) }
        return report(engine)
    }

    /// The engine with everything scheduled, before any time passes.
    public func makeEngine() -> SimulationEngine {
        var simulated = estate
        if let overrides = scenario?.objectives { simulated.objectives = simulated.objectives.applying(overrides) }
        var engine = SimulationEngine(estate: simulated, seed: seed)
        engine.keyVaultFailoverDelay = scenario?.keyVaultFailoverDelay
        for inject in scenario?.orderedInjects ?? [] {
            switch inject.event {
            case .fault(let fault, let until): engine.schedule(fault, at: inject.at, until: until)
            case .clear(let fault): engine.scheduleClear(fault, at: inject.at)
            case .message: break
            }
            if let message = inject.message {
                let expect = inject.expect.map { " (expected: \($0))" } ?? ""
                engine.scheduleMessage(message + expect, to: inject.to ?? "players", at: inject.at)
            }
            if playExpectedActions, let expected = inject.expectedAction {
                engine.schedule(expected.action, at: max(expected.at, inject.at))
            }
        }
        for inject in injects { engine.schedule(inject.fault, at: inject.at, until: inject.until) }
        for action in actions { engine.schedule(action.action, at: action.at) }
        return engine
    }

    private func report(_ engine: SimulationEngine) -> SimulationReport {
        SimulationReport(
            estate: estate.name, seed: seed, events: engine.events,
            final: .init(resources: engine.snapshot.map {
                .init(id: $0.id, kind: $0.kind, region: $0.region, state: $0.status.state,
                      servedFrom: $0.status.servedFrom, rules: $0.status.rules)
            }), endTime: engine.now)
    }

    private func criticalProjects(_ engine: SimulationEngine) -> [ResourceID] {
        estate.projects.filter(\.critical).map(\.id)
    }

    private static func serving(_ engine: SimulationEngine, _ id: ResourceID) -> Bool {
        let state = engine.state(of: id)
        return state == .available || state == .degraded
    }

    private static func afterOffset(_ condition: StopCondition) -> TimeInterval? {
        if case .after(let t) = condition { return t }
        return nil
    }

    private static func isMet(_ condition: StopCondition, _ engine: SimulationEngine, sawDisruption: Bool) -> Bool {
        switch condition {
        case .after: return false
        case .allCriticalServing:
            return sawDisruption && engine.estate.projects.filter(\.critical).allSatisfy { serving(engine, $0.id) }
        case .resourceState(let id, let state): return engine.state(of: id) == state
        }
    }
}
