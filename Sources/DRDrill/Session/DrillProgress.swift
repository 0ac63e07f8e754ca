import DRDomain
import DRSimulation
import Foundation

/// The facilitator's side of a drill beside its simulation: which injects fired or were skipped, the clock's play
/// state and speed, and the journal's numbering. Pure: applying the same inputs to the same engine gives the same
/// entries, which is what makes a journal replayable.
public struct DrillProgress: Sendable {
    public let setup: DrillSetup
    public let scenario: Scenario?
    public private(set) var isPlaying = true
    /// Drill seconds per real second.
    public private(set) var speed: Double = 1
    /// When each fired inject fired.
    public private(set) var fired: [String: TimeInterval] = [:]
    /// Injects the facilitator skipped.
    public private(set) var skipped: Set<String> = []
    /// The inject that fired last (the one the players are working on).
    public private(set) var activeInject: String?
    /// The sequence the next entry gets.
    public internal(set) var nextSequence = 1
    /// How many of the engine's events are already in the journal.
    var journaledEvents = 0

    /// A progress at the start of a drill (no entry written yet; `begin` writes the first).
    public init(setup: DrillSetup, scenario: Scenario?) {
        self.setup = setup
        self.scenario = scenario
    }

    /// The engine a drill starts from: the estate under the scenario's objectives, nothing scheduled (injects fire
    /// through ``apply(_:to:)`` so the facilitator can trigger or skip them).
    public static func makeEngine(estate: Estate, scenario: Scenario?, seed: UInt64) -> SimulationEngine {
        var simulated = estate
        if let overrides = scenario?.objectives { simulated.objectives = simulated.objectives.applying(overrides) }
        return SimulationEngine(estate: simulated, seed: seed)
    }

    /// The injects still to come (neither fired nor skipped), in order.
    public var comingInjects: [ScenarioInject] {
        (scenario?.orderedInjects ?? []).filter { fired[$0.id] == nil && !skipped.contains($0.id) }
    }

    /// Where the drill ends, when the scenario says (its duration or an `after` stop condition).
    public var endTime: TimeInterval? {
        let afters = scenario?.stopConditions.compactMap { condition -> TimeInterval? in
            if case .after(let t) = condition { return t }
            return nil
        } ?? []
        return ([scenario?.duration].compactMap { $0 } + afters).min()
    }

    /// The first entries of a journal: `started`, then the injects due at the start.
    public mutating func begin(_ engine: inout SimulationEngine) -> [JournalEntry] {
        let started = entry(.started(setup), at: engine.now)
        let outputs = advance(to: engine.now, &engine) + newEvents(engine)
        return [started] + outputs.map { entry($0.body, at: $0.at) }
    }

    /// Applies one input to the engine; returns the input's entry followed by what it caused (injects fired,
    /// simulation events, data at risk). Outputs given as input are ignored (replay recomputes them).
    public mutating func apply(_ body: JournalBody, to engine: inout SimulationEngine) -> [JournalEntry] {
        guard body.isInput else { return [] }
        var outputs: [Output] = []
        var stamp = engine.now
        switch body {
        case .started, .resumed:
            break
        case .clock(let change):
            switch change {
            case .advance(let t), .step(let t):
                let target = min(t, endTime ?? .infinity)
                guard target > engine.now else { return [] }
                stamp = target
                outputs = advance(to: target, &engine)
            case .pause: isPlaying = false
            case .play: isPlaying = true
            case .speed(let value): speed = value
            }
        case .injectControl(.trigger(let id)):
            guard let inject = comingInjects.first(where: { $0.id == id }) else { return [] }
            outputs = fire(inject, &engine)
        case .injectControl(.skip(let id)):
            guard comingInjects.contains(where: { $0.id == id }) else { return [] }
            skipped.insert(id)
        case .operator(let input):
            outputs = perform(input, &engine)
        case .note(let note):
            engine.recordNote(note.line, by: note.owner.map { "@" + $0 } ?? "scribe")
        case .injectFired, .event, .risk, .live:
            return []
        }
        outputs += newEvents(engine)
        return [entry(body, at: stamp)] + outputs.map { entry($0.body, at: $0.at) }
    }

    /// Journals an observation that is not an input (live health read in an incident): numbered, never replayed.
    public mutating func record(_ body: JournalBody, at time: TimeInterval) -> [JournalEntry] {
        guard !body.isInput else { return [] }
        return [entry(body, at: time)]
    }

    /// Marks journaled events after a replay, so only new ones are written.
    mutating func markJournaled(_ engine: SimulationEngine, nextSequence: Int) {
        journaledEvents = engine.events.count
        self.nextSequence = nextSequence
    }

    // MARK: Internals

    /// Something an input caused, numbered only after the input itself.
    private typealias Output = (body: JournalBody, at: TimeInterval)

    private mutating func advance(to target: TimeInterval, _ engine: inout SimulationEngine) -> [Output] {
        var outputs: [Output] = []
        while let next = comingInjects.first, next.at <= target {
            engine.advance(to: max(next.at, engine.now))
            outputs += newEvents(engine)
            outputs += fire(next, &engine)
        }
        engine.advance(to: target)
        return outputs
    }

    private mutating func fire(_ inject: ScenarioInject, _ engine: inout SimulationEngine) -> [Output] {
        let now = engine.now
        switch inject.event {
        case .fault(let fault, let until): engine.schedule(fault, at: now, until: until)
        case .clear(let fault): engine.scheduleClear(fault, at: now)
        case .message: break
        }
        // The players get the message; what they are expected to do stays on the facilitator's overlay.
        if let message = inject.message { engine.scheduleMessage(message, to: inject.to ?? "players", at: now) }
        fired[inject.id] = now
        activeInject = inject.id
        var outputs: [Output] = newEvents(engine) + [(.injectFired(inject.id), now)]
        engine.advance(to: now)
        outputs += newEvents(engine)
        return outputs
    }

    /// Applies an operator's input; a failover first records the data it puts at risk (for scoring).
    private mutating func perform(_ input: OperatorInput, _ engine: inout SimulationEngine) -> [Output] {
        var outputs: [Output] = []
        if case .perform(let text) = input, case .failover(let hub)? = try? SimulationInput.parseAction(text).action,
           !engine.isFailedOver(hub: hub), let plan = engine.failoverPlan(for: hub), plan.blockedReason == nil {
            let now = engine.now
            outputs = plan.dataAtRisk.map {
                (.risk(RiskRecord(hub: hub, storage: $0.storage, window: $0.window, rpo: $0.rpo)), now)
            }
        }
        input.apply(to: &engine)
        return outputs
    }

    private mutating func newEvents(_ engine: SimulationEngine) -> [Output] {
        guard engine.events.count > journaledEvents else { return [] }
        let new: [Output] = engine.events[journaledEvents...].map { (.event($0), $0.at) }
        journaledEvents = engine.events.count
        return new
    }

    private mutating func entry(_ body: JournalBody, at time: TimeInterval) -> JournalEntry {
        defer { nextSequence += 1 }
        return JournalEntry(id: "\(setup.id)/\(nextSequence)", sequence: nextSequence, drillTime: time, body: body)
    }
}
