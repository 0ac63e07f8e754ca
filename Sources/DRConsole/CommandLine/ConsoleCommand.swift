import DRSimulation
import Foundation

/// A command typed on the console's `:` line, already checked against the estate.
public enum ConsoleCommand: Sendable, Hashable {
    /// A command for the simulation (inject, clear, the operator actions, note).
    case simulation(SimulationCommand)
    /// `:theme NAME`
    case theme(String)
    /// `:help`, or `:help VERB` for one command's entry.
    case help(String?)
    /// `:quit` or `:q`
    case quit
}

/// The console's `:` commands: the simulation's verbs (`SimulationVerbs`, shared with `simulate` and scenario
/// files through the same fault and action tables) and the console's own. To add a command, append a `Verb`
/// to `consoleVerbs` and handle its `ConsoleCommand` in `ConsoleCommands.execute`.
public enum ConsoleVerbs {
    /// Every command, in help order.
    public static let table = CommandTable<ConsoleCommand>(
        verbs: SimulationVerbs.all.map { $0.map(ConsoleCommand.simulation) } + consoleVerbs, prompt: ":")

    /// The console's own verbs, after the simulation's.
    public static let consoleVerbs: [Verb<ConsoleCommand>] = [
        Verb(name: "theme", usage: "theme NAME", summary: "switch the colour theme (a name, or a file path)",
             mutates: false, slot: { position, _ in position == 0 ? .choice("theme") : nil },
             parse: { input, _ throws(GrammarError) in
                 guard input.words.count == 1 else { throw GrammarError("expected theme NAME") }
                 return .theme(input.words[0])
             }),
        Verb(name: "help", aliases: ["h", "?"], usage: "help [COMMAND]", summary: "show keys and commands, or one command",
             mutates: false, slot: { position, _ in position == 0 ? .choice("verb") : nil },
             parse: { input, _ throws(GrammarError) in
                 switch input.words.count {
                 case 0: return .help(nil)
                 // The topic is checked against the whole table when it is shown.
                 case 1: return .help(input.words[0].lowercased())
                 default: throw GrammarError("expected help [COMMAND]")
                 }
             }),
        Verb(name: "quit", aliases: ["q", "exit"], usage: "quit", summary: "leave the console", mutates: false,
             parse: { input, _ throws(GrammarError) in
                 guard input.words.isEmpty else { throw GrammarError("expected quit") }
                 return .quit
             }),
    ]

    /// The words completion and validation use for the console's state.
    static func context(_ state: AppState) -> GrammarContext {
        GrammarContext(estate: state.estate, activeFaults: Array(state.engine.activeFaults.keys),
                       choices: ["theme": state.themeNames])
    }
}
