import DRDomain
import Foundation

/// Something the operator does in a simulation.
public enum OperatorAction: Sendable, Hashable, CustomStringConvertible {
    /// Fail a primary hub over to its secondary hub (R1, R6, R7, R8).
    case failover(hub: ResourceID)
    /// Return a failed-over hub's projects to the primary hub.
    case failback(hub: ResourceID)
    /// Fail a geo-redundant storage account over to its secondary region (refused for a hub's default storage).
    case accountFailover(storage: ResourceID)
    /// Recover a soft-deleted resource within its window (R9).
    case recover(resource: ResourceID)
    /// Resubmit the jobs that must be resubmitted (R4): one job, or every such job of a project or a hub.
    case resubmit(target: ResourceID)

    /// The action grammar's verb: `failover`, `failback`, `account-failover`, `recover`, `resubmit`.
    public var verb: String {
        switch self {
        case .failover: "failover"
        case .failback: "failback"
        case .accountFailover: "account-failover"
        case .recover: "recover"
        case .resubmit: "resubmit"
        }
    }

    /// The resource the action is about.
    public var target: ResourceID {
        switch self {
        case .failover(let id), .failback(let id), .accountFailover(let id), .recover(let id), .resubmit(let id): id
        }
    }

    /// The action in the grammar, without an offset (`failover:hub-eus2`).
    public var description: String { "\(verb):\(target)" }

    /// The rule the action mainly follows.
    public var rule: RuleID {
        switch self {
        case .failover, .failback: .r1
        case .accountFailover: .r3
        case .recover: .r9
        case .resubmit: .r4
        }
    }
}
