import DRDomain
import DRImport
import DRSimulation
import Foundation

/// A drill with everything it needs in one value: the estate, the scenario, the simulation, the facilitator's
/// progress and the journal so far. Headless runs, replay and the report work on it; the console keeps the same
/// parts in its own state.
public struct DrillSession: Sendable {
    public let estate: Estate
    public var engine: SimulationEngine
    public var progress: DrillProgress
    /// Every entry so far, in order.
    public private(set) var entries: [JournalEntry] = []

    /// Starts a drill: the engine at zero and the first entry (`started`) in the journal.
    public init(setup: DrillSetup, estate: Estate, scenario: Scenario?) {
        self.estate = estate
        engine = DrillProgress.makeEngine(estate: estate, scenario: scenario, seed: setup.seed)
        progress = DrillProgress(setup: setup, scenario: scenario)
        entries = progress.begin(&engine)
    }

    /// Applies an input; returns the new entries (also kept in ``entries``).
    @discardableResult
    public mutating func apply(_ body: JournalBody) -> [JournalEntry] {
        let new = progress.apply(body, to: &engine)
        entries += new
        return new
    }

    /// Stamps wall times on entries that have none (headless runs write with a fixed clock).
    public mutating func stampWallTimes(_ now: (JournalEntry) -> Date) {
        for i in entries.indices where entries[i].wallTime == nil { entries[i].wallTime = now(entries[i]) }
    }

    /// Rebuilds a drill from its journal: decodes the estate and scenario it holds, then plays every input
    /// again in order. The simulation is deterministic, so the engine ends exactly where the journal stops.
    public static func replay(_ journal: [JournalEntry]) throws -> DrillSession {
        guard let first = journal.first, case .started(let setup) = first.body else {
            throw JournalFormatError("the journal does not begin with a 'started' entry")
        }
        let (estate, scenario) = try decode(setup)
        var session = DrillSession(setup: setup, estate: estate, scenario: scenario)
        for entry in journal.dropFirst() where entry.body.isInput {
            session.progress.nextSequence = entry.sequence
            _ = session.progress.apply(entry.body, to: &session.engine)
        }
        session.entries = journal
        session.progress.markJournaled(session.engine, nextSequence: (journal.last?.sequence ?? 0) + 1)
        let journaled = journal.filter { if case .event = $0.body { true } else { false } }.count
        guard journaled == session.engine.events.count else {
            throw JournalFormatError(
                "replay gave \(session.engine.events.count) simulation events where the journal holds \(journaled); "
                    + "was it written by another version of foundry-dr?")
        }
        return session
    }

    /// Rebuilds a drill from a journal of inputs only (a team journal, where the server orders the inputs and
    /// every console computes the outputs): plays each input in order. Entries an input causes carry its wall
    /// time and author.
    public static func play(inputs journal: [JournalEntry]) throws -> DrillSession {
        guard let first = journal.first, case .started(let setup) = first.body else {
            throw JournalFormatError("the journal does not begin with a 'started' entry")
        }
        let (estate, scenario) = try decode(setup)
        var session = DrillSession(setup: setup, estate: estate, scenario: scenario)
        for i in session.entries.indices {
            session.entries[i].wallTime = first.wallTime
            session.entries[i].author = first.author
        }
        for entry in journal.dropFirst() { session.play(entry) }
        return session
    }

    /// Applies an input read from a team journal; the entries it makes carry the input's wall time and author.
    @discardableResult
    public mutating func play(_ input: JournalEntry) -> [JournalEntry] {
        guard input.body.isInput else { return [] }
        var new = progress.apply(input.body, to: &engine)
        for i in new.indices {
            new[i].wallTime = input.wallTime
            new[i].author = input.author
        }
        entries += new
        return new
    }

    /// The estate and scenario a setup holds.
    public static func decode(_ setup: DrillSetup) throws -> (Estate, Scenario?) {
        let loaded = EstateFile.parse(setup.estateYAML, file: "<journal estate>")
        guard let estate = loaded.estate else {
            throw JournalFormatError("the journal's estate does not load: \(loaded.diagnostics.first?.description ?? "unknown problem")")
        }
        guard let yaml = setup.scenarioYAML else { return (estate, nil) }
        let scenario = ScenarioFile.parse(yaml, file: "<journal scenario>", estate: estate)
        guard let decoded = scenario.scenario else {
            throw JournalFormatError("the journal's scenario does not load: \(scenario.diagnostics.first?.description ?? "unknown problem")")
        }
        return (estate, decoded)
    }
}
