import Foundation

/// Decodes Azure Machine Learning workspaces (Foundry hubs and projects) in both shapes:
/// `az ml workspace show` (snake_case, flattened: `storage_account`, `key_vault`, `container_registry`,
/// `application_insights`, `hub_id` or the older `workspace_hub`, `associated_workspaces`) and REST / Resource
/// Graph (camelCase under `properties`: `storageAccount`, `keyVault`, `hubResourceId`, `associatedWorkspaces`).
/// The `kind` (`Hub`, `hub`, `Project`, `default`) is kept as written and compared case-insensitively later.
enum WorkspaceDecoder {
    static func decode(_ item: ItemReader, into facts: inout ResourceFacts) {
        func reference(_ snake: String, _ camel: String) -> String? {
            item.string([[snake], ["properties", camel], [camel]])
        }
        facts.storageAccount = reference("storage_account", "storageAccount")
        facts.keyVault = reference("key_vault", "keyVault")
        facts.containerRegistry = reference("container_registry", "containerRegistry")
        facts.applicationInsights = reference("application_insights", "applicationInsights")
        facts.hubID = item.string([["hub_id"], ["workspace_hub"], ["properties", "hubResourceId"], ["hubResourceId"]])
        facts.associatedWorkspaces = item.strings(
            [["associated_workspaces"], ["properties", "associatedWorkspaces"], ["associatedWorkspaces"]])
    }
}
