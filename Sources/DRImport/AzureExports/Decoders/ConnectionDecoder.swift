import Foundation

/// Decodes workspace connections when they were exported (REST `workspaces/connections` or `az ml connection
/// list`): the category, the target resource's ARM id (`properties.metadata.ResourceId`, `resource_id`,
/// `ai_services_resource_id`) and the target endpoint URL. Credentials were removed before this runs.
enum ConnectionDecoder {
    static func decode(_ item: ItemReader, into facts: inout ResourceFacts) {
        facts.connectionCategory = item.string([["properties", "category"], ["category"], ["type"]])
            .flatMap { $0.contains("/") ? nil : $0 }
        facts.connectionTargetID = item.string([
            ["properties", "metadata", "ResourceId"], ["properties", "metadata", "resourceId"],
            ["metadata", "ResourceId"], ["metadata", "resource_id"], ["resource_id"], ["ai_services_resource_id"],
            ["azure_openai_resource_id"],
        ])
        facts.connectionTargetURL = item.string([["properties", "target"], ["target"], ["endpoint"]])
    }
}
