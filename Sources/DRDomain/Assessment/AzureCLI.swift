import Foundation

/// The Azure CLI commands remedies recommend. Nothing here runs them: they are shown for the operator to run.
///
/// Every command names resources through `scope(_:nameFlag:)`: the Azure name (never an estate id made unique
/// by the import), `--resource-group`, and `--subscription` when the estate spans more than one.
public enum AzureCLI {
    static let workspaceType = "Microsoft.MachineLearningServices/workspaces"

    /// The placeholder shown when a resource group is not recorded.
    public static let unknownResourceGroup = "<resource-group>"

    /// `--name N --resource-group G [--subscription S]`, with the name's flag as the command calls it.
    public static func scope(_ target: AzureTarget, nameFlag: String = "--name") -> String {
        "\(nameFlag) \(word(target.name)) " + group(target)
    }

    /// `--resource-group G [--subscription S]` of a target, for commands that name only where to act.
    public static func group(_ target: AzureTarget) -> String {
        let group = target.resourceGroup.flatMap { $0.isEmpty ? nil : $0 }.map(word) ?? unknownResourceGroup
        return "--resource-group \(group)" + subscription(target)
    }

    /// ` --subscription S` when the target names one, else nothing.
    static func subscription(_ target: AzureTarget) -> String {
        target.subscription.map { " --subscription \(word($0))" } ?? ""
    }

    /// A value as one shell word: as it is when it holds only letters, digits, `-`, `_`, `.` and braces,
    /// otherwise in single quotes (parentheses, which Azure names allow, included), so a name taken from an
    /// export can never run something when the command is pasted.
    public static func word(_ value: String) -> String {
        let plain =
            !value.isEmpty
            && value.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                    || "-_.{}".unicodeScalars.contains($0)
            }
        if plain { return value }
        return "'" + value.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    static func enablePurgeProtection(vault: AzureTarget) -> String {
        "az keyvault update \(scope(vault)) --enable-purge-protection true"
    }

    public static func recoverVault(_ vault: AzureTarget) -> String { "az keyvault recover \(scope(vault))" }

    public static func recoverAIServices(_ account: AzureTarget, location: RegionName) -> String {
        "az cognitiveservices account recover \(scope(account)) --location \(location)"
    }

    static func createReplication(registry: AzureTarget, location: RegionName) -> String {
        "az acr replication create \(scope(registry, nameFlag: "--registry")) --location \(location)"
    }

    static func upgradeRegistry(_ registry: AzureTarget) -> String {
        "az acr update \(scope(registry)) --sku Premium"
    }

    static func updateStorageSKU(_ account: AzureTarget, sku: StorageRedundancy) -> String {
        "az storage account update \(scope(account)) --sku \(sku.rawValue)"
    }

    static func lockWorkspace(_ workspace: AzureTarget) -> String {
        "az lock create --name do-not-delete --lock-type CanNotDelete \(group(workspace)) "
            + "--resource-name \(word(workspace.name)) --resource-type \(workspaceType)"
    }

    /// Attaches a registry to a hub, looking up the registry's ARM id.
    static func attachRegistry(hub: AzureTarget, registry: AzureTarget) -> String {
        "az ml workspace update \(scope(hub)) "
            + "--container-registry $(az acr show \(scope(registry)) --query id --output tsv)"
    }

    static func createAppInsights(_ component: AzureTarget, location: RegionName) -> String {
        "az monitor app-insights component create \(scope(component, nameFlag: "--app")) --location \(location)"
    }

    /// Attaches an App Insights component to a hub, looking up the component's ARM id.
    static func attachAppInsights(hub: AzureTarget, component: AzureTarget) -> String {
        "az ml workspace update \(scope(hub)) --application-insights "
            + "$(az monitor app-insights component show \(scope(component, nameFlag: "--app")) "
            + "--query id --output tsv)"
    }

    static func createAIServices(kind: String, beside: AzureTarget, location: RegionName) -> String {
        "az cognitiveservices account create --name <new-account-name> \(group(beside)) --kind \(kind) "
            + "--sku S0 --location \(location)"
    }

    static func createStorage(beside: AzureTarget, location: RegionName) -> String {
        "az storage account create --name <new-account-name> \(group(beside)) --location \(location) "
            + "--sku Standard_GZRS"
    }

    static func createConnection(hub: AzureTarget) -> String {
        "az ml connection create --file connection.yml \(scope(hub, nameFlag: "--workspace-name"))"
    }

    static func createKeyVault(beside: AzureTarget, location: RegionName) -> String {
        "az keyvault create \(scope(beside)) --location \(location) --enable-purge-protection true"
    }

    /// Key Vault data-plane commands name the vault by `--vault-name` and take no resource group.
    static func backupSecret(vault: AzureTarget) -> String {
        "az keyvault secret backup --vault-name \(word(vault.name)) --name <secret-name> --file <secret-name>.backup"
            + subscription(vault)
    }

    static func restoreSecret() -> String {
        "az keyvault secret restore --vault-name <vault-in-another-region> --file <secret-name>.backup"
    }

    static func storageLastSync(_ account: AzureTarget) -> String {
        "az storage account show \(scope(account)) --expand geoReplicationStats "
            + "--query geoReplicationStats.lastSyncTime"
    }

    static func resubmitJob(hub: AzureTarget) -> String {
        "az ml job create --file <job>.yml \(scope(hub, nameFlag: "--workspace-name"))"
    }

    /// Azure Machine Learning compute quota in a region (usages of `Microsoft.MachineLearningServices`), which is
    /// separate from VM quota (`az vm list-usage` shows VM cores, not AML compute).
    static func listUsage(location: RegionName) -> String {
        "az rest --method get --url \"https://management.azure.com/subscriptions/{subscription}/providers/"
            + "Microsoft.MachineLearningServices/locations/\(location)/usages?api-version=2024-04-01\""
    }

    static func listRoleAssignments(hub: AzureTarget) -> String {
        "az role assignment list --scope "
            + "$(az ml workspace show \(scope(hub)) --query id --output tsv) --output table"
    }

    static func listPrivateEndpoints(beside: AzureTarget) -> String {
        "az network private-endpoint list \(group(beside)) --output table"
    }

    static func listPrivateDNSZones(beside: AzureTarget) -> String {
        "az network private-dns zone list \(group(beside)) --output table"
    }

    static func showStorageAccess(_ account: AzureTarget) -> String {
        "az storage account show \(scope(account)) "
            + "--query \"{status: statusOfPrimary, publicAccess: publicNetworkAccess, "
            + "defaultAction: networkRuleSet.defaultAction}\""
    }
}
