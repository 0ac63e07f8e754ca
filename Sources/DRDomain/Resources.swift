import Foundation

/// Whether a hub is the one in use or the one to fail over to.
public enum HubRole: String, Sendable, Hashable, CaseIterable, Codable {
    case primary
    case secondary
}

/// How ready the secondary region is for a project (the seed's hot/hot, hot/warm, hot/cold).
public enum DeploymentPosture: String, Sendable, Hashable, CaseIterable, Codable {
    case hotHot = "hot/hot"
    case hotWarm = "hot/warm"
    case hotCold = "hot/cold"
}

/// A Foundry hub: an Azure Machine Learning workspace of kind Hub, with its associated resources.
public struct Hub: Sendable, Hashable, Identifiable {
    public var id: ResourceID
    public var region: RegionName
    public var role: HubRole
    /// For a primary hub, the hub to fail over to.
    public var secondary: ResourceID?
    /// The hub's default storage account (models, training logs, data asset references).
    public var storage: ResourceID
    /// The Key Vault holding credentials for storage and connections.
    public var keyVault: ResourceID
    public var containerRegistry: ResourceID?
    public var appInsights: ResourceID?
    public var resourceGroup: String?
    /// The name Azure knows the resource by, when it differs from `id` (two resources of one name get distinct
    /// ids in the estate); commands use it.
    public var azureName: String?
    /// The subscription the resource is in, when known.
    public var subscription: String?

    public init(
        id: ResourceID, region: RegionName, role: HubRole, secondary: ResourceID? = nil, storage: ResourceID,
        keyVault: ResourceID, containerRegistry: ResourceID? = nil, appInsights: ResourceID? = nil,
        resourceGroup: String? = nil,
        azureName: String? = nil, subscription: String? = nil
    ) {
        self.id = id
        self.region = region
        self.role = role
        self.secondary = secondary
        self.storage = storage
        self.keyVault = keyVault
        self.containerRegistry = containerRegistry
        self.appInsights = appInsights
        self.resourceGroup = resourceGroup
        self.azureName = azureName
        self.subscription = subscription
    }
}

/// A Foundry project on a hub (a workspace of kind Project).
public struct Project: Sendable, Hashable, Identifiable {
    public var id: ResourceID
    public var hub: ResourceID
    public var critical: Bool
    public var posture: DeploymentPosture
    /// Objectives that override the estate's for this project.
    public var objectives: RecoveryObjectives.Overrides
    public var resourceGroup: String?
    /// The name Azure knows the resource by, when it differs from `id` (two resources of one name get distinct
    /// ids in the estate); commands use it.
    public var azureName: String?
    /// The subscription the resource is in, when known.
    public var subscription: String?

    public init(
        id: ResourceID, hub: ResourceID, critical: Bool, posture: DeploymentPosture,
        objectives: RecoveryObjectives.Overrides = .init(), resourceGroup: String? = nil,
        azureName: String? = nil, subscription: String? = nil
    ) {
        self.id = id
        self.hub = hub
        self.critical = critical
        self.posture = posture
        self.objectives = objectives
        self.resourceGroup = resourceGroup
        self.azureName = azureName
        self.subscription = subscription
    }
}

/// What a storage account is for.
public enum StorageRole: String, Sendable, Hashable, CaseIterable, Codable {
    /// A hub's default storage: Azure Machine Learning cannot fail it over.
    case hubDefault
    /// Isolated data storage reached through a connection (the seed's "Isolated storage").
    case isolatedData
}

