import Foundation

/// What soft delete does for one kind of resource (R9, azure-facts section 4).
public struct SoftDeletePolicy: Sendable, Hashable {
    public var isSupported: Bool
    /// The documented retention window in seconds, when fixed.
    public var fixedWindow: TimeInterval?
    /// Whether the window is only best effort (Storage accounts).
    public var bestEffort: Bool
    /// Shown with the policy: the source and any conflict.
    public var note: String

    /// The retention window, using the configured retention days where the kind has them (Key Vault).
    public func window(retentionDays: Int?) -> TimeInterval? {
        guard isSupported else { return nil }
        if let retentionDays { return TimeInterval(retentionDays) * 86_400 }
        return fixedWindow
    }

    /// The policy for a kind.
    public static func of(_ kind: ResourceKind) -> SoftDeletePolicy {
        switch kind {
        case .keyVault:
            SoftDeletePolicy(
                isSupported: true, fixedWindow: 90 * 86_400, bestEffort: false,
                note: "7-90 days (default 90), set at creation; purge protection blocks purge")
        case .aiServices:
            SoftDeletePolicy(isSupported: true, fixedWindow: 48 * 3_600, bestEffort: false, note: "48 hours")
        case .storage:
            SoftDeletePolicy(
                isSupported: true, fixedWindow: 14 * 86_400, bestEffort: true,
                note: "14 days, best effort: portal Restore or a support request; no az command")
        case .hub, .project:
            SoftDeletePolicy(
                isSupported: false, fixedWindow: nil, bestEffort: false,
                note: "unsupported per the Foundry DR guidance (the newer AML soft-delete doc says 14 days for "
                    + "workspaces; see the service catalog conflict)")
        case .containerRegistry, .appInsights, .connection, .compute, .job:
            SoftDeletePolicy(isSupported: false, fixedWindow: nil, bestEffort: false, note: "no soft delete")
        }
    }
}
