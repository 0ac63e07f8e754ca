import Foundation

/// The Azure CLI commands remedies recommend. Nothing here runs them: they are shown for the operator to run.
enum AzureCLI {
    static let workspaceType = "Microsoft.MachineLearningServices/workspaces"

    static func enablePurgeProtection(vault: String) -> String {
        "az keyvault update --name \(vault) --enable-purge-protection true"
    }

    static func recoverVault(_ name: String) -> String { "az keyvault recover --name \(name)" }

    static func recoverAIServices(_ name: String, group: String, location: RegionName) -> String {
        "az cognitiveservices account recover --name \(name) --resource-group \(group) --location \(location)"
    }

    static func createReplication(registry: String, location: RegionName) -> String {
        "az acr replication create --registry \(registry) --location \(location)"
    }

    static func upgradeRegistry(_ registry: String) -> String { "az acr update --name \(registry) --sku Premium" }

    static func updateStorageSKU(_ account: String, group: String, sku: StorageRedundancy) -> String {
        "az storage account update --name \(account) --resource-group \(group) --sku \(sku.rawValue)"
    }

    static func lockWorkspace(_ name: String, group: String) -> String {
        "az lock create --name do-not-delete --lock-type CanNotDelete --resource-group \(group) "
            + "--resource-name \(name) --resource-type \(workspaceType)"
    }

    /// Attaches a registry to a hub, looking up the registry's ARM id.
    static func attachRegistry(hub: String, group: String, registry: String) -> String {
        "az ml workspace update --name \(hub) --resource-group \(group) "
            + "--container-registry $(az acr show --name \(registry) --query id --output tsv)"
    }

    static func createAppInsights(_ name: String, group: String, location: RegionName) -> String {
        "az monitor app-insights component create --app \(name) --location \(location) --resource-group \(group)"
    }

    /// Attaches an App Insights component to a hub, looking up the component's ARM id.
    static func attachAppInsights(hub: String, group: String, component: String) -> String {
        "az ml workspace update --name \(hub) --resource-group \(group) --application-insights "
            + "$(az monitor app-insights component show --app \(component) --resource-group \(group) "
            + "--query id --output tsv)"
    }

    static func createAIServices(kind: String, group: String, location: RegionName) -> String {
        "az cognitiveservices account create --name <new-account-name> --resource-group \(group) --kind \(kind) "
            + "--sku S0 --location \(location)"
    }

    static func createStorage(group: String, location: RegionName) -> String {
        "az storage account create --name <new-account-name> --resource-group \(group) --location \(location) "
            + "--sku Standard_GZRS"
    }

    static func createConnection(hub: String, group: String) -> String {
        "az ml connection create --file connection.yml --workspace-name \(hub) --resource-group \(group)"
    }

    static func createKeyVault(_ name: String, group: String, location: RegionName) -> String {
        "az keyvault create --name \(name) --resource-group \(group) --location \(location) "
            + "--enable-purge-protection true"
    }

    static func backupSecret(vault: String) -> String {
        "az keyvault secret backup --vault-name \(vault) --name <secret-name> --file <secret-name>.backup"
    }

    static func restoreSecret() -> String {
        "az keyvault secret restore --vault-name <vault-in-another-region> --file <secret-name>.backup"
    }

    static func storageLastSync(_ account: String, group: String) -> String {
        "az storage account show --name \(account) --resource-group \(group) --expand geoReplicationStats "
            + "--query geoReplicationStats.lastSyncTime"
    }

    static func resubmitJob(hub: String, group: String) -> String {
        "az ml job create --file <job>.yml --workspace-name \(hub) --resource-group \(group)"
    }

    /// Azure Machine Learning compute quota in a region (usages of `Microsoft.MachineLearningServices`), which is
    /// separate from VM quota (`az vm list-usage` shows VM cores, not AML compute).
    static func listUsage(location: RegionName) -> String {
        "az rest --method get --url \"https://management.azure.com/subscriptions/{subscription}/providers/"
            + "Microsoft.MachineLearningServices/locations/\(location)/usages?api-version=2024-04-01\""
    }

    static func listRoleAssignments(hub: String, group: String) -> String {
        "az role assignment list --scope "
            + "$(az ml workspace show --name \(hub) --resource-group \(group) --query id --output tsv) --output table"
    }

    static func listPrivateEndpoints(group: String) -> String {
        "az network private-endpoint list --resource-group \(group) --output table"
    }

    static func listPrivateDNSZones(group: String) -> String {
        "az network private-dns zone list --resource-group \(group) --output table"
    }

    static func showStorageAccess(_ account: String, group: String) -> String {
        "az storage account show --name \(account) --resource-group \(group) "
            + "--query \"{status: statusOfPrimary, publicAccess: publicNetworkAccess, "
            + "defaultAction: networkRuleSet.defaultAction}\""
    }
}