/// An Azure Storage account.
public struct StorageAccount: Sendable, Hashable, Identifiable {
    public var id: ResourceID
    public var region: RegionName
    public var redundancy: StorageRedundancy
    public var role: StorageRole
    /// The physical zone an LRS account's datacenter is in, when known.
    public var zone: ZoneName?
    /// The geo-secondary region when stated (must be the pair of `region`).
    public var secondaryRegion: RegionName?
    /// How far the geo-secondary lags (now minus Last Sync Time), when known.
    public var lastSyncLag: TimeInterval?
    public var resourceGroup: String?
    /// The name Azure knows the resource by, when it differs from `id` (two resources of one name get distinct
    /// ids in the estate); commands use it.
    public var azureName: String?
    /// The subscription the resource is in, when known.
    public var subscription: String?
    /// Blob soft delete (`deleteRetentionPolicy`): days a deleted blob is kept, when the exports say it is on.
    public var blobSoftDeleteDays: Int?
    /// Container soft delete (`containerDeleteRetentionPolicy`): days, when the exports say it is on.
    public var containerSoftDeleteDays: Int?

    public init(
        id: ResourceID, region: RegionName, redundancy: StorageRedundancy, role: StorageRole, zone: ZoneName? = nil,
        secondaryRegion: RegionName? = nil, lastSyncLag: TimeInterval? = nil, resourceGroup: String? = nil,
        azureName: String? = nil, subscription: String? = nil
    ) {
        self.id = id
        self.region = region
        self.redundancy = redundancy
        self.role = role
        self.zone = zone
        self.secondaryRegion = secondaryRegion
        self.lastSyncLag = lastSyncLag
        self.resourceGroup = resourceGroup
        self.azureName = azureName
        self.subscription = subscription
    }
}

/// An Azure Key Vault.
public struct KeyVault: Sendable, Hashable, Identifiable {
    public var id: ResourceID
    public var region: RegionName
    /// Soft-delete retention, 7 to 90 days (default 90).
    public var softDeleteRetentionDays: Int
    public var purgeProtection: Bool
    public var resourceGroup: String?
    /// The name Azure knows the resource by, when it differs from `id` (two resources of one name get distinct
    /// ids in the estate); commands use it.
    public var azureName: String?
    /// The subscription the resource is in, when known.
    public var subscription: String?

    public init(
        id: ResourceID, region: RegionName, softDeleteRetentionDays: Int = 90, purgeProtection: Bool,
        resourceGroup: String? = nil,
        azureName: String? = nil, subscription: String? = nil
    ) {
        self.id = id
        self.region = region
        self.softDeleteRetentionDays = softDeleteRetentionDays
        self.purgeProtection = purgeProtection
        self.resourceGroup = resourceGroup
        self.azureName = azureName
        self.subscription = subscription
    }
}

/// A Container Registry tier; geo-replication needs Premium.
public enum RegistrySKU: String, Sendable, Hashable, CaseIterable, Codable {
    case basic = "Basic"
    case standard = "Standard"
    case premium = "Premium"
}

/// An Azure Container Registry with its geo-replicas.
public struct ContainerRegistry: Sendable, Hashable, Identifiable {
    public var id: ResourceID
    public var region: RegionName
    public var sku: RegistrySKU
    /// Regions holding a replica (the home region is implied).
    public var replicas: [RegionName]
    public var zoneRedundant: Bool
    public var resourceGroup: String?
    /// The name Azure knows the resource by, when it differs from `id` (two resources of one name get distinct
    /// ids in the estate); commands use it.
    public var azureName: String?
    /// The subscription the resource is in, when known.
    public var subscription: String?
    /// Artifact soft delete (preview; `policies.softDeletePolicy`): days a deleted artifact is kept, when the
    /// exports say it is on. It covers artifacts only, not the registry, and not geo-replicated registries.
    public var artifactSoftDeleteDays: Int?

    public init(
        id: ResourceID, region: RegionName, sku: RegistrySKU, replicas: [RegionName] = [], zoneRedundant: Bool = false,
        resourceGroup: String? = nil,
        azureName: String? = nil, subscription: String? = nil
    ) {
        self.id = id
        self.region = region
        self.sku = sku
        self.replicas = replicas
        self.zoneRedundant = zoneRedundant
        self.resourceGroup = resourceGroup
        self.azureName = azureName
        self.subscription = subscription
    }
}

