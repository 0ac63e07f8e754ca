@testable import DRCLI
import DRConsole
import DRDrill
import DRImport
import DRSimulation
import DRTeam
import Foundation
import TermUI
import XCTest

/// Two full-screen consoles (headless) on one journal in a real PostgreSQL (`FOUNDRY_DR_TEST_PG`; skipped with
/// the reason printed when unset): what one does reaches the other through LISTEN/NOTIFY, with its author.
final class TeamScreenServerTests: XCTestCase {
    private var links: [TeamScreenLink] = []
    private var mailboxes: [TeamMailbox] = []

    override func tearDown() {
        for link in links { link.leave() }
        links.removeAll()
    }

    private func base() throws -> String {
        guard let url = ProcessInfo.processInfo.environment["FOUNDRY_DR_TEST_PG"], !url.isEmpty else {
            let reason = "FOUNDRY_DR_TEST_PG is not set: no PostgreSQL for the team tests (run scripts/test-postgres.sh start and export its URL; .ci/run does)"
            print("skipped: \(reason)")
            throw XCTSkip(reason)
        }
        return url
    }

    private var password: String { ProcessInfo.processInfo.environment["FOUNDRY_DR_TEST_PG_PASSWORD"] ?? "foundry-dr-test" }

    private func seat(_ url: PostgresJournalURL, _ name: String, _ role: TeamRole, setup: DrillSetup? = nil) throws -> ConsoleRuntime<TestBackend> {
        let store = try PostgresJournalStore(url: url, password: password, participant: TeamParticipant(name: name, role: role))
        let console = try setup.map { try TeamConsole.start(store: store, setup: $0) } ?? TeamConsole.join(store: store)
        let mailbox = TeamMailbox()
        let listener = try TeamListener(store: store, password: password) { mailbox.post($0) }
        try listener.start()
        let link = TeamScreenLink(console: console, listener: listener, mailbox: mailbox)
        links.append(link)
        mailboxes.append(mailbox)
        let state = AppState.joining(link.current, seat: TeamSeat(name: name, role: role.rawValue, drill: url.drill),
                                     size: Size(width: 160, height: 48))
        return ConsoleRuntime(state: state, backend: TestBackend(width: 160, height: 48), clock: { 0 },
                              files: .disk(userThemeFolder: nil, keysFile: nil, health: [], regions: state.estate.regions),
                              shared: link)
    }

    private static func setup() -> DrillSetup {
        let sample = EstateFile.loadSample()
        let yaml = BuiltInScenarios.yaml(named: "region-outage-eastus2")
        let scenario = yaml.flatMap { ScenarioFile.parse($0, file: "region-outage-eastus2", estate: sample).scenario }
        return DrillSetup.make(id: UUID().uuidString, mode: .drill, estate: sample, scenario: scenario, scenarioYAML: yaml,
                               seed: 0, startedAt: Date(timeIntervalSince1970: 1_796_000_000))
    }

    private static func type(_ runtime: ConsoleRuntime<TestBackend>, _ keys: [KeyEvent]) throws {
        runtime.backend.enqueue(keys.map { .key($0) })
        _ = try runtime.run(stopWhenIdle: true)
    }

    private static func command(_ text: String) -> [KeyEvent] {
        [.char(":")] + text.map { KeyEvent.char($0) } + [KeyEvent(.enter)]
    }

    private static func screen(_ runtime: ConsoleRuntime<TestBackend>) -> String {
        runtime.backend.screen.lines().joined(separator: "\n")
    }

    /// Turns the console's loop until `done` holds (the notification arrives on a network thread), at most 10 s.
    private static func turn(_ runtime: ConsoleRuntime<TestBackend>, until done: () -> Bool) throws {
        let deadline = Date().addingTimeInterval(10)
        while !done(), Date() < deadline {
            try type(runtime, [])
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    func testAnOperatorsFaultReachesTheFacilitatorsTimelineWithItsAuthor() throws {
        let url = try PostgresJournalURL(try base() + "?drill=t-" + UUID().uuidString.prefix(13).lowercased())
        let facilitator = try seat(url, "fac", .facilitator, setup: Self.setup())
        let op = try seat(url, "op1", .operator)
        try Self.type(op, Self.command("inject region centralus"))
        XCTAssertEqual(op.state.activeFaultNames, ["region:centralus", "region:eastus2"])
        try Self.turn(facilitator) { facilitator.state.activeFaultNames == ["region:centralus", "region:eastus2"] }
        try Self.type(facilitator, [.char("5")])
        XCTAssertEqual(facilitator.state.activeFaultNames, ["region:centralus", "region:eastus2"], "heard through LISTEN/NOTIFY")
        XCTAssertTrue(Self.screen(facilitator).contains("region centralus is down (by op1)"), Self.screen(facilitator))
        XCTAssertTrue(Self.screen(facilitator).contains("TEAM fac (facilitator)"), Self.screen(facilitator))
        XCTAssertEqual(facilitator.state.engine.events, op.state.engine.events)
    }

    func testAnObserversNoteAndAnOperatorsClockAreRefusedOnScreen() throws {
        let url = try PostgresJournalURL(try base() + "?drill=t-" + UUID().uuidString.prefix(13).lowercased())
        let facilitator = try seat(url, "fac", .facilitator, setup: Self.setup())
        let observer = try seat(url, "obs", .observer)
        let op = try seat(url, "op1", .operator)
        let before = observer.state.engine.events
        try Self.type(observer, Self.command("note DECISION fail over now"))
        XCTAssertEqual(observer.state.engine.events, before)
        XCTAssertTrue(Self.screen(observer).contains("observers cannot write to the journal"), Self.screen(observer))
        try Self.type(op, [.char(" ")])
        XCTAssertTrue(op.state.isPlaying)
        XCTAssertTrue(Self.screen(op).contains("only facilitators control the clock and injects"), Self.screen(op))
        // The facilitator's clock is everyone's.
        facilitator.dispatch(.clockTicked(300))
        try Self.turn(op) { op.state.engine.now == 300 }
        XCTAssertEqual(op.state.engine.now, 300)
    }

    func testALostLinkRefusesInputsOnScreenUntilTheJournalIsBack() throws {
        let url = try PostgresJournalURL(try base() + "?drill=t-" + UUID().uuidString.prefix(13).lowercased())
        let facilitator = try seat(url, "fac", .facilitator, setup: Self.setup())
        let op = try seat(url, "op1", .operator)
        // The listener says the connection closed (as when the server stops).
        mailboxes[1].post(.lost)
        try Self.type(op, [])
        XCTAssertEqual(op.state.team?.isOnline, false)
        XCTAssertTrue(Self.screen(op).contains("JOURNAL OFFLINE"), Self.screen(op))
        let before = op.state.engine.events
        try Self.type(op, Self.command("inject region centralus"))
        XCTAssertEqual(op.state.engine.events, before, "not shown as if taken")
        XCTAssertTrue(Self.screen(op).contains("was not taken and is not queued"), Self.screen(op))
        try Self.type(facilitator, [])
        XCTAssertEqual(facilitator.state.activeFaultNames, ["region:eastus2"], "nothing was written")
        // The server is there: within a second or two the console reconnects and says so.
        try Self.turn(op) { op.state.team?.isOnline == true }
        XCTAssertTrue(Self.screen(op).contains("journal online again"), Self.screen(op))
    }
}
