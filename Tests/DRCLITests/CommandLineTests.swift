import DRImport
import Foundation
import Testing

@Suite("command line: exit codes and usage")
struct CommandLineTests {
    @Test("usage errors exit 2 and say what is wrong", arguments: [
        ["assess", "--format", "yaml"], ["no-such-command"], ["assess", "--bogus"], ["validate"],
        ["sample", "planet"], ["assess", "--at", "yesterday"], ["sample", "estate", "extra"],
    ])
    func usageErrorsExitTwo(arguments: [String]) {
        let run = CLIRun.run(arguments)
        #expect(run.status == 2)
        #expect(!run.stderr.isEmpty)
        #expect(run.stdout.isEmpty)
    }

    @Test("help and version exit 0 on standard output", arguments: [["--help"], ["assess", "--help"], ["--version"], ["help", "validate"]])
    func helpExitsZero(arguments: [String]) {
        let run = CLIRun.run(arguments)
        #expect(run.status == 0)
        #expect(!run.stdout.isEmpty)
        if arguments != ["--version"] { #expect(run.stdout.contains("USAGE: foundry-dr")) }
        #expect(!run.stdout.contains("foundry-dr help [<subcommands>"), "help printed the help command's own usage")
    }

    @Test("the root help lists every command")
    func rootHelp() {
        let run = CLIRun.run(["--help"])
        for command in ["console", "assess", "simulate", "import", "validate", "sample"] {
            #expect(run.stdout.contains("  \(command)"), "root help lacks \(command)")
        }
    }

    @Test("an estate that does not exist is bad input, named in the message")
    func missingEstate() {
        let run = CLIRun.run(["assess", "--estate", "/nonexistent/estate.yaml"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("/nonexistent/estate.yaml"))
    }

    @Test("`sample estate` prints the sample, and the printed file validates")
    func sampleEstateValidates() throws {
        let printed = CLIRun.run(["sample", "estate"])
        #expect(printed.status == 0)
        #expect(printed.stdout.contains("name: contoso-ai"))
        let folder = try TemporaryFolder()
        let path = try folder.write("contoso.yaml", printed.stdout)
        let validated = CLIRun.run(["validate", path])
        #expect(validated.status == 0)
        #expect(validated.stdout.contains("valid estate"))
    }
}
