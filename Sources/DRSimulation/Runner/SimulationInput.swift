import DRDomain
import Foundation

/// A fault with the offsets it starts and (optionally) clears at.
public struct TimedFault: Sendable, Hashable {
    public var fault: Fault
    public var at: TimeInterval
    public var until: TimeInterval?

    public init(fault: Fault, at: TimeInterval = 0, until: TimeInterval? = nil) {
        self.fault = fault
        self.at = at
        self.until = until
    }
}

/// An operator action with the offset it is taken at.
public struct TimedAction: Sendable, Hashable {
    public var action: OperatorAction
    public var at: TimeInterval

    public init(action: OperatorAction, at: TimeInterval = 0) {
        self.action = action
        self.at = at
    }
}

/// Bad inject or action text, with what was wrong and what would be right.
public struct SimulationInputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text as given.
    public var input: String
    public var message: String

    public init(input: String, message: String) {
        self.input = input
        self.message = message
    }

    public var description: String { "'\(input)': \(message)" }
}

/// Parses the inject and action grammar of `foundry-dr simulate` (docs/simulate-format.md):
///
/// ```
/// inject := KIND ":" TARGET [ "@" START [ ".." END ] ]
///   region:REGION | zone:ZONE | service:SERVICE@REGION | delete:ID | connection:ID | readiness:CHECK@REGION
///   | keyvault-failover:VAULT
/// action := VERB ":" ID [ "@" OFFSET ]
///   failover:HUB | failback:HUB | account-failover:STORAGE | recover:ID | resubmit:JOB|PROJECT|HUB
/// ```
///
/// The kinds and verbs are the rows of `FaultKinds` and `ActionKinds`, and each target is checked by its
/// `ArgumentSlot`, the same validators the console's `:` line uses. Offsets are ISO 8601 durations from the
/// start (`PT10M`). A kind with N arguments takes N-1 `@` inside its target and one more before the offset,
/// so the grammar is unambiguous.
public enum SimulationInput {
    /// The inject kind words.
    public static var injectKinds: [String] { FaultKinds.words }
    /// The action verbs.
    public static var actionVerbs: [String] { ActionKinds.verbs }

    /// Parses `KIND:TARGET[@START[..END]]`.
    public static func parseInject(_ text: String, estate: Estate? = nil) throws(SimulationInputError) -> TimedFault {
        let (fault, timing) = try faultAndTiming(text, context: GrammarContext(estate: estate))
        guard let timing else { return TimedFault(fault: fault) }
        let (start, end) = try window(timing, in: text)
        return TimedFault(fault: fault, at: start, until: end)
    }

    /// Parses a fault without an offset (`zone:eastus2-az1`), as scenario files write them.
    public static func parseFault(_ text: String, estate: Estate? = nil) throws(SimulationInputError) -> Fault {
        let (fault, timing) = try faultAndTiming(text, context: GrammarContext(estate: estate))
        guard timing == nil else {
            throw SimulationInputError(input: text, message: "a fault here takes no offset ('@\(timing ?? "")'); use the inject's 'at'")
        }
        return fault
    }

    /// A fault in the `simulate` spelling without an offset, checked against `context` (the console's
    /// `:inject region:eastus2`).
    static func fault(_ text: String, in context: GrammarContext) throws(GrammarError) -> Fault {
        let parsed: (Fault, String?)
        do {
            parsed = try faultAndTiming(text, context: context)
        } catch {
            throw GrammarError(error.message)
        }
        guard parsed.1 == nil else { throw GrammarError("a fault here takes no offset; inject it when it should start") }
        return parsed.0
    }

    private static func faultAndTiming(_ text: String, context: GrammarContext) throws(SimulationInputError) -> (Fault, String?) {
        let (word, rest) = try split(text, words: FaultKinds.words, what: "inject kind")
        guard let kind = FaultKinds.kind(word) else { throw SimulationInputError(input: text, message: "unknown inject kind '\(word)'") }
        var parts = rest.split(separator: "@", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= kind.slots.count, parts.count <= kind.slots.count + 1 else {
            throw SimulationInputError(input: text, message: "expected \(kind.shape)[@OFFSET]")
        }
        let timing = parts.count == kind.slots.count + 1 ? parts.removeLast() : nil
        guard !parts[0].isEmpty else { throw SimulationInputError(input: text, message: "missing target after '\(word):'") }
        do {
            return (try kind.fault(parts, in: context), timing)
        } catch {
            throw SimulationInputError(input: text, message: error.message)
        }
    }

    /// Parses `VERB:ID[@OFFSET]`.
    public static func parseAction(_ text: String, estate: Estate? = nil) throws(SimulationInputError) -> TimedAction {
        let (verb, rest) = try split(text, words: ActionKinds.verbs, what: "action")
        let parts = rest.split(separator: "@", omittingEmptySubsequences: false).map(String.init)
        guard parts.count <= 2, let id = parts.first, !id.isEmpty, let kind = ActionKinds.kind(verb) else {
            throw SimulationInputError(input: text, message: "expected \(verb):ID[@OFFSET]")
        }
        let at = try parts.count == 2 ? offset(parts[1], in: text) : 0
        do {
            return TimedAction(action: try kind.action(id, in: GrammarContext(estate: estate)), at: at)
        } catch {
            throw SimulationInputError(input: text, message: error.message)
        }
    }

    /// Parses an ISO 8601 offset (`PT10M`), or throws with an example.
    public static func offset(_ value: String, in text: String) throws(SimulationInputError) -> TimeInterval {
        guard let seconds = ISODuration.seconds(from: value) else {
            throw SimulationInputError(
                input: text, message: "'\(value)' is not an ISO 8601 duration (for example PT0S, PT10M, PT1H30M, P1D)")
        }
        return seconds
    }

    // MARK: Pieces

    private static func split(_ text: String, words: [String], what: String) throws(SimulationInputError) -> (String, String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let colon = trimmed.firstIndex(of: ":") else {
            throw SimulationInputError(input: text, message: "expected \(what):TARGET; \(what)s are \(words.joined(separator: ", "))")
        }
        let word = trimmed[..<colon].lowercased()
        let rest = String(trimmed[trimmed.index(after: colon)...])
        guard words.contains(word) else {
            throw SimulationInputError(
                input: text, message: "unknown \(what) '\(word)'\(Suggestion.didYouMean(word, in: words)); \(what)s are \(words.joined(separator: ", "))")
        }
        guard !rest.isEmpty else { throw SimulationInputError(input: text, message: "missing target after '\(word):'") }
        return (word, rest)
    }

    private static func window(_ value: String, in text: String) throws(SimulationInputError) -> (TimeInterval, TimeInterval?) {
        guard let range = value.range(of: "..") else { return (try offset(value, in: text), nil) }
        let start = value[..<range.lowerBound].isEmpty ? 0 : try offset(String(value[..<range.lowerBound]), in: text)
        let end = try offset(String(value[range.upperBound...]), in: text)
        guard end > start else {
            throw SimulationInputError(input: text, message: "the end of '\(value)' must come after its start")
        }
        return (start, end)
    }
}
