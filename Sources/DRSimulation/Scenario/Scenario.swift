import DRDomain
import Foundation

/// A drill scenario as pure data: a master scenario events list (MSEL) of injects at offsets, the recovery
/// objectives it is scored against, and optional stop conditions.
public struct Scenario: Sendable, Hashable {
    /// A short machine name (`zone-outage-eastus2`).
    public var name: String
    public var title: String
    public var summary: String
    /// The estate the scenario is written for, when it names one.
    public var estate: String?
    /// Objectives that override the estate's for this drill (what is not given stays the estate's).
    public var objectives: RecoveryObjectives.Overrides?
    /// How long the drill runs, when given.
    public var duration: TimeInterval?
    /// A fixed delay after a vault's region goes down at which Microsoft starts its failover, to model the seed's
    /// "fails over automatically"; nil (the default) assumes nothing, and the failover is a `keyvault-failover`
    /// inject.
    public var keyVaultFailoverDelay: TimeInterval?
    /// The injects, in order of offset (ties keep the written order).
    public var injects: [ScenarioInject]
    public var stopConditions: [StopCondition]

    public init(
        name: String, title: String = "", summary: String = "", estate: String? = nil,
        objectives: RecoveryObjectives.Overrides? = nil, duration: TimeInterval? = nil, injects: [ScenarioInject] = [],
        stopConditions: [StopCondition] = []
    ) {
        self.name = name
        self.title = title
        self.summary = summary
        self.estate = estate
        self.objectives = objectives
        self.duration = duration
        self.injects = injects
        self.stopConditions = stopConditions
    }

    /// The injects sorted by offset, ties in written order.
    public var orderedInjects: [ScenarioInject] {
        injects.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
    }
}

/// One MSEL line: at an offset, a fault starts or clears, or the players get a message; each may say what the
/// players are expected to do.
public struct ScenarioInject: Sendable, Hashable {
    /// A label for the timeline (`1`, `zone-down`).
    public var id: String
    /// Seconds from the start.
    public var at: TimeInterval
    public var event: ScenarioEvent
    /// The message the players receive, when there is one.
    public var message: String?
    /// Who receives it (`on-call`, `facilitator`).
    public var to: String?
    /// What the players are expected to do, in words.
    public var expect: String?
    /// The expected action in the action grammar, played when a run asks for expected actions.
    public var expectedAction: TimedAction?

    public init(
        id: String, at: TimeInterval, event: ScenarioEvent, message: String? = nil, to: String? = nil,
        expect: String? = nil, expectedAction: TimedAction? = nil
    ) {
        self.id = id
        self.at = at
        self.event = event
        self.message = message
        self.to = to
        self.expect = expect
        self.expectedAction = expectedAction
    }
}

/// What an inject does to the simulation.
public enum ScenarioEvent: Sendable, Hashable {
    /// A fault starts, and clears at `until` (an offset from the start) when given.
    case fault(Fault, until: TimeInterval?)
    /// A fault clears.
    case clear(Fault)
    /// Only a message to the players.
    case message
}

/// When a drill stops before its duration.
public enum StopCondition: Sendable, Hashable {
    /// At this offset.
    case after(TimeInterval)
    /// When every critical project serves again after at least one stopped serving.
    case allCriticalServing
    /// When a resource reaches a state.
    case resourceState(ResourceID, ResourceState)

    /// The condition in words.
    public var summary: String {
        switch self {
        case .after(let t): "after \(ISODuration.format(t))"
        case .allCriticalServing: "every critical project serves again"
        case .resourceState(let id, let state): "\(id) is \(state.rawValue)"
        }
    }
}
