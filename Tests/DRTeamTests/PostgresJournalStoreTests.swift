@testable import DRTeam
import DRDrill
import DRImport
import DRSimulation
import Foundation
import PostgresNIO
import XCTest

/// The shared journal against a real PostgreSQL (skipped, saying why, without `FOUNDRY_DR_TEST_PG`).
final class PostgresJournalStoreTests: XCTestCase {
    static func setup() -> DrillSetup {
        let sample = EstateFile.loadSample()
        let name = "region-outage-eastus2"
        let yaml = BuiltInScenarios.yaml(named: name)
        let scenario = yaml.flatMap { ScenarioFile.parse($0, file: name, estate: sample).scenario }
        return DrillSetup.make(
            id: UUID().uuidString, mode: .drill, estate: sample, scenario: scenario, scenarioYAML: yaml, seed: 0,
            startedAt: Date(timeIntervalSince1970: 1_796_000_000))
    }

    func testTeamDrillReplaysToTheSameStateEverywhereInTheServersOrder() throws {
        let url = try TestServer.url()
        let facilitator = try TeamConsole.start(store: try TestServer.store(url, "fac", .facilitator), setup: Self.setup())
        let operatorConsole = try TeamConsole.join(store: try TestServer.store(url, "op1", .operator))
        try facilitator.submit(.clock(.advance(to: 300)))
        try operatorConsole.submit(.note(DrillNote(tag: .decision, text: "declare a regional incident")))
        try facilitator.submit(.clock(.advance(to: 8_400)))
        try operatorConsole.submit(.operator(.perform("failover:hub-eus2")))
        try facilitator.catchUp()
        XCTAssertEqual(facilitator.inputs.map(\.sequence), [1, 2, 3, 4, 5], "positions are the server's, gapless")
        XCTAssertEqual(facilitator.inputs, operatorConsole.inputs)
        XCTAssertEqual(facilitator.inputs.map(\.author), ["fac", "fac", "op1", "fac", "op1"])
        XCTAssertEqual(facilitator.session.engine.events, operatorConsole.session.engine.events)
        XCTAssertTrue(facilitator.session.engine.isFailedOver(hub: "hub-eus2"))
        // A third console joining late rebuilds the same state from the journal alone.
        let late = try TeamConsole.join(store: try TestServer.store(url, "obs", .observer))
        XCTAssertEqual(late.session.engine.events, facilitator.session.engine.events)
        XCTAssertEqual(late.session.entries.map(\.body), facilitator.session.entries.map(\.body))
    }

    func testAnIncidentIsSharedTheSameWay() throws {
        let url = try PostgresJournalURL(try TestServer.base() + "?incident=inc-" + UUID().uuidString.prefix(8).lowercased())
        let sample = EstateFile.loadSample()
        let setup = DrillSetup.make(
            id: UUID().uuidString, mode: .incident, estate: sample, scenario: nil, scenarioYAML: nil, seed: 0,
            startedAt: Date(timeIntervalSince1970: 1_796_000_000))
        let commander = try TeamConsole.start(store: try TestServer.store(url, "ic", .facilitator), setup: setup)
        let scribe = try TeamConsole.join(store: try TestServer.store(url, "scribe1", .scribe))
        try commander.submit(.operator(.inject("region:eastus2")))
        try scribe.submit(.note(DrillNote(tag: .decision, text: "fail over the chat project")))
        try commander.catchUp()
        XCTAssertEqual(commander.inputs.map(\.author), ["ic", "ic", "scribe1"])
        XCTAssertEqual(commander.session.progress.setup.mode, .incident)
        XCTAssertEqual(scribe.session.engine.events, commander.session.engine.events)
        let report = AfterActionReport(session: try DrillSession.play(inputs: try commander.store.entries()))
        XCTAssertEqual(report.participants, ["ic", "scribe1"])
        XCTAssertEqual(report.notes.map(\.author), ["scribe1"])
    }

