import ArgumentParser
import DRImport
import Foundation

/// `foundry-dr sample`: print the built-in sample files.
struct SampleCommand: ParsableCommand, ContextCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Print a built-in sample: `sample estate`, `sample scenario` (list), `sample scenario NAME`.")

    /// What to print.
    enum Kind: String, CaseIterable, ExpressibleByArgument {
        case estate
        case scenario
    }

    @Argument(help: "What to print: estate or scenario.")
    var kind: Kind

    @Argument(help: "The scenario's name (list them with `sample scenario`).")
    var name: String?

    init() {}

    func validate() throws {
        if kind == .estate, let name {
            throw ValidationError("`sample estate` takes no name (got '\(name)')")
        }
    }

    func execute(in context: CommandContext) -> Int32 {
        switch kind {
        case .estate:
            context.print(SampleEstate.yaml)
            return ExitStatus.success
        case .scenario:
            return SampleScenarios.print(name: name, in: context)
        }
    }
}
