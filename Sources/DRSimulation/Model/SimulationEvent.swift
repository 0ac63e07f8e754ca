import DRDomain
import Foundation

/// What a timeline entry records.
public enum SimulationEventKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// A fault started.
    case inject
    /// A fault ended.
    case clear
    /// A scenario message to the players, with the expected action.
    case message
    /// A resource changed state.
    case state
    /// An operator action was taken.
    case action
    /// An operator action was refused, with the reason.
    case refused
    /// A failover preflight check (R6): pass, fail or unknown, with the reason.
    case preflight
    /// A step of a failover, a failback, an account failover or a recovery finished.
    case step
    /// An operator action finished.
    case outcome
    /// Something the operator must know (metadata lost, data at risk, jobs to resubmit, artifacts to recreate).
    case note
    /// A scenario stop condition was met.
    case stop
}

/// One entry of the simulation timeline (the `events` of the simulate JSON contract).
public struct SimulationEvent: Sendable, Hashable, Codable {
    /// Seconds from the start of the simulation.
    public var at: TimeInterval
    public var kind: SimulationEventKind
    /// What the event is about: a resource id, a fault in the inject grammar, or a scenario inject.
    public var target: String
    public var detail: String
    /// The rule that explains the event, when one does (encoded as null otherwise).
    public var rule: RuleID?

    public init(at: TimeInterval, kind: SimulationEventKind, target: String, detail: String, rule: RuleID?) {
        self.at = at
        self.kind = kind
        self.target = target
        self.detail = detail
        self.rule = rule
    }

    private enum CodingKeys: String, CodingKey { case at, kind, target, detail, rule }

    /// Encodes every key, `rule` as null when there is none, so the contract's keys are always present.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(at, forKey: .at)
        try container.encode(kind, forKey: .kind)
        try container.encode(target, forKey: .target)
        try container.encode(detail, forKey: .detail)
        try container.encode(rule, forKey: .rule)
    }
}
