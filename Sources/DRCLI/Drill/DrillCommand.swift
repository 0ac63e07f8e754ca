import ArgumentParser
import DRDrill
import DRJournal
import Foundation

/// `foundry-dr drill`: tabletop drills kept in a journal, resumed after a crash, and reported on.
struct DrillCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drill",
        abstract: "Run a tabletop drill with a journal, resume it, and write its after-action report.",
        discussion: """
            Every inject, state change, operator action, note and clock change is committed to the journal (SQLite, \
            mode 0600) before the console shows it, so `drill resume` continues exactly where a closed or killed \
            console stopped. Journals go to $XDG_DATA_HOME/foundry-dr/drills/ unless --journal says otherwise. \
            See docs/drills.md. Exit codes: 0 success, 2 bad input or usage (a missing, truncated, foreign or busy journal).
            """,
        subcommands: [DrillStart.self, DrillResume.self, DrillJoin.self, DrillReport.self, DrillList.self])
}

/// `foundry-dr drill start --scenario FILE|NAME [--estate FILE] [--journal PATH]`.
struct DrillStart: ParsableCommand, ContextCommand {
    static let configuration = CommandConfiguration(
        commandName: "start", abstract: "Open the console in drill mode with a new journal.")

    @Option(name: .long, help: ArgumentHelp("A scenario file or built-in scenario name.", valueName: "FILE|NAME"))
    var scenario: String

    @Option(name: .long, help: ArgumentHelp("The estate file (default: the built-in sample).", valueName: "FILE"))
    var estate: String?

    @Option(name: .long, help: ArgumentHelp("Where to write the journal (default: a new file in the data folder).", valueName: "PATH"))
    var journal: String?

    @OptionGroup var console: ConsoleDisplayOptions

    init() {}

    func execute(in context: CommandContext) -> Int32 {
        let name = (scenario as NSString).lastPathComponent.replacingOccurrences(of: ".yaml", with: "")
        let path = journal ?? JournalFolder.newJournalPath(name: name, at: context.now, environment: context.environment)
        var arguments = ["--scenario", scenario, "--journal", path, "--journal-access", "create"] + console.arguments
        if let estate { arguments += ["--estate", estate] }
        return ConsoleLaunch.run(arguments, context: context)
    }
}

/// `foundry-dr drill resume --journal PATH`.
struct DrillResume: ParsableCommand, ContextCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume", abstract: "Continue a drill or incident from its journal, exactly where it stopped.")

    @Option(name: .long, help: ArgumentHelp("The journal to continue.", valueName: "PATH"))
    var journal: String

    @OptionGroup var console: ConsoleDisplayOptions

    init() {}

    func execute(in context: CommandContext) -> Int32 {
        ConsoleLaunch.run(["--journal", journal, "--journal-access", "resume"] + console.arguments, context: context)
    }
}

/// The console's display options that drill commands pass on.
struct ConsoleDisplayOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Theme: default, light, high-contrast, colorblind, mono, or a file.", valueName: "NAME"))
    var theme: String?

    @Flag(name: .long, help: "Do not capture the mouse (keeps the terminal's own text selection).")
    var noMouse = false

    init() {}

    var arguments: [String] {
        (theme.map { ["--theme", $0] } ?? []) + (noMouse ? ["--no-mouse"] : [])
    }
}

/// Runs the console subcommand with arguments built by another command.
enum ConsoleLaunch {
    static func run(_ arguments: [String], context: CommandContext) -> Int32 {
        do {
            let command = try ConsoleSubcommand.parse(arguments)
            return command.execute(in: context)
        } catch {
            context.printError(ConsoleSubcommand.message(for: error))
            return ExitStatus.badInput
        }
    }
}
