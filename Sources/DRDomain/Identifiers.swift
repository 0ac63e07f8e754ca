import Foundation

/// The name of a resource in an estate (a hub, a project, a storage account, ...). Unique across the estate.
public typealias ResourceID = String

/// A region's programmatic name, such as `eastus2`.
public typealias RegionName = String

/// A physical availability zone, such as `eastus2-az1`.
public typealias ZoneName = String

/// Every kind of thing an estate holds. The raw values are the `kind` strings of the JSON contracts.
public enum ResourceKind: String, Sendable, Hashable, CaseIterable, Codable {
    case hub
    case project
    case storage
    case keyVault
    case containerRegistry
    case appInsights
    case aiServices
    case connection
    case compute
    case job

    /// How sentences name the kind: `storage account`, `key vault`.
    public var noun: String {
        switch self {
        case .hub: "hub"
        case .project: "project"
        case .storage: "storage account"
        case .keyVault: "key vault"
        case .containerRegistry: "container registry"
        case .appInsights: "Application Insights component"
        case .aiServices: "AI Services account"
        case .connection: "connection"
        case .compute: "compute"
        case .job: "job"
        }
    }
}

/// A yes / no / unknown fact, as operators report readiness of a secondary region.
public enum Tristate: String, Sendable, Hashable, CaseIterable, Codable {
    case yes
    case no
    case unknown
}
