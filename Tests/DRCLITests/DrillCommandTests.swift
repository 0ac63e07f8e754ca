import DRDrill
import DRImport
import DRJournal
import DRSimulation
import Foundation
import XCTest

/// `drill report`, `drill list` and the journal checks, in-process.
final class DrillCommandTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }

    /// A closed journal of a short drill: the region outage with the failover done at T+35m.
    private func journal(_ name: String = "drill.sqlite") throws -> String {
        let path = folder.url.appendingPathComponent(name).path
        let estate = EstateFile.loadSample()
        let yaml = try XCTUnwrap(BuiltInScenarios.yaml(named: "region-outage-eastus2"))
        let scenario = ScenarioFile.parse(yaml, file: "s", estate: estate).scenario
        let setup = DrillSetup.make(
            id: "cli", mode: .drill, estate: estate, scenario: scenario, scenarioYAML: yaml, seed: 0,
            startedAt: Date(timeIntervalSince1970: 1_796_000_000))
        var session = DrillSession(setup: setup, estate: estate, scenario: scenario)
        session.apply(.clock(.advance(to: 2_100)))
        session.apply(.operator(.perform("failover:hub-eus2")))
        session.apply(.note(DrillNote(tag: .todo, text: "runbook for DNS @ops", owner: "ops")))
        session.apply(.clock(.advance(to: 43_200)))
        session.stampWallTimes { _ in setup.startedAt }
        let store = try SQLiteJournalStore(path: path, access: .create)
        try store.append(session.entries)
        return path
    }

    func testReportsInEveryFormat() throws {
        let path = try journal()
        let markdown = CLIRun.run(["drill", "report", "--journal", path])
        XCTAssertEqual(markdown.status, 0, markdown.stderr)
        XCTAssertTrue(markdown.stdout.hasPrefix("# After-action report: East US 2 is down"))
        XCTAssertTrue(markdown.stdout.contains("| 1 | @ops | runbook for DNS @ops |"))
        let html = CLIRun.run(["drill", "report", "--journal", path, "--format", "html"])
        XCTAssertTrue(html.stdout.contains("<svg"))
        let json = CLIRun.run(["drill", "report", "--journal", path, "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        XCTAssertEqual(object?["estate"] as? String, "contoso-ai")
    }

    func testReportToAFileIsWrittenWholeThroughSymlinksAndNeverOverSpecialFiles() throws {
        let path = try journal()
        let out = folder.url.appendingPathComponent("report.html").path
        XCTAssertEqual(CLIRun.run(["drill", "report", "--journal", path, "--format", "html", "-o", out]).status, 0)
        XCTAssertTrue(try String(contentsOfFile: out, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
        let link = folder.url.appendingPathComponent("latest.md").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: out)
        XCTAssertEqual(CLIRun.run(["drill", "report", "--journal", path, "-o", link]).status, 0)
        XCTAssertTrue(try String(contentsOfFile: out, encoding: .utf8).hasPrefix("# After-action report"), "the link's target is written")
        var info = stat()
        XCTAssertEqual(lstat(link, &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFLNK, "the link stays a link")
        let refused = CLIRun.run(["drill", "report", "--journal", path, "-o", folder.url.path])
        XCTAssertEqual(refused.status, 2)
        XCTAssertTrue(refused.stderr.contains("is a directory"), refused.stderr)
        // A device is written in place, never renamed over (the same safe writer as `import -o`).
        XCTAssertEqual(CLIRun.run(["drill", "report", "--journal", path, "-o", "/dev/null"]).status, 0)
        XCTAssertEqual(lstat("/dev/null", &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFCHR, "/dev/null stays a device")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.hasSuffix(".tmp") }
        XCTAssertEqual(leftovers, [])
    }

    func testATruncatedJournalExits2WithAClearMessage() throws {
        let path = try journal()
        let size = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        XCTAssertEqual(truncate(path, off_t(size / 3)), 0)
        for arguments in [["drill", "report", "--journal", path], ["drill", "resume", "--journal", path]] {
            let run = CLIRun.run(arguments)
            XCTAssertEqual(run.status, 2, arguments.joined(separator: " "))
            XCTAssertTrue(run.stderr.contains("\(path): the journal is truncated"), run.stderr)
        }
    }

    func testAForeignOrMissingJournalExits2() throws {
        let text = try folder.write("estate.yaml", "name: x\n")
        let foreign = CLIRun.run(["drill", "report", "--journal", text])
        XCTAssertEqual(foreign.status, 2)
        XCTAssertTrue(foreign.stderr.contains("not a foundry-dr journal"), foreign.stderr)
        let missing = CLIRun.run(["drill", "resume", "--journal", folder.url.appendingPathComponent("none.sqlite").path])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("no such journal"), missing.stderr)
    }

    func testStartRefusesAnExistingJournalAndLeavesNothingWithoutATerminal() throws {
        let path = try journal()
        let existing = CLIRun.run(["drill", "start", "--scenario", "region-outage-eastus2", "--journal", path])
        XCTAssertEqual(existing.status, 2)
        let fresh = folder.url.appendingPathComponent("new.sqlite").path
        let noTerminal = CLIRun.run(["drill", "start", "--scenario", "region-outage-eastus2", "--journal", fresh])
        XCTAssertEqual(noTerminal.status, 2)
        XCTAssertFalse(FileManager.default.fileExists(atPath: fresh), "no journal for a drill that never opened")
    }

    func testListShowsScenarioStateAndScore() throws {
        _ = try journal("a.sqlite")
        try folder.write("broken.sqlite", "not a journal")
        let run = CLIRun.run(["drill", "list", "--folder", folder.url.path])
        XCTAssertEqual(run.status, 0)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines[0].hasPrefix("JOURNAL"))
        let row = try XCTUnwrap(lines.first { $0.hasPrefix("a.sqlite") })
        XCTAssertTrue(row.contains("region-outage-eastus2"))
        XCTAssertTrue(row.contains("finished at T+12:00:00"), row)
        XCTAssertTrue(row.range(of: #"\d+/100"#, options: .regularExpression) != nil, row)
        XCTAssertTrue(lines.contains { $0.hasPrefix("broken.sqlite") && $0.contains("unreadable") })
    }

    func testTheDefaultFolderFollowsXDG() {
        XCTAssertTrue(CLIRun.run(["drill", "list"]).stdout.contains("foundry-dr/drills"))
    }
}
