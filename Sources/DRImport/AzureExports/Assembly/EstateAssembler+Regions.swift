import DRDomain
import Foundation

extension EstateAssembler {
    /// Applies `az account list-locations` to the region catalog: display names, geography, coordinates
    /// (strings in the export), the first directed pair, and physical zones from `availabilityZoneMappings`.
    /// Logical regions (geographies, null coordinates) are skipped. Absent members keep the built-in values;
    /// an empty zone mapping means no zones, as the operator's own export says (azure-facts section 8).
    func assembleRegions() {
        zoneMappings = inventory.zoneMappings
        var logical = 0
        var overrides: [Region] = []
        for facts in inventory.locations.values.sorted(by: { $0.name < $1.name }) {
            guard facts.isPhysical else {
                logical += 1
                continue
            }
            let base = catalog.region(named: facts.name)
            if let pairs = facts.pairs, pairs.count > 1 {
                note(
                    "\(facts.name): list-locations names \(pairs.count) paired regions; the first, \(pairs[0]), is used"
                )
            }
            let pair: RegionName? = facts.pairs.map { $0.first } ?? base?.pair
            let zones = facts.zoneMappings.map { Array(Set($0.map(\.physical))).sorted() } ?? base?.zones ?? []
            let keyVault = base.flatMap { $0.pair == pair ? $0.keyVaultReplicatesAcrossRegions : nil }
            let region = Region(
                name: facts.name, displayName: facts.displayName ?? base?.displayName ?? facts.name,
                geography: facts.geography ?? base?.geography ?? "", latitude: facts.latitude ?? base?.latitude,
                longitude: facts.longitude ?? base?.longitude, pair: pair, zones: zones,
                keyVaultReplicatesAcrossRegions: keyVault, restricted: base?.restricted ?? false)
            if region != base { overrides.append(region) }
        }
        if logical > 0 { note("\(logical) logical region(s) in list-locations skipped (no coordinates or zones)") }
        catalog = catalog.merging(overrides)
        regionOverrides = overrides
        if !overrides.isEmpty {
            note(
                "list-locations changed \(overrides.count) region(s) from the built-in catalog: "
                    + overrides.map(\.name).joined(separator: ", "))
        }
    }
}