    func testAWriteIsIdempotentByIdAndAllOrNothing() throws {
        let url = try TestServer.url()
        let console = try TeamConsole.start(store: try TestServer.store(url, "fac", .facilitator), setup: Self.setup())
        let note = JournalEntry(id: "fixed-id", sequence: 0, drillTime: 0, wallTime: Date(), body: .note(DrillNote(tag: .note, text: "once")))
        try console.store.append([note])
        try console.store.append([note])
        XCTAssertEqual(try console.store.count(), 2, "started and the note, once")
        // A batch with an entry the role may not write (checked by the server) writes nothing.
        let other = try TestServer.store(url, "scribe1", .scribe)
        try other.join()
        let batch = [
            JournalEntry(id: "ok", sequence: 0, drillTime: 0, wallTime: Date(), body: .note(DrillNote(tag: .note, text: "fine"))),
            JournalEntry(id: "bad", sequence: 0, drillTime: 0, wallTime: Date(), body: .clock(.pause)),
        ]
        XCTAssertThrowsError(try Self.rawInsert(batch, author: "scribe1", store: other))
        XCTAssertEqual(try console.store.count(), 2)
    }

    func testTheServerEnforcesRolesEvenWhenTheClientDoesNotAsk() throws {
        let url = try TestServer.url()
        _ = try TeamConsole.start(store: try TestServer.store(url, "fac", .facilitator), setup: Self.setup())
        let observer = try TestServer.store(url, "obs", .observer)
        try observer.join()
        let scribe = try TestServer.store(url, "scribe1", .scribe)
        try scribe.join()
        let note = JournalEntry(id: UUID().uuidString, sequence: 0, drillTime: 0, wallTime: Date(), body: .note(DrillNote(tag: .note, text: "x")))
        let failover = JournalEntry(id: UUID().uuidString, sequence: 0, drillTime: 0, wallTime: Date(), body: .operator(.perform("failover:hub-eus2")))
        XCTAssertThrowsError(try Self.rawInsert([note], author: "obs", store: observer)) { error in
            XCTAssertEqual(error as? TeamJournalError, .refused("observers cannot write to the journal"))
        }
        XCTAssertThrowsError(try Self.rawInsert([failover], author: "scribe1", store: scribe)) { error in
            XCTAssertEqual(error as? TeamJournalError, .refused("only operators and facilitators act on the simulation"))
        }
        // Writing under another participant's name from another login is refused too; the same login may
        // (one shared login is no security boundary: docs/team-mode.md).
        XCTAssertNoThrow(try Self.rawInsert([note], author: "scribe1", store: observer))
        // And the client says so before asking.
        XCTAssertThrowsError(try observer.append([note])) { error in
            XCTAssertEqual("\(error)", "obs is an observer: observers cannot write to the journal")
        }
    }

    func testTwoOperatorsFailingOverOneHubTheFirstCommittedWins() throws {
        let url = try TestServer.url()
        let facilitator = try TeamConsole.start(store: try TestServer.store(url, "fac", .facilitator), setup: Self.setup())
        try facilitator.submit(.clock(.advance(to: 8_400)))
        let op1 = try TeamConsole.join(store: try TestServer.store(url, "op1", .operator))
        let op2 = try TeamConsole.join(store: try TestServer.store(url, "op2", .operator))
        // Both decide from the same view; op2's claim is made before op1's commit is seen.
        let claim = op2.claim(for: .operator(.perform("failover:hub-eus2")))
        try op1.submit(.operator(.perform("failover:hub-eus2")))
        let late = JournalEntry(id: UUID().uuidString, sequence: 0, drillTime: 2_100, wallTime: Date(), body: .operator(.perform("failover:hub-eus2")))
        XCTAssertThrowsError(try op2.store.append([late], claims: [claim])) { error in
            guard case .conflict(let text) = error as? TeamJournalError else { return XCTFail("\(error)") }
            XCTAssertTrue(text.hasPrefix("op1 already did failover:hub-eus2 at "), text)
            XCTAssertTrue(text.contains("UTC (entry #3)"), text)
        }
        try op2.catchUp()
        XCTAssertEqual(op2.inputs.filter { TeamConsole.hub(actedOnBy: $0.body) == "hub-eus2" }.count, 1)
        // Failing back after the failover is a new claim, and wins.
        XCTAssertNoThrow(try op2.submit(.operator(.perform("failback:hub-eus2"))))
    }

