import Foundation

/// Decodes `az storage account show --expand geoReplicationStats` (flattened) and REST / Resource Graph storage
/// accounts (`properties.*`): the secondary region and the geo-replication Last Sync Time.
enum StorageDecoder {
    static func decode(_ item: ItemReader, into facts: inout ResourceFacts) {
        facts.secondaryLocation = item.string(ItemReader.property("secondaryLocation"))
        if facts.location == nil { facts.location = item.string(ItemReader.property("primaryLocation")) }
        let stats = [["properties", "geoReplicationStats"], ["geoReplicationStats"]]
        facts.lastSyncTime = item.date(stats.map { $0 + ["lastSyncTime"] })
        facts.geoReplicationStatus = item.string(stats.map { $0 + ["status"] })
    }

    /// Decodes `az storage account blob-service-properties show` and REST `blobServices/default`: blob and
    /// container soft delete, each kept only when enabled (`deleteRetentionPolicy`,
    /// `containerDeleteRetentionPolicy`, `{enabled, days}`).
    static func decodeBlobService(_ item: ItemReader, into facts: inout ResourceFacts) {
        func days(_ policy: String) -> Int? {
            let paths = ItemReader.property(policy)
            guard item.bool(paths.map { $0 + ["enabled"] }) == true else { return nil }
            return item.int(paths.map { $0 + ["days"] })
        }
        facts.blobSoftDeleteDays = days("deleteRetentionPolicy")
        facts.containerSoftDeleteDays = days("containerDeleteRetentionPolicy")
    }
}
