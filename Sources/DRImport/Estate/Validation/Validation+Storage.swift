import DRDomain
import Foundation

extension EstateValidator {
    /// Redundancy combinations Azure does not allow (azure-facts section 6, R11).
    func checkStorage() {
        let hubStorage = Dictionary(
            draft.hubs.filter { $0.has("storage") }.map { ($0.value.storage, $0.value.id) },
            uniquingKeysWith: { first, _ in first })
        for entry in draft.storageAccounts {
            let account = entry.value
            let subject = Self.subject(.storage, account.id)
            let sku = account.redundancy
            let region = entry.has("region") ? draft.catalog.region(named: account.region) : nil
            if entry.has("sku"), let region {
                if sku.isGeoRedundant && region.pair == nil && region.pairKnown {
                    report(
                        "'sku' of \(subject): \(sku.rawValue) replicates to the paired region, and \(region.name) "
                            + "has no pair (R11); use LRS or ZRS, or move the account",
                        at: entry.at("sku"))
                }
                if sku.isZoneRedundant && !region.hasZones {
                    report(
                        "'sku' of \(subject): \(sku.rawValue) spreads copies over availability zones, and "
                            + "\(region.name) has none",
                        at: entry.at("sku"))
                }
            }
            if let secondary = account.secondaryRegion, entry.has("secondaryRegion"), entry.has("sku") {
                if !sku.isGeoRedundant {
                    report(
                        "'secondaryRegion' of \(subject): \(sku.rawValue) is not geo-redundant, so there is no "
                            + "secondary region; remove it or use a GRS or GZRS SKU",
                        at: entry.at("secondaryRegion"))
                } else if let region, let pair = region.pair, secondary != pair {
                    report(
                        "'secondaryRegion' of \(subject): geo-redundant storage replicates to the pair of its region; "
                            + "\(region.name) pairs to \(pair), not \(secondary) (pairs are directed, R11)",
                        at: entry.at("secondaryRegion"))
                }
            }
            if entry.has("zone") && entry.has("sku") && sku.isZoneRedundant {
                report(
                    "'zone' of \(subject): \(sku.rawValue) spreads copies across zones; a zone applies only to "
                        + "LRS accounts",
                    at: entry.at("zone"))
            }
            if entry.has("lastSyncLag") && entry.has("sku") && !sku.isGeoRedundant {
                report(
                    "'lastSyncLag' of \(subject): \(sku.rawValue) has no geo-secondary to lag behind",
                    at: entry.at("lastSyncLag"))
            }
            if entry.has("role"), account.role == .isolatedData, let hub = hubStorage[account.id] {
                report(
                    "'role' of \(subject): hub '\(hub)' uses this account as its default storage, so its role is "
                        + "hubDefault, not isolatedData",
                    at: entry.at("role"))
            }
        }
    }
}
