/// The keys each part of an estate file may hold (anything else is reported as unknown).
enum EstateKeys {
    static let root = [
        "name", "snapshotTime", "objectives", "regions", "hubs", "projects", "storageAccounts", "keyVaults",
        "containerRegistries", "appInsights", "aiServices", "connections", "compute", "jobs", "deleted", "readiness",
    ]
    static let objectives = ["zone", "region", "deletion"]
    static let objective = ["rto", "rpo"]
    static let region = [
        "name", "displayName", "geography", "latitude", "longitude", "pair", "zones",
        "keyVaultReplicatesAcrossRegions", "restricted",
    ]
    static let hub = [
        "id", "region", "role", "secondary", "storage", "keyVault", "containerRegistry", "appInsights", "resourceGroup",
        "azureName", "subscription",
    ]
    static let project = ["id", "hub", "critical", "posture", "objectives", "resourceGroup", "azureName", "subscription"]
    static let storage = ["id", "region", "sku", "role", "zone", "secondaryRegion", "lastSyncLag", "resourceGroup",
                          "blobSoftDeleteDays", "containerSoftDeleteDays", "azureName", "subscription"]
    static let keyVault = ["id", "region", "softDeleteRetentionDays", "purgeProtection", "resourceGroup", "azureName",
                           "subscription"]
    static let containerRegistry = ["id", "region", "sku", "replicas", "zoneRedundant", "resourceGroup",
                                    "artifactSoftDeleteDays", "azureName", "subscription"]
    static let appInsights = ["id", "region", "resourceGroup", "azureName", "subscription"]
    static let aiServices = ["id", "region", "kind", "resourceGroup", "azureName", "subscription"]
    static let connection = ["id", "hub", "target", "purpose", "critical"]
    static let compute = ["id", "hub", "type", "zone", "vmSize"]
    static let job = ["id", "project", "compute", "startedAt"]
    static let deleted = ["id", "kind", "region", "deletedAt", "purgeAt", "purgeProtection", "resourceGroup",
                          "softDeleteRetentionDays", "azureName", "subscription"]
    static let readiness = ["quota", "roleAssignments", "networking", "storageAccess"]
}