/// An Application Insights component (one per region).
public struct AppInsights: Sendable, Hashable, Identifiable {
    public var id: ResourceID
    public var region: RegionName
    public var resourceGroup: String?
    /// The name Azure knows the resource by, when it differs from `id` (two resources of one name get distinct
    /// ids in the estate); commands use it.
    public var azureName: String?
    /// The subscription the resource is in, when known.
    public var subscription: String?

    public init(id: ResourceID, region: RegionName, resourceGroup: String? = nil,
        azureName: String? = nil, subscription: String? = nil
    ) {
        self.id = id
        self.region = region
        self.resourceGroup = resourceGroup
        self.azureName = azureName
        self.subscription = subscription
    }
}

/// An AI Services (Foundry Tools) or Azure OpenAI account that hubs connect to.
public struct AIServicesAccount: Sendable, Hashable, Identifiable {
    public var id: ResourceID
    public var region: RegionName
    /// The account kind, such as `AIServices` or `OpenAI`.
    public var accountKind: String
    public var resourceGroup: String?
    /// The name Azure knows the resource by, when it differs from `id` (two resources of one name get distinct
    /// ids in the estate); commands use it.
    public var azureName: String?
    /// The subscription the resource is in, when known.
    public var subscription: String?

    public init(id: ResourceID, region: RegionName, accountKind: String = "AIServices", resourceGroup: String? = nil,
        azureName: String? = nil, subscription: String? = nil
    ) {
        self.id = id
        self.region = region
        self.accountKind = accountKind
        self.resourceGroup = resourceGroup
        self.azureName = azureName
        self.subscription = subscription
    }
}

/// A hub connection to a resource in some region (an AI Services account or an isolated data store).
public struct Connection: Sendable, Hashable, Identifiable {
    public var id: ResourceID
    public var hub: ResourceID
    public var target: ResourceID
    /// What the connection is for; connections of one hub with the same purpose back each other up.
    public var purpose: String
    public var critical: Bool

    public init(id: ResourceID, hub: ResourceID, target: ResourceID, purpose: String, critical: Bool) {
        self.id = id
        self.hub = hub
        self.target = target
        self.purpose = purpose
        self.critical = critical
    }
}

/// Compute instance or cluster.
public enum ComputeType: String, Sendable, Hashable, CaseIterable, Codable {
    case instance
    case cluster
}

/// Compute on a hub: Microsoft-managed, not highly available; in the hub's region.
public struct Compute: Sendable, Hashable, Identifiable {
    public var id: ResourceID
    public var hub: ResourceID
    public var type: ComputeType
    /// The physical zone the compute runs in, when known.
    public var zone: ZoneName?
    public var vmSize: String?

    public init(id: ResourceID, hub: ResourceID, type: ComputeType, zone: ZoneName? = nil, vmSize: String? = nil) {
        self.id = id
        self.hub = hub
        self.type = type
        self.zone = zone
        self.vmSize = vmSize
    }
}

/// A job running in a project on some compute.
public struct Job: Sendable, Hashable, Identifiable {
    public var id: ResourceID
    public var project: ResourceID
    public var compute: ResourceID?
    public var startedAt: Date?

    public init(id: ResourceID, project: ResourceID, compute: ResourceID? = nil, startedAt: Date? = nil) {
        self.id = id
        self.project = project
        self.compute = compute
        self.startedAt = startedAt
    }
}

/// What operators know of a secondary region's readiness for failover (R6).
public struct RegionReadiness: Sendable, Hashable {
    public var region: RegionName
    public var quota: Tristate
    public var roleAssignments: Tristate
    public var networking: Tristate
    public var storageAccess: Tristate

    public init(
        region: RegionName, quota: Tristate = .unknown, roleAssignments: Tristate = .unknown,
        networking: Tristate = .unknown, storageAccess: Tristate = .unknown
    ) {
        self.region = region
        self.quota = quota
        self.roleAssignments = roleAssignments
        self.networking = networking
        self.storageAccess = storageAccess
    }

    /// The facts by check name, in a fixed order.
    public var checks: [(name: String, value: Tristate)] {
        [("quota", quota), ("roleAssignments", roleAssignments), ("networking", networking),
         ("storageAccess", storageAccess)]
    }
}
