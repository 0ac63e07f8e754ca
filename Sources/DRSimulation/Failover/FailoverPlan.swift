import DRDomain
import Foundation

/// The result of one preflight check (R6).
public enum CheckResult: String, Sendable, Hashable, Codable {
    case pass
    case fail
    case unknown
}

/// One failover preflight check with its result and the reason (R6).
public struct PreflightCheck: Sendable, Hashable {
    /// `secondaryHub`, or a ``ReadinessCheck`` raw value.
    public var name: String
    public var result: CheckResult
    public var reason: String
}

/// How one project of the hub fails over: its posture's steps and the recovery time against the objective.
public struct ProjectFailoverPlan: Sendable, Hashable {
    public var project: ResourceID
    public var posture: DeploymentPosture
    public var critical: Bool
    /// The playbook's steps for the posture (R8), with preflight remediation steps (R6).
    public var steps: [FailoverStep]
    /// Time already out when the failover starts.
    public var elapsed: TimeInterval
    /// Elapsed plus the steps' durations.
    public var estimatedRecoveryTime: TimeInterval
    /// The project's region RTO.
    public var objective: TimeInterval
    /// What the secondary lacks and must be recreated (R7).
    public var artifactsToRecreate: [String]

    /// Whether the estimate meets the objective.
    public var meetsObjective: Bool { estimatedRecoveryTime <= objective }

    /// The time the steps take until the project serves again (steps after recovery left out).
    public var stepsDuration: TimeInterval { FailoverPlaybook.recoveryDuration(of: steps) }
}

/// Data a failover may lose, against the RPO (R5).
public struct DataAtRisk: Sendable, Hashable {
    public var storage: ResourceID
    /// The redundancy short name (`RA-GZRS`).
    public var redundancy: String
    /// The window of writes at risk, or nil when everything since the last backup is (no copy outside the region).
    public var window: TimeInterval?
    /// Whether the window is an assumption (no lastSyncLag known).
    public var assumed: Bool
    public var rpo: TimeInterval
    public var note: String

    /// Whether the window fits in the RPO.
    public var meetsObjective: Bool { window.map { $0 <= rpo } ?? false }
}

/// Everything a failover of one hub involves: preflight, steps per project, what to re-point, jobs to resubmit,
/// what the secondary lacks and what shared resources provide, and data at risk.
public struct FailoverPlan: Sendable, Hashable {
    public var hub: ResourceID
    public var secondaryHub: ResourceID?
    public var secondaryRegion: RegionName?
    public var preflight: [PreflightCheck]
    /// Why the failover cannot start, when it cannot.
    public var blockedReason: String?
    public var projects: [ProjectFailoverPlan]
    /// Configurations, connections and endpoints to re-point.
    public var repoint: [String]
    /// Jobs that must be resubmitted (R4).
    public var jobsToResubmit: [ResourceID]
    /// What shared geo-replicated resources provide to the secondary (R7).
    public var sharedResources: [String]
    public var dataAtRisk: [DataAtRisk]

    /// The longest project recovery, elapsed time included.
    public var estimatedRecoveryTime: TimeInterval { projects.map(\.estimatedRecoveryTime).max() ?? 0 }
}

/// Planning figures for actions other than a hub failover.
public enum ActionDurations {
    /// A storage account failover (customer-managed; typically up to an hour).
    public static let accountFailover: TimeInterval = 3_600
    /// Returning projects to the primary hub: re-pointing configuration, connections and endpoints.
    public static let failback: TimeInterval = 900
    /// A preflight check that failed: remediating it in the secondary region (R6).
    public static let remediation: TimeInterval = FailoverPlaybook.remediation
    /// A preflight check nobody has confirmed: verifying it (R6).
    public static let verification: TimeInterval = FailoverPlaybook.verification
    /// The relative spread of jittered step durations (plus or minus 10 %).
    public static let jitter: Double = 0.1
    /// The geo-replication lag assumed when none is known: typical RPO under 15 minutes (azure-facts section 6).
    public static let assumedSyncLag: TimeInterval = 900

    /// Recovering a soft-deleted resource of a kind (R9), when it can be recovered.
    public static func recovery(of kind: ResourceKind) -> TimeInterval {
        switch kind {
        case .storage: 3_600
        default: 300
        }
    }
}
