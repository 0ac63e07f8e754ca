/// A participant's part in a team drill. The server refuses what a role may not write (a trigger on the journal
/// table); the console refuses it first, with the same words.
public enum TeamRole: String, Sendable, CaseIterable, Hashable {
    /// Runs the drill: the clock and the injects, and everything an operator does.
    case facilitator
    /// Acts on the simulation (failovers, faults) and writes notes.
    case `operator`
    /// Writes notes.
    case scribe
    /// Reads only.
    case observer

    /// The role with its article, for messages (`an operator`).
    public var withArticle: String {
        (self == .operator || self == .observer ? "an " : "a ") + rawValue
    }

    /// Why this role may not write an entry of `kind`, or nil when it may.
    public func refusal(kind: String) -> String? {
        switch (self, kind) {
        case (.observer, _): "observers cannot write to the journal"
        case (.facilitator, _): nil
        case (_, "clock"), (_, "inject-control"), (_, "started"): "only facilitators control the clock and injects"
        case (.scribe, "operator"): "only operators and facilitators act on the simulation"
        default: nil
        }
    }
}

/// One console on a team drill.
public struct TeamParticipant: Sendable, Hashable {
    public var name: String
    public var role: TeamRole

    public init(name: String, role: TeamRole) {
        self.name = name
        self.role = role
    }
}
