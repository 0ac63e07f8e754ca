import Foundation

/// Decodes Container Registries (`zoneRedundancy`) and their replicas from `az acr replication list`.
enum RegistryDecoder {
    static func decode(_ item: ItemReader, into facts: inout ResourceFacts) {
        if let zoneRedundancy = item.string(ItemReader.property("zoneRedundancy")) {
            facts.zoneRedundant = zoneRedundancy.lowercased() == "enabled"
        }
        // Artifact soft delete (preview): `policies.softDeletePolicy {retentionDays, status}`.
        let policy = ItemReader.property("policies").map { $0 + ["softDeletePolicy"] }
        if item.string(policy.map { $0 + ["status"] })?.lowercased() == "enabled" {
            facts.artifactSoftDeleteDays = item.int(policy.map { $0 + ["retentionDays"] })
        }
    }
}
