import DRImport
import Foundation

/// A command typed on the console's `:` line.
public enum ConsoleCommand: Sendable, Hashable {
    /// `:inject region eastus2`
    case injectRegion(String)
    /// `:inject zone eastus2-az1`
    case injectZone(String)
    /// `:inject service Storage eastus2`
    case injectService(service: String, region: String)
    /// `:inject keyvault-failover VAULT`: Microsoft starts the vault's cross-region failover
    case injectKeyVaultFailover(String)
    /// `:delete ID`
    case delete(String)
    /// `:clear ID`, or `:clear` / `:clear all` (nil)
    case clear(String?)
    /// `:failover HUB`
    case failover(String)
    /// `:failback HUB`
    case failback(String)
    /// `:recover ID`
    case recover(String)
    /// `:resubmit JOB`, or `:resubmit all` (nil): jobs that failed in an outage (R4)
    case resubmit(String?)
    /// `:account-failover STORAGE`: a storage account's failover to its geo-secondary
    case accountFailover(String)
    /// `:note TEXT`: a note in the timeline (a decision, an observation, a follow-up)
    case note(String)
    /// `:theme NAME`
    case theme(String)
    /// `:help`
    case help
    /// `:quit` or `:q`
    case quit
}

/// A command line that could not be understood, with the reason and the usage that would have worked.
public struct CommandLineError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// The `:` commands: their words, their usage, and which take a mutating action (refused when read-only).
public enum ConsoleCommandSyntax {
    /// One command's words and usage, for completion and help.
    public struct Entry: Sendable, Hashable {
        public var verb: String
        public var usage: String
        public var summary: String
        /// Whether it changes the simulation (refused in read-only mode).
        public var mutates: Bool
    }

    /// Every command, in help order.
    public static let entries: [Entry] = [
        Entry(verb: "inject", usage: "inject region NAME | zone NAME | service SERVICE REGION | keyvault-failover VAULT",
              summary: "start a simulated outage", mutates: true),
        Entry(verb: "delete", usage: "delete ID", summary: "simulate deleting a resource", mutates: true),
        Entry(verb: "clear", usage: "clear [ID|all]", summary: "clear one fault, or all", mutates: true),
        Entry(verb: "failover", usage: "failover HUB", summary: "fail a hub over to its secondary", mutates: true),
        Entry(verb: "failback", usage: "failback HUB", summary: "fail a hub back to its primary", mutates: true),
        Entry(verb: "recover", usage: "recover ID", summary: "recover a soft-deleted resource", mutates: true),
        Entry(verb: "resubmit", usage: "resubmit JOB|all", summary: "resubmit jobs that failed in the outage (R4)",
              mutates: true),
        Entry(verb: "account-failover", usage: "account-failover STORAGE",
              summary: "fail a storage account over to its geo-secondary (never a hub's default storage)", mutates: true),
        Entry(verb: "note", usage: "note TEXT", summary: "write a note in the timeline (decision, observation, follow-up)",
              mutates: false),
        Entry(verb: "theme", usage: "theme NAME", summary: "switch the colour theme", mutates: false),
        Entry(verb: "help", usage: "help", summary: "show keys and commands", mutates: false),
        Entry(verb: "quit", usage: "quit", summary: "leave the console", mutates: false),
    ]

    /// The inject sub-kinds.
    public static let injectKinds = ["region", "zone", "service", "keyvault-failover"]

    /// Parses a command line (without the leading `:`).
    public static func parse(_ line: String) -> Result<ConsoleCommand, CommandLineError> {
        let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let verb = words.first?.lowercased() else { return .failure(error("type a command; :help lists them")) }
        let args = Array(words.dropFirst())
        func one(_ make: (String) -> ConsoleCommand, usage: String) -> Result<ConsoleCommand, CommandLineError> {
            args.count == 1 ? .success(make(args[0])) : .failure(error("usage: :\(usage)"))
        }
        switch verb {
        case "inject":
            guard let kind = args.first?.lowercased() else { return .failure(error("usage: :\(entries[0].usage)")) }
            switch (kind, args.count) {
            case ("region", 2): return .success(.injectRegion(args[1]))
            case ("zone", 2): return .success(.injectZone(args[1]))
            case ("service", 3): return .success(.injectService(service: args[1], region: args[2]))
            case ("keyvault-failover", 2): return .success(.injectKeyVaultFailover(args[1]))
            default: return .failure(error("usage: :\(entries[0].usage)"))
            }
        case "delete": return one(ConsoleCommand.delete, usage: "delete ID")
        case "clear":
            if args.isEmpty || (args.count == 1 && args[0].lowercased() == "all") { return .success(.clear(nil)) }
            return one({ .clear($0) }, usage: "clear [ID|all]")
        case "failover": return one(ConsoleCommand.failover, usage: "failover HUB")
        case "failback": return one(ConsoleCommand.failback, usage: "failback HUB")
        case "recover": return one(ConsoleCommand.recover, usage: "recover ID")
        case "resubmit":
            if args.count == 1 && args[0].lowercased() == "all" { return .success(.resubmit(nil)) }
            return one({ .resubmit($0) }, usage: "resubmit JOB|all")
        case "account-failover": return one(ConsoleCommand.accountFailover, usage: "account-failover STORAGE")
        case "theme": return one(ConsoleCommand.theme, usage: "theme NAME")
        case "note":
            let text = line.trimmingCharacters(in: .whitespaces).dropFirst(verb.count).trimmingCharacters(in: .whitespaces)
            return text.isEmpty ? .failure(error("usage: :note TEXT")) : .success(.note(text))
        case "help", "h", "?": return args.isEmpty ? .success(.help) : .failure(error("usage: :help"))
        case "quit", "q", "exit": return args.isEmpty ? .success(.quit) : .failure(error("usage: :quit"))
        default:
            let suggestion = Suggestion.closest(to: verb, in: entries.map(\.verb))
            return .failure(error("unknown command '\(verb)'\(suggestion.map { "; did you mean '\($0)'?" } ?? ""); :help lists them"))
        }
    }

    /// Whether a parsed command changes the simulation.
    public static func mutates(_ command: ConsoleCommand) -> Bool {
        switch command {
        case .theme, .help, .quit, .note: false
        default: true
        }
    }

    private static func error(_ message: String) -> CommandLineError { CommandLineError(message: message) }

}
