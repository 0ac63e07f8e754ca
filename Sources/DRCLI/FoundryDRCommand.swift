import ArgumentParser
import DRDomain
import DRImport
import Foundation

/// `foundry-dr`: the root command.
public struct FoundryDRCommand: ParsableCommand, ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "foundry-dr",
        abstract: "High availability and disaster recovery console for Azure AI Foundry hub projects.",
        discussion: """
            With no arguments, opens the console on the built-in sample estate `contoso-ai`. Nothing is ever changed in Azure: \
            foundry-dr reads files, simulates, and prints the commands for an operator to run.
            Exit codes: 0 success, 1 findings (assess found errors), 2 bad input or usage.
            """,
        version: "0.1.0",
        subcommands: [
            ConsoleSubcommand.self, AssessCommand.self, SimulateCommand.self, ImportCommand.self, ValidateCommand.self,
            SampleCommand.self, DrillCommand.self,
        ])

    public init() {}

    func execute(in context: CommandContext) -> Int32 {
        // Property wrappers need parsing to get their defaults: parse an empty command line.
        guard let console = try? ConsoleSubcommand.parse([]) else { return ExitStatus.badInput }
        return console.execute(in: context)
    }
}
