import Foundation

/// One step of a failover, with how long it takes.
public struct FailoverStep: Sendable, Hashable {
    public var title: String
    public var duration: TimeInterval
    /// The rule the step comes from.
    public var rule: RuleID
    /// Whether the step comes after the project serves again, outside the recovery time (hot/warm's noncritical
    /// resources, seed line 90).
    public var afterRecovery: Bool
    /// The readiness check this step remediates or verifies (R6, `networking`), if any: when the step is done,
    /// the check holds in the secondary region.
    public var remediates: String?
    /// Whether this is the decision to fail over (R1): a planning figure counted from the start of the outage,
    /// and taken when the operator starts the failover.
    public var isDecision: Bool

    public init(
        title: String, duration: TimeInterval, rule: RuleID, afterRecovery: Bool = false, remediates: String? = nil,
        isDecision: Bool = false
    ) {
        self.title = title
        self.duration = duration
        self.rule = rule
        self.isDecision = isDecision
        self.afterRecovery = afterRecovery
        self.remediates = remediates
    }
}

/// The steps of a failover by posture (R8), and the recovery time that follows from them.
///
/// Durations are planning figures, not measurements: a hot/hot failover is a configuration switch, hot/warm
/// starts resources already prepared, hot/cold deploys models, deployments and pipelines by hand.
public enum FailoverPlaybook {
    /// The steps for one posture, in order.
    public static func steps(for posture: DeploymentPosture) -> [FailoverStep] {
        let declare = FailoverStep(
            title: "Confirm the outage and decide to fail over", duration: decisionTime, rule: .r1, isDecision: true)
        let preflight = FailoverStep(
            title: "Preflight the secondary: role assignments, networking, quota, storage", duration: 900, rule: .r6)
        let repoint = FailoverStep(
            title: "Re-point configuration, connections and endpoints to the secondary hub", duration: 900,
            rule: .r8)
        switch posture {
        case .hotHot:
            return [declare, FailoverStep(title: "Switch traffic to the secondary (configuration switch)",
                                          duration: 300, rule: .r8), repoint]
        case .hotWarm:
            return [declare, preflight,
                    FailoverStep(title: "Start the critical resources prepared in the secondary", duration: 1_800,
                                 rule: .r8),
                    repoint,
                    FailoverStep(title: "Deploy noncritical resources by hand (after recovery, outside the RTO)",
                                 duration: 3_600, rule: .r8, afterRecovery: true)]
        case .hotCold:
            return [declare, preflight,
                    FailoverStep(title: "Deploy models and model deployments by hand", duration: 7_200, rule: .r8),
                    FailoverStep(title: "Recreate pipelines and artifacts the secondary lacks", duration: 3_600,
                                 rule: .r7),
                    repoint]
        }
    }

    /// Confirming an outage and deciding to fail over (R1), as a planning figure counted from the outage's start.
    public static let decisionTime: TimeInterval = 900

    /// The steps with the decision's time counted from the start of the outage: a project out for `elapsed`
    /// has spent that much of it already (out an hour, nothing is left). The steps are the plan's until the
    /// operator acts; `decidedNow` is what runs then.
    public static func deciding(_ steps: [FailoverStep], outFor elapsed: TimeInterval) -> [FailoverStep] {
        steps.map { step in
            guard step.isDecision else { return step }
            var step = step
            step.duration = max(0, step.duration - max(0, elapsed))
            return step
        }
    }

    /// The steps a failover runs once the operator starts it: the decision is taken at that moment, so it takes
    /// no more time (the time the team took to decide is already in the outage's elapsed time).
    public static func decidedNow(_ steps: [FailoverStep]) -> [FailoverStep] {
        deciding(steps, outFor: .infinity)
    }

    /// Remediating a preflight check that fails in the secondary region (R6), as a planning figure.
    public static let remediation: TimeInterval = 3_600
    /// Verifying a preflight check nobody has confirmed (R6).
    public static let verification: TimeInterval = 900

    /// The posture's steps with preflight steps added after its own preflight step (or after the decision, for
    /// hot/hot, which has none).
    public static func steps(for posture: DeploymentPosture, adding extra: [FailoverStep]) -> [FailoverStep] {
        var steps = steps(for: posture)
        let at = (steps.firstIndex { $0.rule == .r6 } ?? 0) + 1
        steps.insert(contentsOf: extra, at: min(at, steps.count))
        return steps
    }

    /// The steps a secondary region's readiness facts add to any failover into it (R6): remediate what is not in
    /// place, verify what nobody has confirmed or recorded; in the order the failover preflight checks them.
    public static func readinessSteps(_ readiness: RegionReadiness?, region: RegionName) -> [FailoverStep] {
        let facts: [(String, Tristate?)] = [
            ("roleAssignments", readiness?.roleAssignments), ("networking", readiness?.networking),
            ("quota", readiness?.quota), ("storageAccess", readiness?.storageAccess),
        ]
        return facts.compactMap { name, value in
            switch value {
            case .yes: nil
            case .no: FailoverStep(title: "Remediate \(name) in \(region)", duration: remediation, rule: .r6, remediates: name)
            case .unknown, nil:
                FailoverStep(title: "Verify \(name) in \(region)", duration: verification, rule: .r6, remediates: name)
            }
        }
    }

    /// The estimated time to recover a project of this posture after a regional outage of its primary: the
    /// steps until it serves again (hot/cold's secondary already holds the required data, seed line 91, so there
    /// is no data-restore step; hot/warm's noncritical deployment comes after, seed line 90).
    public static func estimatedRecoveryTime(for posture: DeploymentPosture) -> TimeInterval {
        recoveryDuration(of: steps(for: posture))
    }

    /// The time until a project serves again: the steps that are not after recovery.
    public static func recoveryDuration(of steps: [FailoverStep]) -> TimeInterval {
        steps.filter { !$0.afterRecovery }.reduce(0) { $0 + $1.duration }
    }

    /// The estimated time to recover from a zone outage: projects pause until the zone returns (R2); what
    /// an operator can do is bounded by the zone's restoration, planned here as one hour.
    public static let zoneOutagePause: TimeInterval = 3_600
}
