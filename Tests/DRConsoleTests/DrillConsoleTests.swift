import DRConsole
import DRConsoleFiles
import DRDomain
import DRDrill
import DRImport
import DRSimulation
import Foundation
import Testing
import TermUI

/// The console in drill mode, headless: the facilitator's keys, tagged notes, and the journal written as an
/// effect before each draw.
@Suite("console drill mode, headless")
struct DrillConsoleTests {
    static func session() throws -> DrillSession {
        let estate = ConsoleFixtures.sample
        let yaml = try #require(BuiltInScenarios.yaml(named: "region-outage-eastus2"))
        let scenario = ScenarioFile.parse(yaml, file: "s", estate: estate).scenario
        let setup = DrillSetup.make(
            id: "console", mode: .drill, estate: estate, scenario: scenario, scenarioYAML: yaml, seed: 0,
            startedAt: Date(timeIntervalSince1970: 0))
        return DrillSession(setup: setup, estate: estate, scenario: scenario)
    }

    static func runtime(_ keys: [KeyEvent], store: MemoryJournalStore, session: DrillSession) throws -> ConsoleRuntime<TestBackend> {
        try store.append(session.entries)
        var state = ConsoleFixtures.state(width: 140, height: 44)
        state.engine = session.engine
        state.drill = session.progress
        state.mode = .drill
        state.journalPath = "memory"
        state.isPlaying = false
        let backend = TestBackend(width: 140, height: 44, events: keys.map { .key($0) })
        return ConsoleRuntime(state: state, backend: backend, clock: { 0 },
                              files: ConsoleFiles(loadTheme: { _ in (Theme.builtInDefault, []) }),
                              journal: JournalWriter(store: store))
    }

    @Test("a facilitated drill is journaled so that replay rebuilds the console's exact state")
    func facilitatedDrill() throws {
        var script = ConsoleFixtures.command("note DECISION declare a regional incident @ic")
        script += [.char(">"), .char("N"), .char("N"), .char("N")]       // x10, step past plan and Key Vault to failover
        script += ConsoleFixtures.command("failover hub-eus2") + [.char("y")] // preflight has unknowns: asked
        script += [.char("a")] + "TODO re-point DNS faster @ops".map { KeyEvent.char($0) } + [KeyEvent(.enter)]
        script += [.char("S"), .char("n"), .char(" ")]                     // skip the jobs inject, next event, play
        let store = MemoryJournalStore()
        let runtime = try Self.runtime(script, store: store, session: try Self.session())
        _ = try runtime.run(stopWhenIdle: true)
        let state = runtime.state
        #expect(state.drill?.skipped == ["jobs"])
        #expect(state.speed == 10)
        let replayed = try DrillSession.replay(try store.entries())
        #expect(replayed.engine.events == state.engine.events)
        #expect(replayed.engine.now == state.engine.now)
        #expect(replayed.progress.isPlaying == state.isPlaying)
        let notes = try store.entries().compactMap { entry -> DrillNote? in
            if case .note(let note) = entry.body { return note }
            return nil
        }
        #expect(notes.map(\.tag) == [.decision, .todo])
        #expect(notes.map(\.owner) == ["ic", "ops"])
        #expect(notes.last?.inject == "failover", "stamped with the inject the team works on")
        #expect(notes.first?.resource == nil)
        let timeline = state.engine.events.filter { $0.kind == .note }.map(\.detail)
        #expect(timeline.contains("TODO: re-point DNS faster @ops"))
    }

    @Test("the facilitator overlay shows what is coming and what is expected; the players' screen does not")
    func facilitatorOverlay() throws {
        let store = MemoryJournalStore()
        let runtime = try Self.runtime([], store: store, session: try Self.session())
        _ = try runtime.run(stopWhenIdle: true)
        var screen = runtime.backend.screen.lines().joined(separator: "\n")
        #expect(!screen.contains("Fail hub-eus2 over to hub-cus"), "the players do not see the answers")
        runtime.dispatch(.keyPressed(.char("f")))
        var buffer = Buffer(size: Size(width: 140, height: 44))
        ConsoleScreen.render(runtime.state, into: &buffer)
        screen = buffer.lines().joined(separator: "\n")
        #expect(screen.contains("Facilitator: coming injects"))
        #expect(screen.contains("expect: Fail hub-eus2 over to hub-cus"))
        #expect(screen.contains("action: failover:hub-eus2"))
        runtime.dispatch(.keyPressed(KeyEvent(.escape)))
        #expect(!runtime.state.showsFacilitator)
    }

