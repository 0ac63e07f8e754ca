import DRDomain
import Foundation

/// The words of a command line after its verb: split at whitespace, and the raw rest (for free text).
public struct VerbInput: Sendable, Hashable {
    public var words: [String]
    public var rest: String

    public init(words: [String], rest: String) {
        self.words = words
        self.rest = rest
    }
}

/// One verb of a command table: its name, usage, summary, whether it changes the simulation, what each
/// argument position accepts (for completion), and its parser.
public struct Verb<Output: Sendable>: Sendable {
    public var name: String
    /// Other spellings (`q` for `quit`).
    public var aliases: [String]
    /// The usage without the verb's prompt (`failover HUB`).
    public var usage: String
    public var summary: String
    /// Whether it changes the simulation (refused in read-only mode).
    public var mutates: Bool
    /// More help lines (`:help VERB`), such as the kinds `inject` takes.
    public var details: [String]
    /// What the argument at a position accepts, given the words before it; nil when nothing more is taken.
    public var slot: @Sendable (_ position: Int, _ earlier: [String]) -> ArgumentSlot?
    /// The command from the words after the verb, each argument checked against the context.
    public var parse: @Sendable (VerbInput, GrammarContext) throws(GrammarError) -> Output

    public init(
        name: String, aliases: [String] = [], usage: String, summary: String, mutates: Bool, details: [String] = [],
        slot: @escaping @Sendable (_ position: Int, _ earlier: [String]) -> ArgumentSlot? = { _, _ in nil },
        parse: @escaping @Sendable (VerbInput, GrammarContext) throws(GrammarError) -> Output
    ) {
        self.name = name
        self.aliases = aliases
        self.usage = usage
        self.summary = summary
        self.mutates = mutates
        self.details = details
        self.slot = slot
        self.parse = parse
    }

    /// The same verb yielding another type of command (the console wraps simulation commands in its own).
    public func map<Other: Sendable>(_ transform: @escaping @Sendable (Output) -> Other) -> Verb<Other> {
        let parse = self.parse
        return Verb<Other>(
            name: name, aliases: aliases, usage: usage, summary: summary, mutates: mutates, details: details,
            slot: slot, parse: { input, context throws(GrammarError) in transform(try parse(input, context)) })
    }

    /// Whether a typed word names this verb.
    public func isNamed(_ word: String) -> Bool { name == word || aliases.contains(word) }

    /// The error for a wrong number of arguments: the usage (`CommandTable` adds the prompt).
    public var arityError: GrammarError { GrammarError("expected \(usage)") }
}

/// A table of verbs: parses a whole command line, completes it, and describes each verb for help.
public struct CommandTable<Output: Sendable>: Sendable {
    public var verbs: [Verb<Output>]
    /// What the user types before a command (`:` in the console), for messages.
    public var prompt: String

    public init(verbs: [Verb<Output>], prompt: String = "") {
        self.verbs = verbs
        self.prompt = prompt
    }

    /// The verb a word names (case-insensitive), if any.
    public func verb(named word: String) -> Verb<Output>? {
        let key = word.lowercased()
        return verbs.first { $0.isNamed(key) }
    }

    /// Parses a command line (without the prompt) into its verb and command.
    public func parse(_ line: String, in context: GrammarContext) throws(GrammarError) -> (verb: Verb<Output>, command: Output) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        let words = trimmed.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let first = words.first else { throw GrammarError("type a command; \(prompt)help lists them") }
        guard let verb = verb(named: first) else {
            let hint = Suggestion.closest(to: first.lowercased(), in: verbs.map(\.name))
            throw GrammarError("unknown command '\(first)'\(hint.map { "; did you mean '\($0)'?" } ?? ""); \(prompt)help lists them")
        }
        let rest = trimmed.dropFirst(first.count).trimmingCharacters(in: .whitespaces)
        do {
            return (verb, try verb.parse(VerbInput(words: Array(words.dropFirst()), rest: rest), context))
        } catch where error.message.hasPrefix("expected ") {
            // Parsers say what shape they expected; the console shows it as a usage with its prompt.
            throw GrammarError("usage: \(prompt)" + error.message.dropFirst("expected ".count))
        }
    }

    /// The completions of the last word of `line`, sorted, each the whole completed line.
    public func candidates(for line: String, in context: GrammarContext) -> [String] {
        var words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let endsWithSpace = line.last == " " || line.isEmpty
        let partial = endsWithSpace ? "" : (words.popLast() ?? "")
        let options: [String]
        if let first = words.first {
            let arguments = Array(words.dropFirst())
            var context = context
            context.choices["verb", default: []] = verbs.map(\.name)
            options = verb(named: first)?.slot(arguments.count, arguments)?.candidates(in: context) ?? []
        } else {
            options = verbs.map(\.name)
        }
        let prefix = words.isEmpty ? "" : words.joined(separator: " ") + " "
        return Set(options).filter { $0.lowercased().hasPrefix(partial.lowercased()) }.sorted().map { prefix + $0 }
    }

    /// The line completed as far as every candidate agrees (Tab); a single candidate gets a trailing space.
    public func complete(_ line: String, in context: GrammarContext) -> String {
        let all = candidates(for: line, in: context)
        guard let first = all.first else { return line }
        if all.count == 1 { return first + " " }
        var common = first
        for candidate in all.dropFirst() {
            while !candidate.lowercased().hasPrefix(common.lowercased()) { common.removeLast() }
        }
        return common.count > line.count ? common : line
    }

    /// The help lines of one verb: usage, summary, details.
    public func help(_ verb: Verb<Output>) -> [String] {
        ["\(prompt)\(verb.usage)", "    \(verb.summary)\(verb.mutates ? " (changes the simulation)" : "")"]
            + verb.details.map { "    \($0)" }
    }
}
