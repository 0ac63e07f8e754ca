import DRDomain
import Foundation

/// The resource tags an import reads for what Azure exports cannot say. Tag names are case-insensitive.
public enum ImportTags {
    /// On a hub: `primary` or `secondary`.
    public static let role = "foundry-dr-role"
    /// On a primary hub: the name (or ARM id) of the hub it fails over to.
    public static let secondary = "foundry-dr-secondary"
    /// On a project: `hot/hot`, `hot/warm` or `hot/cold`.
    public static let posture = "foundry-dr-posture"
    /// On a project, or on a connection's target resource: `true` or `false`.
    public static let critical = "foundry-dr-critical"
    /// On a connection's target resource (AI Services account, data storage): what the connection is for;
    /// connections of one hub with the same purpose back each other up.
    public static let purpose = "foundry-dr-purpose"
    /// On a storage account: `hubDefault` or `isolatedData`.
    public static let storageRole = "foundry-dr-storage-role"
    /// On an LRS storage account or a compute: its physical zone (`eastus2-az1`) or logical zone (`1`, mapped
    /// to a physical zone through the subscription's `availabilityZoneMappings`).
    public static let zone = "foundry-dr-zone"
    /// On any hub: the estate's name.
    public static let estate = "foundry-dr-estate"
    /// On any resource: `true` leaves it out of the estate.
    public static let ignore = "foundry-dr-ignore"
    /// `foundry-dr-objective-{zone|region|deletion}-{rto|rpo}`: an ISO 8601 duration. On a project it
    /// overrides that project's objective; on a hub it sets the estate-wide objective.
    public static let objectivePrefix = "foundry-dr-objective-"
    /// `foundry-dr-ready-{quota|role-assignments|networking|storage-access}`: `yes`, `no` or `unknown`, on a
    /// secondary hub, for the readiness of its region.
    public static let readinessPrefix = "foundry-dr-ready-"

    /// The objective tag for a disruption and a measure (`rto` or `rpo`).
    public static func objective(_ disruption: Disruption, _ measure: String) -> String {
        objectivePrefix + disruption.rawValue + "-" + measure
    }

    /// Readiness checks by tag suffix.
    static var readinessChecks: [(suffix: String, keyPath: WritableKeyPath<RegionReadiness, Tristate>)] {
        [
            ("quota", \.quota), ("role-assignments", \.roleAssignments), ("networking", \.networking),
            ("storage-access", \.storageAccess),
        ]
    }

    /// A boolean tag value: true/false, yes/no, 1/0.
    static func bool(_ text: String?) -> Bool? {
        switch text?.lowercased() {
        case "true", "yes", "1": true
        case "false", "no", "0": false
        default: nil
        }
    }

    /// A posture tag value; `hot-hot` and `hothot` are accepted too.
    static func posture(_ text: String?) -> DeploymentPosture? {
        guard let key = text?.lowercased().filter({ $0.isLetter }) else { return nil }
        return DeploymentPosture.allCases.first { $0.rawValue.filter(\.isLetter) == key }
    }
}