    func testMigrationsRunOnceWhateverTheNumberOfConsoles() throws {
        let url = try TestServer.url()
        let store = try TestServer.store(url, "fac", .facilitator)
        _ = try TestServer.store(url, "fac", .facilitator)
        let versions = try store.withConnection { connection in
            try connection.query("SELECT count(*)::bigint, max(version)::bigint FROM foundry_dr_schema", logger: PostgresConnector.silent)
                .wait().rows.first!.decode((Int, Int).self)
        }
        XCTAssertEqual(versions.0, versions.1, "one row per version")
        XCTAssertEqual(versions.1, PostgresSchema.migrations.count)
    }

    func testTLSRequireAndVerifyFull() throws {
        let base = try TestServer.base()
        guard let ca = TestServer.environment["FOUNDRY_DR_TEST_PG_CA"] else { throw XCTSkip("FOUNDRY_DR_TEST_PG_CA is not set") }
        let require = try PostgresJournalURL(base + "?drill=tls&sslmode=require")
        XCTAssertNoThrow(try PostgresJournalStore(url: require, password: TestServer.password, participant: nil))
        let named = base.replacingOccurrences(of: "127.0.0.1", with: "localhost")
        let verified = try PostgresJournalURL(named + "?drill=tls&sslmode=verify-full&sslrootcert=\(ca)")
        XCTAssertNoThrow(try PostgresJournalStore(url: verified, password: TestServer.password, participant: nil))
        // The test server's certificate is self-signed: without its root, verify-full refuses it.
        let unverified = try PostgresJournalURL(named + "?drill=tls&sslmode=verify-full")
        XCTAssertThrowsError(try PostgresJournalStore(url: unverified, password: TestServer.password, participant: nil)) { error in
            guard case .unusable = error as? TeamJournalError else { return XCTFail("\(error)") }
        }
    }

    func testAWrongPasswordIsRefusedWithoutRepeatingIt() throws {
        let url = try TestServer.url()
        XCTAssertThrowsError(try PostgresJournalStore(url: url, password: "not-the-password-42", participant: nil)) { error in
            guard case .unusable(let text) = error as? TeamJournalError else { return XCTFail("\(error)") }
            XCTAssertTrue(text.contains("password authentication failed"), text)
            XCTAssertFalse(text.contains("not-the-password-42"))
        }
    }

    /// Inserts entries as `author` without the client's role check, to show what the server refuses.
    static func rawInsert(_ entries: [JournalEntry], author: String, store: PostgresJournalStore) throws {
        try store.withConnection { connection in
            _ = try connection.query("BEGIN", logger: PostgresConnector.silent).wait()
            do {
                for entry in entries {
                    let payload = try entry.body.payloadJSON()
                    _ = try connection.query(
                        """
                        INSERT INTO foundry_dr_entry (drill, position, id, author, drill_time, wall_time, kind, payload)
                        VALUES (\(store.url.drill), 0, \(entry.id), \(author), 0, '', \(entry.body.kind), \(payload))
                        """, logger: PostgresConnector.silent).wait()
                }
                _ = try connection.query("COMMIT", logger: PostgresConnector.silent).wait()
            } catch {
                _ = try? connection.query("ROLLBACK", logger: PostgresConnector.silent).wait()
                throw error
            }
        }
    }
}
