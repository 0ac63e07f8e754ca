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
}
