import DRConsole
import DRConsoleFiles
import DRDrill
import DRImport
import DRSimulation
import Foundation
import Testing
import TermUI

/// A shared journal in memory, shaped like the PostgreSQL one: it orders every console's inputs, stamps each
/// with its author, refuses what a role may not write, and every console rebuilds the drill from the inputs in
/// its order. (The real server is exercised by `TeamScreenServerTests` in the CLI tests.)
final class InMemoryTeamJournal {
    private(set) var inputs: [JournalEntry]
    var present: [String] = []

    init(setup: DrillSetup, by author: String) {
        var started = JournalEntry(id: "start", sequence: 1, drillTime: 0, body: .started(setup), author: author)
        started.wallTime = setup.startedAt
        inputs = [started]
    }

    func seat(_ name: String, _ role: String) -> Seat {
        present.append("\(name) (\(role))")
        return Seat(journal: self, name: name, role: role)
    }

    /// One console's link to the journal.
    final class Seat: SharedJournal {
        let journal: InMemoryTeamJournal
        let name: String
        let role: String
        private var seen: Int

        init(journal: InMemoryTeamJournal, name: String, role: String) {
            self.journal = journal
            self.name = name
            self.role = role
            seen = journal.inputs.count
        }

        var current: TeamUpdate { update(nil) }

        func submit(_ entries: [JournalEntry]) -> TeamUpdate {
            for entry in entries where entry.body.isInput {
                if role == "observer" { return update(Flash("refused: \(name) is an observer: observers cannot write to the journal", isError: true)) }
                if role != "facilitator", ["clock", "inject-control"].contains(entry.body.kind) {
                    return update(Flash("refused: \(name) is a \(role): only facilitators control the clock and injects", isError: true))
                }
                var stored = entry
                stored.sequence = journal.inputs.count + 1
                stored.author = name
                journal.inputs.append(stored)
            }
            seen = journal.inputs.count
            return update(nil)
        }

        func poll() -> TeamUpdate? {
            guard journal.inputs.count > seen else { return nil }
            seen = journal.inputs.count
            return update(nil)
        }

        private func update(_ message: Flash?) -> TeamUpdate {
            // The drill exactly as the journal orders it (the journal is the truth; nothing of the console's own).
            let session = try! DrillSession.play(inputs: journal.inputs)
            return TeamUpdate(session: session, present: journal.present, isOnline: true, message: message)
        }
    }
}

@Suite("full-screen console on a team journal, headless")
struct TeamScreenTests {
    static func setup() -> DrillSetup {
        let sample = ConsoleFixtures.sample
        let yaml = BuiltInScenarios.yaml(named: "region-outage-eastus2")
        let scenario = yaml.flatMap { ScenarioFile.parse($0, file: "region-outage-eastus2", estate: sample).scenario }
        return DrillSetup.make(id: "team-test", mode: .drill, estate: sample, scenario: scenario, scenarioYAML: yaml,
                               seed: 0, startedAt: ConsoleFixtures.now)
    }

    static func runtime(_ seat: InMemoryTeamJournal.Seat) -> ConsoleRuntime<TestBackend> {
        let backend = TestBackend(width: 160, height: 48)
        let state = AppState.joining(seat.current, seat: TeamSeat(name: seat.name, role: seat.role, drill: "q3"),
                                     theme: BuiltInThemes.resolve("default", userThemeFolder: nil).theme,
                                     size: Size(width: 160, height: 48))
        return ConsoleRuntime(state: state, backend: backend, clock: { 0 },
                              files: .disk(userThemeFolder: nil, keysFile: nil, health: [], regions: state.estate.regions),
                              shared: seat)
    }

    static func type(_ runtime: ConsoleRuntime<TestBackend>, _ keys: [KeyEvent]) throws {
        runtime.backend.enqueue(keys.map { .key($0) })
        _ = try runtime.run(stopWhenIdle: true)
    }

    static func screen(_ runtime: ConsoleRuntime<TestBackend>) -> String {
        runtime.backend.screen.lines().joined(separator: "\n")
    }

