import DRDomain
import Foundation

extension EstateValidator {
    /// Applies the file's region definitions to the built-in catalog, field by field, and checks them.
    mutating func buildCatalog() {
        var catalog = RegionCatalog.builtIn
        var firstDefinition: [RegionName: SourcePosition] = [:]
        var defined: [Located<RegionDefinition>] = []
        for entry in draft.regionDefinitions {
            let definition = entry.value
            let name = definition.name
            guard name.allSatisfy({ ($0.isLetter && $0.isLowercase && $0.isASCII) || $0.isNumber }) else {
                report(
                    "region name '\(name)' must be a programmatic name: lowercase letters and digits, like eastus2",
                    at: entry.at("name"))
                continue
            }
            if let first = firstDefinition[name] {
                report("region '\(name)' is defined twice; the first definition is at \(first)", at: entry.at("name"))
                continue
            }
            firstDefinition[name] = entry.at("name")
            if let zones = definition.zones {
                var seen: Set<ZoneName> = []
                for (offset, zone) in zones.enumerated() where !seen.insert(zone).inserted {
                    let places = entry.items["zones"] ?? []
                    let place = offset < places.count ? places[offset] : entry.at("zones")
                    report("zone '\(zone)' is listed twice for region '\(name)'", at: place)
                }
            }
            catalog = catalog.merging([merged(definition, over: catalog.region(named: name))])
            defined.append(entry)
        }
        for entry in defined {
            let definition = entry.value
            guard let pair = definition.pair else { continue }
            if pair.lowercased() == definition.name {
                report("region '\(definition.name)' cannot pair with itself", at: entry.at("pair"))
            } else if catalog.region(named: pair) == nil {
                report(
                    "'pair' of region '\(definition.name)': unknown region '\(pair)'"
                        + Suggestion.didYouMean(pair.lowercased(), in: catalog.regionsByName.keys),
                    at: entry.at("pair"))
            }
        }
        draft.catalog = catalog
    }

    /// A definition laid over the built-in region of the same name (or over nothing, for a new region).
    private func merged(_ definition: RegionDefinition, over base: Region?) -> Region {
        let pair = definition.pairWritten ? definition.pair?.lowercased() : base?.pair
        // Restating the built-in pair changes nothing: West US 3 and Brazil South keep their Key Vault exception.
        let pairChanged = definition.pairWritten && pair != base?.pair
        let keyVault = definition.keyVaultReplicatesAcrossRegions
            ?? (pairChanged || base == nil ? pair != nil : base?.keyVaultReplicatesAcrossRegions)
        return Region(
            name: definition.name, displayName: definition.displayName ?? base?.displayName ?? definition.name,
            geography: definition.geography ?? base?.geography ?? "Unspecified",
            latitude: definition.latitude ?? base?.latitude, longitude: definition.longitude ?? base?.longitude,
            pair: pair, zones: definition.zones ?? base?.zones ?? [], keyVaultReplicatesAcrossRegions: keyVault,
            restricted: definition.restricted ?? base?.restricted ?? false,
            pairKnown: definition.pairWritten ? !definition.pairUnknown : (base?.pairKnown ?? true))
    }
}
