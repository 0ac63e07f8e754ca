import Foundation

/// Every check `foundry-dr assess` runs. The raw value is the first part of a finding's id
/// (`registry-not-replicated:acrcontosoai`); ids are a contract that users' scripts rely on.
public enum AssessmentCheck: String, Sendable, Hashable, CaseIterable {
    case noSecondaryHub = "no-secondary-hub"
    case secondaryHubSameRegion = "secondary-hub-same-region"
    case storageNotZoneRedundant = "storage-not-zone-redundant"
    case storageNotGeoRedundant = "storage-not-geo-redundant"
    case defaultStorageNoFailover = "default-storage-no-failover"
    case storageRPOExceeded = "storage-rpo-exceeded"
    case registryNotPremium = "registry-not-premium"
    case registryNotReplicated = "registry-not-replicated"
    case registryNotShared = "registry-not-shared"
    case secondaryHubNoRegistry = "secondary-hub-no-registry"
    case hubNoAppInsights = "hub-no-app-insights"
    case connectionSingleRegion = "connection-single-region"
    case keyVaultNoPurgeProtection = "keyvault-no-purge-protection"
    case keyVaultNoCrossRegion = "keyvault-no-cross-region"
    case keyVaultSharedAwaitsMicrosoft = "keyvault-shared-awaits-microsoft"
    case keyVaultSecondaryInPrimaryRegion = "keyvault-secondary-in-primary-region"
    case readinessQuota = "readiness-quota"
    case readinessRoleAssignments = "readiness-role-assignments"
    case readinessNetworking = "readiness-networking"
    case readinessStorageAccess = "readiness-storage-access"
    case rtoExceeded = "rto-exceeded"
    case deletedPurgeImminent = "deleted-purge-imminent"
    case deletedPurgeSoon = "deleted-purge-soon"
    case deletedGone = "deleted-gone"
    case deletedVaultPurgeable = "deleted-vault-purgeable"
    case hubNotSoftDeletable = "hub-not-soft-deletable"
    case metadataNotRecoverable = "metadata-not-recoverable"
    case jobsNeedResubmission = "jobs-need-resubmission"

    /// The rule every finding of this check cites.
    public var rule: RuleID {
        switch self {
        case .noSecondaryHub, .secondaryHubSameRegion: .r1
        case .storageNotZoneRedundant: .r2
        case .defaultStorageNoFailover, .registryNotPremium, .hubNoAppInsights, .connectionSingleRegion,
            .keyVaultSharedAwaitsMicrosoft, .keyVaultSecondaryInPrimaryRegion: .r3
        case .jobsNeedResubmission: .r4
        case .storageNotGeoRedundant, .storageRPOExceeded, .metadataNotRecoverable: .r5
        case .readinessQuota, .readinessRoleAssignments, .readinessNetworking, .readinessStorageAccess: .r6
        case .registryNotReplicated, .registryNotShared, .secondaryHubNoRegistry: .r7
        case .rtoExceeded: .r8
        case .keyVaultNoPurgeProtection, .deletedPurgeImminent, .deletedPurgeSoon, .deletedGone,
            .deletedVaultPurgeable, .hubNotSoftDeletable:
            .r9
        case .keyVaultNoCrossRegion: .r11
        }
    }

    /// The severities this check can report, most severe first.
    public var severities: [Severity] {
        switch self {
        case .noSecondaryHub, .secondaryHubSameRegion: [.error]
        case .storageNotZoneRedundant, .storageNotGeoRedundant, .storageRPOExceeded, .rtoExceeded: [.error, .warning]
        case .readinessQuota, .readinessRoleAssignments, .readinessNetworking, .readinessStorageAccess:
            [.error, .warning]
        case .defaultStorageNoFailover, .registryNotPremium, .registryNotReplicated, .registryNotShared,
            .secondaryHubNoRegistry, .hubNoAppInsights, .connectionSingleRegion, .keyVaultNoPurgeProtection,
            .keyVaultNoCrossRegion, .keyVaultSharedAwaitsMicrosoft, .keyVaultSecondaryInPrimaryRegion,
            .deletedPurgeImminent:
            [.warning]
        case .deletedPurgeSoon, .deletedGone, .deletedVaultPurgeable, .hubNotSoftDeletable, .metadataNotRecoverable,
            .jobsNeedResubmission:
            [.info]
        }
    }

    /// What the check finds, in one sentence (for documentation and listings).
    public var summary: String {
        switch self {
        case .noSecondaryHub: "A hub with critical projects has no secondary hub to fail over to."
        case .secondaryHubSameRegion: "A hub with critical projects names a secondary hub in its own region."
        case .storageNotZoneRedundant: "Hub storage is LRS in a region with zones: a zone outage takes it down."
        case .storageNotGeoRedundant: "Hub storage has no geo-secondary: a region outage loses its data."
        case .defaultStorageNoFailover:
            "A hub's default storage is geo-redundant, but Azure Machine Learning cannot fail it over."
        case .storageRPOExceeded: "Geo-replication lag of storage exceeds the region RPO of projects using it."
        case .registryNotPremium: "A hub's registry is not Premium, so it cannot geo-replicate."
        case .registryNotReplicated: "A Premium registry has no replica in a secondary hub's region."
        case .registryNotShared: "A primary and its secondary hub use different registries."
        case .secondaryHubNoRegistry: "The primary hub has a registry and its secondary hub has none."
        case .hubNoAppInsights: "A hub has no Application Insights in its own region."
        case .connectionSingleRegion: "Every target of a critical connection purpose of a hub is in one region."
        case .keyVaultNoPurgeProtection: "A Key Vault has purge protection off."
        case .keyVaultNoCrossRegion: "A Key Vault is in a region whose vaults do not replicate across regions."
        case .keyVaultSharedAwaitsMicrosoft:
            "Both hubs of a pair use one Key Vault whose cross-region failover Microsoft decides: the secondary may lack its secrets for hours."
        case .keyVaultSecondaryInPrimaryRegion:
            "A secondary hub's own Key Vault is in its primary's region: in that region's outage it waits for Microsoft's failover."
        case .readinessQuota: "Compute quota in a secondary region is not confirmed."
        case .readinessRoleAssignments: "Role assignments in a secondary region are not confirmed."
        case .readinessNetworking:
            "Networking (virtual networks, private endpoints, DNS) in a secondary region is not confirmed."
        case .readinessStorageAccess: "Storage access from a secondary region is not confirmed."
        case .rtoExceeded: "A project's estimated recovery time exceeds its region RTO."
        case .deletedPurgeImminent: "A soft-deleted resource is purged in less than 24 hours."
        case .deletedPurgeSoon: "A soft-deleted resource is purged in less than 7 days."
        case .deletedGone: "A deleted resource is past its purge date or was never recoverable."
        case .deletedVaultPurgeable: "A soft-deleted Key Vault has purge protection off and can be purged at any time."
        case .hubNotSoftDeletable: "Hubs and projects cannot be soft-deleted: a deleted hub or project is gone."
        case .metadataNotRecoverable: "Service-side metadata of a hub's projects is lost in a regional disaster."
        case .jobsNeedResubmission: "Jobs running on a hub would fail in an outage and need resubmission."
        }
    }

    /// The finding id for a subject (a resource name, or `hub/purpose` for connections).
    public func findingID(_ subject: String) -> String { "\(rawValue):\(subject)" }
}
