import Foundation
import XCTest

/// The command line of team mode without a server: bad URLs, roles and names exit 2 with the exact problem, and
/// a password never appears in what is printed.
final class TeamCommandLineTests: XCTestCase {
    func testJoinRefusesBadInputWithExit2() {
        let cases: [([String], String)] = [
            (["drill", "join", "postgres://fac@127.0.0.1/db?drill=d1", "--as", "fac", "--role", "boss"], "--role 'boss' is not one of facilitator, operator, scribe, observer"),
            (["drill", "join", "postgres://fac:hunter2@127.0.0.1/db?drill=d1", "--as", "fac", "--role", "operator"], "holds a password"),
            (["drill", "join", "postgres://fac@127.0.0.1/db", "--as", "fac", "--role", "operator"], "names no drill"),
            (["drill", "join", "postgres://fac@127.0.0.1/db?drill=d1", "--as", "two words", "--role", "operator"], "--as needs a name"),
            (["drill", "join", "--as", "fac", "--role", "operator"], "needs the journal URL (or FOUNDRY_DR_JOURNAL)"),
            (["drill", "join", "postgres://fac@127.0.0.1/db?drill=d1", "--as", "op1", "--role", "operator", "--clock", "5"], "only a facilitator"),
            (["drill", "join", "postgres://fac@127.0.0.1/db?drill=d1", "--as", "fac", "--role", "facilitator", "--clock", "0"], "out of range"),
            (["drill", "report", "--journal", "postgres://fac:hunter2@127.0.0.1/db?drill=d1"], "holds a password"),
            (["console", "--journal", "postgres://fac:hunter2@127.0.0.1/db?drill=d1"], "join it with `foundry-dr drill join"),
        ]
        for (arguments, expected) in cases {
            let run = CLIRun.run(arguments)
            XCTAssertEqual(run.status, 2, "\(arguments): \(run.stderr)")
            XCTAssertTrue(run.stderr.contains(expected), "\(arguments): \(run.stderr)")
            XCTAssertFalse((run.stdout + run.stderr).contains("hunter2"), "the password is never printed")
        }
    }

    func testJoinOnAServerThatIsNotThereSaysOfflineAndExits2() {
        // A loopback port nothing listens on.
        let run = CLIRun.run(
            ["drill", "join", "postgres://fac@127.0.0.1:9/db?drill=d1", "--as", "fac", "--role", "operator"],
            environment: ["PGPASSWORD": "not-used"])
        XCTAssertEqual(run.status, 2)
        XCTAssertTrue(run.stderr.contains("journal offline: 127.0.0.1:9"), run.stderr)
    }
}
