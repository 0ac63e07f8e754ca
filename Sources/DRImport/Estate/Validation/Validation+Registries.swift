import DRDomain
import Foundation

extension EstateValidator {
    /// Geo-replication needs Premium, replicas are other regions, zone redundancy needs zones.
    func checkRegistries() {
        for entry in draft.containerRegistries {
            let registry = entry.value
            let subject = Self.subject(.containerRegistry, registry.id)
            if entry.has("sku"), !registry.replicas.isEmpty, registry.sku != .premium {
                report(
                    "'replicas' of \(subject): geo-replication needs the Premium SKU, and this registry is "
                        + "\(registry.sku.rawValue)",
                    at: entry.at("replicas"))
            }
            let places = entry.items["replicas"] ?? []
            var seen: Set<RegionName> = []
            for (offset, replica) in registry.replicas.enumerated() {
                let place = offset < places.count ? places[offset] : entry.at("replicas")
                if entry.has("region") && replica == registry.region {
                    report(
                        "replica of \(subject): \(replica) is the registry's own region; replicas are other regions",
                        at: place)
                } else if !seen.insert(replica).inserted {
                    report("replica of \(subject): \(replica) is listed twice", at: place)
                }
            }
            if registry.zoneRedundant, entry.has("region"), let region = draft.catalog.region(named: registry.region),
                !region.hasZones
            {
                report(
                    "'zoneRedundant' of \(subject): \(region.name) has no availability zones",
                    at: entry.at("zoneRedundant"))
            }
        }
    }

    /// Key Vault soft-delete retention is 7 to 90 days (R9).
    func checkKeyVaults() {
        for entry in draft.keyVaults where entry.has("softDeleteRetentionDays") {
            let days = entry.value.softDeleteRetentionDays
            guard !(7...90).contains(days) else { continue }
            report(
                "'softDeleteRetentionDays' of \(Self.subject(.keyVault, entry.value.id)): \(days) is outside "
                    + "7...90; Key Vault keeps deleted vaults 7 to 90 days (R9)",
                at: entry.at("softDeleteRetentionDays"))
        }
    }
}
