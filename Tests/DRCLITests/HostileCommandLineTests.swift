import Foundation
import Testing

/// Command lines and files found by fuzzing that once crashed or were wrongly accepted.
@Suite("hostile command lines")
struct HostileCommandLineTests {
    /// The sample estate with a job that names no compute.
    static func computelessJobEstate(in folder: TemporaryFolder) throws -> String {
        let sample = CLIRun.run(["sample", "estate"]).stdout
        let estate = sample.replacingOccurrences(of: "jobs:\n", with: "jobs:\n  - { id: j, project: proj-chat }\n")
        #expect(estate != sample)
        return try folder.write("computeless.yaml", estate)
    }

    @Test("simulate: resubmitting a job with no compute after a region outage runs on its home hub")
    func resubmitJobWithoutCompute() throws {
        let folder = try TemporaryFolder()
        let estate = try Self.computelessJobEstate(in: folder)
        #expect(CLIRun.run(["validate", estate]).status == 0)
        let run = CLIRun.run(["simulate", "--estate", estate, "--inject", "region:eastus2@PT0S..PT1H",
                              "--action", "resubmit:j@PT2H"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("resubmitted in its project proj-chat"))
    }

    /// `text` with the first `old` replaced by `new`, and the 1-based line and column where `new` starts.
    static func replacing(_ old: String, with new: String, in text: String) throws -> (String, Int, Int) {
        let range = try #require(text.range(of: old))
        let before = text[..<range.lowerBound]
        let line = before.filter { $0 == "\n" }.count + 1
        let column = before.count - (before.lastIndex(of: "\n").map { before.distance(from: before.startIndex, to: $0) + 1 } ?? 0) + 1
        return (text.replacingCharacters(in: range, with: new), line, column)
    }

    static let impossibleTimes = ["2026-02-30T09:00:00Z", "2026-11-31T16:20:00+99:99", "2026-11-28T09:00:00+99:99",
                                  "2026-11-28T09:00:00+25:00", "2026-11-28T24:00:00Z", "0000-11-28T09:00:00Z",
                                  "10000-11-28T09:00:00Z"]
    static let impossibleDurations = ["P1DT", "PT.5H", "PT1.H"]

    @Test("estates: an impossible timestamp is exit 2 at its file, line and column", arguments: impossibleTimes)
    func estateTimestamp(value: String) throws {
        let folder = try TemporaryFolder()
        let (text, line, column) = try Self.replacing("2026-11-28T09:00:00Z", with: value, in: CLIRun.run(["sample", "estate"]).stdout)
        let file = try folder.write("e.yaml", text)
        for arguments in [["validate", file], ["assess", "--estate", file], ["simulate", "--estate", file, "--inject", "region:eastus2"]] {
            let run = CLIRun.run(arguments)
            #expect(run.status == 2)
            #expect((run.stdout + run.stderr).contains("\(file):\(line):\(column): 'snapshotTime'"), "\(run.stdout + run.stderr)")
        }
    }

    @Test("estates: an impossible duration is exit 2 at its file, line and column", arguments: impossibleDurations)
    func estateDuration(value: String) throws {
        let folder = try TemporaryFolder()
        let (text, line, column) = try Self.replacing("PT8M", with: value, in: CLIRun.run(["sample", "estate"]).stdout)
        let file = try folder.write("e.yaml", text)
        let run = CLIRun.run(["validate", file])
        #expect(run.status == 2)
        #expect(run.stdout.contains("\(file):\(line):\(column): 'lastSyncLag'"), "\(run.stdout)")
    }

    @Test("scenarios: an impossible offset is exit 2 at its file, line and column", arguments: impossibleDurations)
    func scenarioDuration(value: String) throws {
        let folder = try TemporaryFolder()
        let (text, line, column) = try Self.replacing(
            "at: PT30M", with: "at: \(value)", in: CLIRun.run(["sample", "scenario", "region-outage-eastus2"]).stdout)
        let file = try folder.write("s.yaml", text)
        let run = CLIRun.run(["simulate", "--scenario", file])
        #expect(run.status == 2)
        #expect(run.stderr.contains("\(file):\(line):\(column + 4): 'at'"), "\(run.stderr)")
    }

    @Test("exports: an impossible time is located; --strict refuses it and writes nothing, otherwise it is unknown",
          arguments: impossibleTimes)
    func exportTime(value: String) throws {
        let folder = try TemporaryFolder()
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("DRImportTests/Fixtures/azure/two-region")
        var deleted = ""
        for name in try FileManager.default.contentsOfDirectory(atPath: fixtures.path) where name.hasSuffix(".json") {
            var text = try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
            if name == "keyvault-list-deleted.json" {
                let (changed, line, column) = try Self.replacing("2026-11-10T14:00:00+00:00", with: value, in: text)
                text = changed
                deleted = try folder.write(name, text) + ":\(line):\(column - 1): "
            } else {
                _ = try folder.write(name, text)
            }
        }
        let out = folder.url.appendingPathComponent("estate.yaml").path
        let strict = CLIRun.run(["import", folder.url.path, "-o", out, "--strict", "--at", "2026-11-28T09:00:00Z"])
        #expect(strict.status == 2)
        #expect(strict.stderr.contains(deleted + "$[0].properties.deletionDate"), "\(strict.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
        let lenient = CLIRun.run(["import", folder.url.path, "-o", out, "--at", "2026-11-28T09:00:00Z"])
        #expect(lenient.status == 0)
        #expect(lenient.stderr.contains("warning: " + deleted + "$[0].properties.deletionDate"), "\(lenient.stderr)")
        let written = try String(contentsOfFile: out, encoding: .utf8)
        #expect(written.contains("deletedAt: unknown"))
        #expect(!written.contains("2026-12-01"))
    }

    @Test("--at: an impossible time is exit 2 naming the option and the problem", arguments: impossibleTimes)
    func atOption(value: String) {
        for command in [["assess"], ["import", ".", "-o", "-"]] {
            let run = CLIRun.run(command + ["--at", value])
            #expect(run.status == 2)
            #expect(run.stderr.contains("--at: '\(value)' is not a"), "\(run.stderr)")
        }
        #expect(CLIRun.run(["assess", "--at", "2026-02-30T09:00:00Z"]).stderr
            .contains("--at: '2026-02-30T09:00:00Z' is not a real time: day 30 does not exist in February 2026"))
    }

    @Test("themes: validate reports a duplicate key with its line and column")
    func themeDuplicate() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("t.yaml", "name: twice\nroles:\n  text: { fg: red }\n  text: { fg: blue }\n")
        let run = CLIRun.run(["validate", file])
        #expect(run.status == 2)
        #expect(run.stdout.contains("\(file):4:3: duplicate key 'text'"), "\(run.stdout)")
    }
}