    @Test("a journal that cannot be written is reported on screen at once; nothing is lost when it recovers")
    func writeFailure() throws {
        let store = MemoryJournalStore()
        let runtime = try Self.runtime([], store: store, session: try Self.session())
        _ = try runtime.run(stopWhenIdle: true)
        let committed = try store.count()
        store.failure = "disk full"
        runtime.dispatch(.keyPressed(.char("N")))
        #expect(runtime.state.journalProblem == "disk full")
        #expect(runtime.state.flash?.text.contains("JOURNAL NOT SAVED") == true)
        var buffer = Buffer(size: Size(width: 140, height: 44))
        ConsoleScreen.render(runtime.state, into: &buffer)
        #expect(buffer.lines()[0].contains("JOURNAL NOT SAVED"))
        #expect(try store.count() == committed, "what was committed stays")
        store.failure = nil
        runtime.dispatch(.keyPressed(.char("S")))
        #expect(runtime.state.journalProblem == nil)
        let replayed = try DrillSession.replay(try store.entries())
        #expect(replayed.engine.events == runtime.state.engine.events, "the entries kept from the failed write were written")
    }

    @Test("incident mode journals what live health said, for the post-incident timeline")
    func incidentLiveHealth() throws {
        let estate = ConsoleFixtures.sample
        let setup = DrillSetup.make(id: "incident", mode: .incident, estate: estate, scenario: nil, scenarioYAML: nil, seed: 0,
                                    startedAt: Date(timeIntervalSince1970: 0))
        let store = MemoryJournalStore()
        let runtime = try Self.runtime([], store: store, session: DrillSession(setup: setup, estate: estate, scenario: nil))
        let watcher = HealthWatcher(paths: [LiveHealthTests.fixtures], regions: estate.regions)
        let (snapshot, _) = watcher.load()
        runtime.dispatch(.healthLoaded(LiveHealth(snapshot: snapshot, sources: [LiveHealthTests.fixtures]), problems: []))
        let live = try store.entries().compactMap { entry -> LiveRecord? in
            if case .live(let record) = entry.body { return record }
            return nil
        }
        #expect(live.count == 1)
        #expect(live.first?.activeEvents.isEmpty == false)
        let report = AfterActionReport(session: try DrillSession.replay(try store.entries()))
        #expect(report.events.contains { $0.kind == "live" && $0.detail.hasPrefix("live health: ") })
    }

    @Test("the note key stamps the note with the resource of the selected row")
    func noteOnTheSelectedRow() throws {
        let store = MemoryJournalStore()
        var script: [KeyEvent] = [.char("2"), KeyEvent(.down)]
        script += [.char("a")] + "TODO check its replica @eve".map { KeyEvent.char($0) } + [KeyEvent(.enter)]
        script += [.char("5"), .char("G")]                                // the timeline's newest event: the note
        script += [.char("a")] + "OBSERVATION noted".map { KeyEvent.char($0) } + [KeyEvent(.enter)]
        let runtime = try Self.runtime(script, store: store, session: try Self.session())
        _ = try runtime.run(stopWhenIdle: true)
        let notes = try store.entries().compactMap { entry -> DrillNote? in
            if case .note(let note) = entry.body { return note }
            return nil
        }
        #expect(notes.count == 2)
        let replicationRows = PaneTables().visibleRows(.replication, runtime.state)
        #expect(notes.first?.resource == replicationRows[1].id)
        #expect(notes.first?.owner == "eve")
        #expect(notes.first?.inject == "region-down")
        #expect(notes.last?.resource == nil, "the selected timeline event (a note by @eve) is about no resource")
    }

    @Test("the clock stops at the scenario's end and says so")
    func drillEnd() throws {
        let store = MemoryJournalStore()
        let runtime = try Self.runtime([], store: store, session: try Self.session())
        _ = try runtime.run(stopWhenIdle: true)
        runtime.dispatch(.keyPressed(.char(" ")))
        runtime.dispatch(.clockTicked(50_000))
        #expect(runtime.state.engine.now == 43_200)
        #expect(runtime.state.flash?.text.hasPrefix("the drill reached its end at T+12:00:00") == true)
        let count = try store.count()
        runtime.dispatch(.clockTicked(10))
        #expect(try store.count() == count, "nothing more is journaled once the drill is over")
    }
}
