import DRDomain
import Foundation

/// One primary hub with one critical project, in any region, for rule cases outside the sample.
enum TinyEstate {
    static func make(
        region: RegionName, storage: StorageRedundancy = .standardZRS, storageZone: ZoneName? = nil,
        registry: ContainerRegistry? = nil, secondaryRegion: RegionName? = nil
    ) -> Estate {
        var hubs = [Hub(id: "hub-a", region: region, role: .primary, secondary: secondaryRegion == nil ? nil : "hub-b",
                        storage: "st-a", keyVault: "kv-a", containerRegistry: registry?.id)]
        var storageAccounts = [StorageAccount(id: "st-a", region: region, redundancy: storage, role: .hubDefault, zone: storageZone)]
        if let secondaryRegion {
            hubs.append(Hub(id: "hub-b", region: secondaryRegion, role: .secondary, storage: "st-b", keyVault: "kv-a"))
            storageAccounts.append(StorageAccount(id: "st-b", region: secondaryRegion, redundancy: .standardZRS, role: .hubDefault))
        }
        return Estate(
            name: "tiny", hubs: hubs,
            projects: [Project(id: "proj-a", hub: "hub-a", critical: true, posture: .hotHot)],
            storageAccounts: storageAccounts,
            keyVaults: [KeyVault(id: "kv-a", region: region, purgeProtection: false)],
            containerRegistries: registry.map { [$0] } ?? [])
    }
}
