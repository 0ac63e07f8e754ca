import Foundation
import SnapshotTesting
import Testing

@Suite("assess")
struct AssessCommandTests {
    @Test("the sample has error findings on purpose, so assess exits 1")
    func sampleExitsOne() {
        let run = CLIRun.run(["assess"])
        #expect(run.status == 1)
        #expect(run.stderr.isEmpty)
    }

    @Test("no arguments opens the console, which without a terminal says so and exits 2")
    func defaultCommand() {
        let run = CLIRun.run([])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("cannot open the console"))
    }

    @Test("the JSON follows the documented contract")
    func jsonContract() throws {
        let run = CLIRun.run(["assess", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["estate", "findings", "summary"])
        #expect(object["estate"] as? String == "contoso-ai")
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(!findings.isEmpty)
        let severities = Set(["error", "warning", "info"])
        for finding in findings {
            #expect(Set(finding.keys) == ["id", "severity", "rule", "resources", "message", "remedy"])
            #expect(severities.contains(finding["severity"] as? String ?? ""))
            #expect((finding["rule"] as? String ?? "").range(of: #"^R([1-9]|1[01])$"#, options: .regularExpression) != nil)
            #expect(!(finding["resources"] as? [String] ?? []).isEmpty)
        }
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(Set(summary.keys) == severities)
        for severity in severities {
            #expect(summary[severity] == findings.filter { $0["severity"] as? String == severity }.count)
        }
    }

    @Test("two runs print the same bytes")
    func deterministic() {
        #expect(CLIRun.run(["assess", "--format", "json"]).stdout == CLIRun.run(["assess", "--format", "json"]).stdout)
    }

    @Test("the sample's assessment is pinned in every format", arguments: ["text", "json", "markdown"])
    func pinned(format: String) {
        let run = CLIRun.run(["assess", "--format", format])
        assertSnapshot(of: run.stdout, as: .lines, named: format)
    }

    @Test("--at moves the clock: a day later the AI Services account is purged")
    func atMovesTheClock() {
        let before = CLIRun.run(["assess", "--format", "json"]).stdout
        let after = CLIRun.run(["assess", "--format", "json", "--at", "2026-11-29T22:00:00Z"]).stdout
        #expect(before != after)
        #expect(after.contains("ais-contoso-speech"))
    }
}
