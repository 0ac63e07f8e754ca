import DRDomain
import Foundation

/// One outage of one project, measured against the project's objectives for that disruption.
public struct ObjectiveResult: Sendable, Hashable, Codable {
    public var project: ResourceID
    public var critical: Bool
    public var disruption: Disruption
    /// When the project stopped serving (drill seconds).
    public var outageAt: TimeInterval
    /// When it served again; nil when it was still out at the end of the drill.
    public var recoveredAt: TimeInterval?
    /// How long it was out (to the end of the drill when it never recovered).
    public var recoveryTime: TimeInterval
    public var rto: TimeInterval
    /// Seconds of writes a failover put at risk: 0 when nothing failed over, nil when unbounded (everything
    /// since the last backup).
    public var dataAtRisk: TimeInterval?
    public var rpo: TimeInterval
    public var recoveryMet: Bool
    public var dataMet: Bool

    /// Both objectives met.
    public var met: Bool { recoveryMet && dataMet }
}

/// Whether the players did what a scenario inject expected of them.
public enum ExpectedStatus: String, Sendable, Hashable, Codable {
    /// Done by its due time.
    case done
    /// Done after its due time.
    case late
    /// Not done by the end of the drill.
    case missed
}

/// One expected action of the scenario and what became of it.
public struct ExpectedResult: Sendable, Hashable, Codable {
    /// The inject that expects it.
    public var inject: String
    /// What the players are expected to do, in words.
    public var expect: String?
    /// The expected action in the action grammar (`failover:hub-eus2`).
    public var action: String
    /// The time it is due by: its offset (or the inject's) plus ``DrillScore/grace``.
    public var due: TimeInterval
    /// When a matching action was taken and not refused.
    public var doneAt: TimeInterval?
    public var status: ExpectedStatus
}
