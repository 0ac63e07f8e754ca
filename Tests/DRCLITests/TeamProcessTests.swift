import Foundation
import XCTest

/// Team mode with real `foundry-dr drill join` processes against a real PostgreSQL (`FOUNDRY_DR_TEST_PG`, set by
/// `.ci/run`; skipped with the reason printed when absent).
final class TeamProcessTests: XCTestCase {
    private var processes: [LiveProcess] = []

    override func tearDown() {
        for process in processes { process.kill() }
        processes.removeAll()
    }

    private func server() throws -> (base: String, environment: [String: String]) {
        let environment = ProcessInfo.processInfo.environment
        guard let base = environment["FOUNDRY_DR_TEST_PG"], !base.isEmpty else {
            let reason = "FOUNDRY_DR_TEST_PG is not set: no PostgreSQL for the team tests (run scripts/test-postgres.sh start and export its URL; .ci/run does)"
            print("skipped: \(reason)")
            throw XCTSkip(reason)
        }
        var child = ["PATH": environment["PATH"] ?? "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "LANG": "C.UTF-8"]
        child["PGPASSWORD"] = environment["FOUNDRY_DR_TEST_PG_PASSWORD"] ?? "foundry-dr-test"
        return (base, child)
    }

    private func join(_ url: String, _ name: String, _ role: String, _ extra: [String] = [], environment: [String: String]) throws -> LiveProcess {
        guard let binary = BuiltBinary.path else { throw XCTSkip("the foundry-dr binary is not built next to the tests") }
        let process = try LiveProcess(binary, ["drill", "join", url, "--as", name, "--role", role] + extra, environment: environment)
        processes.append(process)
        XCTAssertTrue(process.waitFor { $0.contains { $0.hasPrefix("joined ") } }, "\(name) joined: \(process.lines)")
        return process
    }

    /// The inputs a console printed (`#N T+... who: what`), by position.
    private static func inputs(_ process: LiveProcess) -> [String] {
        process.lines.filter { $0.hasPrefix("#") }
    }

    private static func has(_ process: LiveProcess, position: Int) -> Bool {
        inputs(process).contains { $0.hasPrefix("#\(position) ") }
    }

    func testTwoConsolesShareActionsNotesRolesConflictsAndARestartedConsoleRejoins() throws {
        let (base, environment) = try server()
        let url = base + "?drill=cli-" + UUID().uuidString.prefix(8).lowercased()
        let fac = try join(url, "fac", "facilitator", ["--scenario", "region-outage-eastus2"], environment: environment)
        let op1 = try join(url, "op1", "operator", environment: environment)
        XCTAssertTrue(fac.waitFor { $0.contains("who is here: fac (facilitator), op1 (operator)") }, "\(fac.lines)")

        fac.send("advance 8400")
        XCTAssertTrue(op1.waitFor { $0.contains { $0.hasPrefix("#2 T+0:00:00 fac: clock to T+2:20:00") } }, "\(op1.lines)")
        XCTAssertTrue(op1.lines.contains { $0.contains("inject failover fired at T+2:15:00") }, "injects fired show on every console: \(op1.lines)")
        op1.send("do failover:hub-eus2")
        op1.send("note DECISION fail over now @op1")
        XCTAssertTrue(fac.waitFor { _ in Self.has(fac, position: 4) }, "\(fac.lines)")
        XCTAssertEqual(Self.inputs(fac), Self.inputs(op1))
        XCTAssertTrue(Self.inputs(fac)[2].hasSuffix("op1: do failover:hub-eus2"), "\(Self.inputs(fac))")

        // Roles: the operator may not move the clock; the client refuses with the role's reason.
        op1.send("advance 60")
        XCTAssertTrue(op1.waitFor { $0.contains("refused: op1 is an operator: only facilitators control the clock and injects") }, "\(op1.lines)")
        // A failover already done is refused naming who did it and when.
        fac.send("do failover:hub-eus2")
        XCTAssertTrue(fac.waitFor { $0.contains { $0.hasPrefix("conflict: op1 already did failover:hub-eus2 at ") && $0.contains("(entry #3)") } }, "\(fac.lines)")

        // The operator's console is killed and started again: it rejoins where the team is.
        op1.kill()
        fac.send("note OBSERVATION op1's terminal died")
        XCTAssertTrue(fac.waitFor { _ in Self.has(fac, position: 5) })
        let again = try join(url, "op1", "operator", environment: environment)
        XCTAssertTrue(again.lines.contains { $0.hasPrefix("joined ") && $0.contains("at #5,") }, "\(again.lines)")
        XCTAssertEqual(Self.inputs(again), Self.inputs(fac))
        XCTAssertEqual(fac.finish(), 0)
        XCTAssertEqual(again.finish(), 0)

        // The report from the shared journal: the failover once, by its author; the notes with theirs.
        guard let binary = BuiltBinary.path else { return }
        let report = try SpawnedProcess.run(binary, ["drill", "report", "--journal", url, "--format", "markdown"], environment: environment)
        XCTAssertEqual(report.status, 0, report.stderr)
        // Once in the timeline and once in the appendix's event log.
        let failovers = report.stdout.split(separator: "\n").filter { $0.contains("| action | hub-eus2 |") && $0.contains("failover") }
        XCTAssertEqual(failovers.count, 2, report.stdout)
        XCTAssertTrue(failovers.first?.hasSuffix("(by op1) |") ?? false, "\(failovers)")
        XCTAssertTrue(report.stdout.contains("fail over now @op1 (by op1)"), report.stdout)
    }

    func testTheFacilitatorsRealTimeClockMovesEveryConsole() throws {
        let (base, environment) = try server()
        let url = base + "?drill=clock-" + UUID().uuidString.prefix(8).lowercased()
        let fac = try join(url, "fac", "facilitator", ["--scenario", "region-outage-eastus2", "--clock", "1"], environment: environment)
        let op1 = try join(url, "op1", "operator", environment: environment)
        fac.send("speed 60")
        // About a second of real time at x60 is a minute of drill time, committed and shown on the other console.
        XCTAssertTrue(op1.waitFor { $0.contains { $0.contains("fac: clock to T+0:01:") || $0.contains("fac: clock to T+0:00:5") } }, "\(op1.lines)")
        fac.send("pause")
        XCTAssertTrue(op1.waitFor { $0.contains { $0.hasSuffix("fac: paused the clock") } })
        let paused = Self.inputs(op1).count
        usleep(2_500_000)
        XCTAssertEqual(Self.inputs(fac).count, paused, "a paused clock writes nothing")
        XCTAssertEqual(fac.finish(), 0)
        XCTAssertEqual(op1.finish(), 0)
    }

    func testSoakOfThreeConsolesAndFiveHundredEventsThroughAServerRestart() throws {
        let (base, environment) = try server()
        guard let script = ProcessInfo.processInfo.environment["FOUNDRY_DR_TEST_PG_SCRIPT"] else {
            throw XCTSkip("FOUNDRY_DR_TEST_PG_SCRIPT is not set: the test cannot restart the server")
        }
        let url = base + "?drill=soak-" + UUID().uuidString.prefix(8).lowercased()
        let consoles = [
            try join(url, "fac", "facilitator", ["--scenario", "region-outage-eastus2"], environment: environment),
            try join(url, "op1", "operator", environment: environment),
            try join(url, "scribe1", "scribe", environment: environment),
        ]
        let names = ["fac", "op1", "scribe1"]
        var texts: [[String]] = names.map { _ in [] }
        for i in 0..<500 { texts[i % 3].append("soak \(names[i % 3]) \(i)") }
        func send(_ range: Range<Int>) {
            for i in range { for (c, console) in consoles.enumerated() where i < texts[c].count { console.send("note \(texts[c][i])") } }
        }
        send(0..<84)
        // The server stops while the consoles write, and starts again (the test's own script, as CI runs it).
        let stop = try SpawnedProcess.run(script, ["stop"], timeout: 60)
        XCTAssertEqual(stop.status, 0, stop.stderr)
        for console in consoles {
            XCTAssertTrue(console.waitFor(timeout: 15) { $0.contains { $0.hasPrefix("journal offline") } }, "\(console.lines.suffix(5))")
        }
        send(84..<100)
        let start = try SpawnedProcess.run(script, ["start"], timeout: 60)
        XCTAssertEqual(start.status, 0, start.stderr)
        for console in consoles {
            XCTAssertTrue(console.waitFor(timeout: 15) { $0.contains { $0.hasPrefix("journal online again") } }, "\(console.lines.suffix(5))")
        }
        send(100..<167)
        // What was refused while offline was said so (never queued); the team types it again.
        let refused = consoles.map { console in
            console.lines.compactMap { line -> String? in
                guard line.hasPrefix("refused: journal offline: 'note ") else { return nil }
                return String(line.dropFirst("refused: journal offline: 'note ".count).prefix { $0 != "'" })
            }
        }
        XCTAssertGreaterThan(refused.flatMap { $0 }.count, 0, "inputs typed while the journal was offline were refused")
        for (c, console) in consoles.enumerated() {
            for text in refused[c] where !Self.inputs(console).contains(where: { $0.hasSuffix(": note \(text)") }) {
                console.send("note \(text)")
            }
        }
        for console in consoles {
            XCTAssertTrue(console.waitFor(timeout: 30) { _ in Self.has(console, position: 501) }, "\(Self.inputs(console).count) inputs: \(console.lines.suffix(5))")
        }
        let reference = Self.inputs(consoles[0])
        XCTAssertEqual(reference.count, 501, "started and 500 notes, nothing lost")
        for console in consoles.dropFirst() { XCTAssertEqual(Self.inputs(console), reference, "the same order everywhere") }
        for text in texts.flatMap({ $0 }) {
            XCTAssertEqual(reference.filter { $0.hasSuffix(": note \(text)") }.count, 1, "\(text) exactly once")
        }
        for console in consoles { XCTAssertEqual(console.finish(), 0) }

        // The report, read from the shared journal, lists every note once with who wrote it.
        guard let binary = BuiltBinary.path else { return }
        let report = try SpawnedProcess.run(binary, ["drill", "report", "--journal", url, "--format", "json"], environment: environment)
        XCTAssertEqual(report.status, 0, report.stderr)
        let json = try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any]
        let notes = (json?["notes"] as? [[String: Any]]) ?? []
        XCTAssertEqual(notes.count, 500)
        for (c, name) in names.enumerated() {
            for text in texts[c] {
                XCTAssertEqual(notes.filter { $0["text"] as? String == text && $0["author"] as? String == name }.count, 1, text)
            }
        }
        XCTAssertEqual(json?["participants"] as? [String], ["fac", "op1", "scribe1"])
    }
}
