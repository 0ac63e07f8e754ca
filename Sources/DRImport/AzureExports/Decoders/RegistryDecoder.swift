import Foundation

/// Decodes Container Registries (`zoneRedundancy`) and their replicas from `az acr replication list`.
enum RegistryDecoder {
    static func decode(_ item: ItemReader, into facts: inout ResourceFacts) {
        if let zoneRedundancy = item.string(ItemReader.property("zoneRedundancy")) {
            facts.zoneRedundant = zoneRedundancy.lowercased() == "enabled"
        }
    }
}