    @Test("an operator's action appears in the facilitator's timeline with its author, in the journal's order")
    func actionReachesTheOtherConsole() throws {
        let journal = InMemoryTeamJournal(setup: Self.setup(), by: "fac")
        let facilitator = Self.runtime(journal.seat("fac", "facilitator"))
        let op = Self.runtime(journal.seat("op1", "operator"))
        try Self.type(op, ConsoleFixtures.command("inject region centralus"))
        #expect(journal.inputs.map(\.author) == ["fac", "op1"])
        #expect(journal.inputs.last?.body == .operator(.inject("region:centralus")))
        // The facilitator's console hears of it on its next turn and shows it on the timeline, by op1.
        try Self.type(facilitator, [.char("5")])
        #expect(facilitator.state.activeFaultNames == ["region:centralus", "region:eastus2"])
        let screen = Self.screen(facilitator)
        #expect(screen.contains("region centralus is down (by op1)"), "\(screen)")
        #expect(screen.contains("TEAM fac (facilitator) 2 here"), "\(screen)")
        #expect(facilitator.state.engine.events == op.state.engine.events)
    }

    @Test("an observer's console is read-only: its note is refused on the message line and nothing is written")
    func observerIsRefused() throws {
        let journal = InMemoryTeamJournal(setup: Self.setup(), by: "fac")
        let observer = Self.runtime(journal.seat("obs", "observer"))
        let eventsBefore = observer.state.engine.events
        try Self.type(observer, ConsoleFixtures.command("note DECISION fail over now"))
        #expect(journal.inputs.count == 1)
        #expect(observer.state.engine.events == eventsBefore, "the refused note is not shown as if taken")
        let screen = Self.screen(observer)
        #expect(screen.contains("observers cannot write to the journal"), "\(screen)")
        #expect(screen.contains("READ-ONLY") || screen.contains(" RO "), "\(screen)")
    }

    @Test("only the facilitator's console moves the shared clock; an operator's follows the journal")
    func onlyTheFacilitatorMovesTheClock() throws {
        let journal = InMemoryTeamJournal(setup: Self.setup(), by: "fac")
        let facilitator = Self.runtime(journal.seat("fac", "facilitator"))
        let op = Self.runtime(journal.seat("op1", "operator"))
        op.dispatch(.clockTicked(30))
        #expect(op.state.engine.now == 0)
        #expect(journal.inputs.count == 1, "an operator's console writes no clock")
        facilitator.dispatch(.clockTicked(30))
        #expect(facilitator.state.engine.now == 30)
        #expect(journal.inputs.last?.body == .clock(.advance(to: 30)))
        try Self.type(op, [])
        #expect(op.state.engine.now == 30)
        // An operator's pause key is the facilitator's to press: refused, and the drill keeps playing.
        try Self.type(op, [.char(" ")])
        #expect(op.state.isPlaying)
        #expect(Self.screen(op).contains("only facilitators control the clock"), "\(Self.screen(op))")
    }

    @Test("an offline journal stops the facilitator's clock rather than having it refused every second")
    func offlineClockWaits() {
        let journal = InMemoryTeamJournal(setup: Self.setup(), by: "fac")
        var state = Self.runtime(journal.seat("fac", "facilitator")).state
        state.team?.isOnline = false
        let effects = Reducer.reduce(&state, .clockTicked(30))
        #expect(effects.isEmpty)
        #expect(state.engine.now == 0)
        // The header says the journal is offline and does not claim to record.
        state.journalPath = "postgres://fac@127.0.0.1/drills?drill=t"
        let header = ConsoleFixtures.render(state).lines().first ?? ""
        #expect(header.contains("JOURNAL OFFLINE"), "\(header)")
        #expect(!header.contains(" REC "), "\(header)")
        state.team?.isOnline = true
        let online = Reducer.reduce(&state, .clockTicked(30))
        #expect(state.engine.now == 30)
        guard case .journal(let entries)? = online.first else { Issue.record("no journal effect: \(online)"); return }
        #expect(entries.first?.body == .clock(.advance(to: 30)))
    }
}
