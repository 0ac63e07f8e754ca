import Foundation

/// Checks an estate's DR posture against the guidance and returns findings that cite their rules.
///
/// Pure and deterministic: the same estate and time give the same findings in the same order. Times (such as
/// the countdown to a soft-deleted resource's purge) are measured from the estate's snapshot time when it has
/// one, otherwise from `now`.
public struct Assessor: Sendable {
    /// The time used when the estate has no snapshot time.
    public var now: Date
    /// When set, the time measured from whatever the estate's snapshot time says (`assess --at`).
    public var fixedTime: Date?

    /// Creates an assessor; `now` is used only when the estate states no snapshot time.
    public init(now: Date) {
        self.now = now
        self.fixedTime = nil
    }

    /// Creates an assessor that measures from `time`, even when the estate states a snapshot time.
    public init(at time: Date) {
        self.now = time
        self.fixedTime = time
    }

    /// Runs every check on the estate. Findings are sorted by severity, then rule, then id; ids are unique.
    public func assess(_ estate: Estate) -> Assessment {
        let context = AssessmentContext(estate: estate, now: fixedTime ?? estate.referenceTime(fallback: now))
        let groups: [[Finding]] = [
            context.hubFailoverFindings(),
            context.hubDeletionFindings(),
            context.hubOutageNoteFindings(),
            context.storageFindings(),
            context.storageRPOFindings(),
            context.registryFindings(),
            context.appInsightsFindings(),
            context.connectionFindings(),
            context.keyVaultFindings(),
            context.readinessFindings(),
            context.recoveryTimeFindings(),
            context.deletedResourceFindings(),
        ]
        var seen = Set<String>()
        var findings: [Finding] = []
        for finding in groups.joined() where seen.insert(finding.id).inserted {
            findings.append(finding)
        }
        return Assessment(estate: estate.name, findings: findings)
    }
}
