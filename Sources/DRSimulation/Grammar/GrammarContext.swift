import DRDomain

/// What a command is checked against: the estate (when there is one), the faults active now, and named word
/// lists the caller supplies (`theme` for the console's theme names).
///
/// Without an estate, names are accepted as written, except regions, which are checked against the built-in
/// catalog, and the closed lists (kinds, services, readiness checks).
public struct GrammarContext: Sendable {
    public var estate: Estate?
    /// The faults active in the simulation, for `clear` and its completion.
    public var activeFaults: [Fault]
    /// Named word lists for `ArgumentSlot.choice`, by name.
    public var choices: [String: [String]]

    public init(estate: Estate? = nil, activeFaults: [Fault] = [], choices: [String: [String]] = [:]) {
        self.estate = estate
        self.activeFaults = activeFaults
        self.choices = choices
    }
}

/// A command or argument that could not be understood: what was wrong and, where it helps, what would be right.
public struct GrammarError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
