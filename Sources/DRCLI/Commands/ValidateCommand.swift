import ArgumentParser
import DRDomain
import DRImport
import Foundation

/// `foundry-dr validate FILE`: check an estate, scenario or theme file and report every error with its location.
struct ValidateCommand: ParsableCommand, ContextCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check an estate, scenario or theme file; report every error as file:line:column: message.",
        discussion: """
            The kind of file is recognised by its content unless --kind says. A scenario's targets are checked \
            against --estate when given. Exit 0 valid, 2 invalid.
            """)

    @Argument(help: ArgumentHelp("The file to check.", valueName: "FILE"))
    var file: String

    @Option(name: .long, help: "The kind of file: estate, scenario or theme (default: recognised by content).")
    var kind: ValidatedFileKind?

    @Option(name: .long, help: ArgumentHelp("For a scenario: the estate its targets must exist in.", valueName: "FILE"))
    var estate: String?

    init() {}

    func execute(in context: CommandContext) -> Int32 {
        let kind = self.kind ?? ValidatedFileKind.sniff(path: file)
        var target: Estate?
        if let estate {
            guard let loaded = EstateSource.load(path: estate, context: context) else { return ExitStatus.badInput }
            target = loaded
        }
        let outcome = kind.validate(path: file, estate: target)
        for diagnostic in outcome.diagnostics { context.print(diagnostic.description) }
        if outcome.diagnostics.isEmpty {
            context.print("\(file): valid \(kind.rawValue)\(outcome.summary.map { ": \($0)" } ?? "")")
            return ExitStatus.success
        }
        let count = outcome.diagnostics.count
        context.print("\(file): \(count) error\(count == 1 ? "" : "s")")
        return ExitStatus.badInput
    }
}
