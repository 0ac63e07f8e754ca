import DRTeam
import Foundation
import XCTest

/// Two real `foundry-dr drill join` binaries in tmux terminals on one PostgreSQL journal (`FOUNDRY_DR_TEST_PG`;
/// skipped with the reason printed when unset): the full-screen console of each shows the other's inputs.
final class TeamTmuxTests: XCTestCase {
    /// A new drill's URL on the test server, the binary and the password; a skip saying why when either is missing.
    private static func newDrill() throws -> (url: String, binary: String, password: String) {
        let given = ProcessInfo.processInfo.environment
        guard let base = given["FOUNDRY_DR_TEST_PG"], !base.isEmpty else {
            let reason = "FOUNDRY_DR_TEST_PG is not set: no PostgreSQL for the team tests (run scripts/test-postgres.sh start and export its URL; .ci/run does)"
            print("skipped: \(reason)")
            throw XCTSkip(reason)
        }
        guard let binary = BuiltBinary.path else { throw XCTSkip("the foundry-dr binary is not built next to the tests") }
        let url = base + "?drill=t-" + UUID().uuidString.prefix(13).lowercased()
        return (url, binary, given["FOUNDRY_DR_TEST_PG_PASSWORD"] ?? "foundry-dr-test")
    }

    func testTwoFullScreenConsolesShareOneDrill() throws {
        let (url, binary, password) = try Self.newDrill()
        let environment = [
            "TERM": "screen-256color", "LANG": "C.UTF-8", "HOME": NSTemporaryDirectory(),
            "PGPASSWORD": password,
        ]
        let facilitator = try TmuxHarness(
            command: "'\(binary)' drill join '\(url)' --as fac --role facilitator --scenario region-outage-eastus2",
            width: 150, height: 40, environment: environment)
        defer { facilitator.close() }
        try facilitator.waitFor("TEAM fac (facilitator)")
        try facilitator.send("Space")
        try facilitator.waitFor("PAUSED")
        let op = try TmuxHarness(command: "'\(binary)' drill join '\(url)' --as op1 --role operator",
                                 width: 150, height: 40, environment: environment)
        defer { op.close() }
        try op.waitFor("TEAM op1 (operator) 2 here")
        try op.waitFor("PAUSED", timeout: 5)
        // The operator's fault reaches the facilitator's timeline, by op1.
        try op.command("inject region centralus")
        try op.waitFor("injected: region centralus is down")
        try facilitator.send("5")
        try facilitator.waitFor("centralus is down (by op1)")
        // The clock is the facilitator's.
        try op.send("Space")
        try op.waitFor("only facilitators control the clock and injects")
        try facilitator.send("Space")
        try op.waitFor("RUN", timeout: 5)
    }

    func testATerminalTheConsoleCannotUseJoinsNothing() throws {
        let (url, binary, password) = try Self.newDrill()
        let terminal = try TmuxHarness(
            command: "'\(binary)' drill join '\(url)' --as fac --role facilitator --scenario region-outage-eastus2",
            width: 150, height: 20, environment: ["TERM": "dumb", "LANG": "C.UTF-8", "HOME": NSTemporaryDirectory(), "PGPASSWORD": password])
        defer { terminal.close() }
        let screen = try terminal.waitFor("EXITED rc=")
        XCTAssertTrue(screen.contains("EXITED rc=2"), screen)
        XCTAssertTrue(screen.contains("hint: add --lines for the line console"), screen)
        let reader = try PostgresJournalStore(url: try PostgresJournalURL(url), password: password, participant: nil)
        defer { reader.disconnect() }
        XCTAssertFalse(try reader.drillExists(), "no drill was started")
    }
}
