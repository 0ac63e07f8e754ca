import Foundation
import Testing

@Suite("import")
struct ImportCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("DRImportTests/Fixtures/azure/two-region").path

    @Test("a folder of two-region exports becomes an estate that validates, assesses and simulates")
    func endToEnd() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("estate.yaml").path
        let imported = CLIRun.run(["import", Self.fixtures, "-o", output, "--at", "2026-11-28T09:00:00Z"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("Secrets dropped"))
        let yaml = try String(contentsOfFile: output, encoding: .utf8)
        for secret in ["AccountKey=", "SharedAccessSignature", "InstrumentationKey", "sig=", "-----BEGIN"] {
            #expect(!yaml.contains(secret), "the estate contains \(secret)")
        }
        #expect(CLIRun.run(["validate", output]).status == 0)
        let assessed = CLIRun.run(["assess", "--estate", output, "--format", "json"])
        #expect(assessed.status == 1 || assessed.status == 0)
        #expect(assessed.stdout.contains("\"findings\""))
        let simulated = CLIRun.run(["simulate", "--estate", output, "--inject", "region:eastus2", "--format", "json"])
        #expect(simulated.status == 0, "\(simulated.stderr)")
    }

    @Test("bad exports write nothing and name the file and position")
    func badInputWritesNothing() throws {
        let folder = try TemporaryFolder()
        let broken = try folder.write("truncated.json", "[{\"id\": \"/subscriptions/x\", \"type\": ")
        let output = folder.url.appendingPathComponent("estate.yaml").path
        let run = CLIRun.run(["import", broken, "-o", output])
        #expect(run.status == 2)
        #expect(run.stderr.contains("truncated.json:1:"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test("an existing estate is never replaced by a partial one")
    func keepsExistingOnFailure() throws {
        let folder = try TemporaryFolder()
        let output = try folder.write("estate.yaml", "name: keep-me\n")
        let junk = try folder.write("junk.json", "not json at all")
        #expect(CLIRun.run(["import", junk, "-o", output]).status == 2)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "name: keep-me\n")
    }

    static let restExamples = URL(fileURLWithPath: fixtures).deletingLastPathComponent()
        .appendingPathComponent("rest-examples").path

    @Test("Microsoft's REST examples import with warnings (exit 0); --strict refuses them (exit 2)")
    func warningsAndStrict() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("estate.yaml").path
        let run = CLIRun.run(["import", Self.restExamples, "-o", output, "--at", "2026-11-28T09:00:00Z"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.split(separator: "\n").filter { $0.hasPrefix("warning: ") }.count == 4)
        #expect(run.stderr.contains("foundry-dr: 4 warnings: records corrected or left out"))
        #expect(CLIRun.run(["validate", output]).status == 0)
        let strictOutput = folder.url.appendingPathComponent("strict.yaml").path
        let strict = CLIRun.run(["import", Self.restExamples, "-o", strictOutput, "--strict"])
        #expect(strict.status == 2)
        #expect(!FileManager.default.fileExists(atPath: strictOutput))
    }

    @Test("-o through a symbolic link writes its target and keeps the link")
    func outputThroughSymlink() throws {
        let folder = try TemporaryFolder()
        let target = try folder.write("real.yaml", "name: old\n")
        let link = folder.url.appendingPathComponent("estate.yaml").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let run = CLIRun.run(["import", Self.fixtures, "-o", link, "--at", "2026-11-28T09:00:00Z"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link)) == target)
        #expect(try String(contentsOfFile: target, encoding: .utf8).contains("hubs:"))
    }

    @Test("-o onto a FIFO nobody reads exits 2 and leaves the FIFO in place")
    func outputOntoIdleFifo() throws {
        let folder = try TemporaryFolder()
        let fifo = folder.url.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let run = CLIRun.run(["import", Self.fixtures, "-o", fifo, "--at", "2026-11-28T09:00:00Z"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("nobody is reading"))
        let attributes = try FileManager.default.attributesOfItem(atPath: fifo)
        #expect(attributes[.type] as? FileAttributeType != .typeRegular)
    }

    @Test("usage: paths and -o are required", arguments: [["import"], ["import", "x.json"], ["import", "-o", "out.yaml"]])
    func usage(arguments: [String]) {
        #expect(CLIRun.run(arguments).status == 2)
    }
}
