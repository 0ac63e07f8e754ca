import Foundation

/// A state event's detail (`available -> unavailable: ...`) read back: the engine writes it, and what reads the
/// timeline or a journal (the drill's score, the failover pane) reads it through this one parser.
public struct StateChange: Sendable, Hashable {
    public var from: ResourceState
    public var to: ResourceState

    /// The change a `.state` event's detail states, or nil for any other text.
    public init?(_ detail: String) {
        let words = detail.split(separator: " ", maxSplits: 3)
        guard words.count >= 3, words[1] == "->",
              let from = ResourceState(rawValue: String(words[0])),
              let to = ResourceState(rawValue: String(words[2]).trimmingCharacters(in: CharacterSet(charactersIn: ":")))
        else { return nil }
        self.from = from
        self.to = to
    }

    /// Whether a project stops serving here: the moment its recovery time is measured from (as the engine does).
    public var stopsServingProject: Bool { from.servesProject && !to.servesProject }
}

extension ResourceState {
    /// Whether a project in this state counts as serving for its recovery time (as the engine measures it).
    public var servesProject: Bool { self == .available || self == .degraded }
}
