import DRDomain
import Foundation

extension EstateValidator {
    /// Reports unknown regions anywhere a region is named, and normalises known ones to their catalog name.
    mutating func checkRegions() {
        draft.hubs = draft.hubs.map { resolved($0, \.region, "region", .hub) }
        draft.storageAccounts = draft.storageAccounts.map { entry in
            var entry = resolved(entry, \.region, "region", .storage)
            guard let secondary = entry.value.secondaryRegion, entry.has("secondaryRegion") else { return entry }
            let what = "'secondaryRegion' of \(Self.subject(.storage, entry.value.id))"
            if let name = regionName(secondary, what: what, at: entry.at("secondaryRegion")) {
                entry.value.secondaryRegion = name
            } else {
                entry.invalid.insert("secondaryRegion")
            }
            return entry
        }
        draft.keyVaults = draft.keyVaults.map { resolved($0, \.region, "region", .keyVault) }
        draft.containerRegistries = draft.containerRegistries.map { entry in
            var entry = resolved(entry, \.region, "region", .containerRegistry)
            let places = entry.items["replicas"] ?? []
            let what = "replica of \(Self.subject(.containerRegistry, entry.value.id))"
            entry.value.replicas = entry.value.replicas.enumerated().map { offset, replica in
                let place = offset < places.count ? places[offset] : entry.at("replicas")
                return regionName(replica, what: what, at: place) ?? replica
            }
            return entry
        }
        draft.appInsights = draft.appInsights.map { resolved($0, \.region, "region", .appInsights) }
        draft.aiServices = draft.aiServices.map { resolved($0, \.region, "region", .aiServices) }
        draft.deleted = draft.deleted.map { resolved($0, \.region, "region", $0.value.kind, deleted: true) }
        draft.readiness = draft.readiness.map { entry in
            var entry = entry
            if let name = regionName(entry.value.region, what: "'readiness'", at: entry.position) {
                entry.value.region = name
            } else {
                entry.invalid.insert("region")
            }
            return entry
        }
    }

    /// The catalog's name for a region written `text`, or nil after reporting it as unknown.
    func regionName(_ text: String, what: String, at place: SourcePosition) -> RegionName? {
        if let region = draft.catalog.region(named: text) { return region.name }
        var suggestion = hint(text.lowercased(), in: Array(draft.catalog.regionsByName.keys))
        if let byDisplayName = draft.catalog.region(displayName: text) {
            suggestion = "; did you mean '\(byDisplayName.name)'? Regions are written by programmatic name"
        }
        report("\(what): unknown region '\(text)'\(suggestion)", at: place)
        return nil
    }

    /// The entry with its region normalised, or marked invalid after reporting it as unknown.
    private func resolved<Value>(
        _ entry: Located<Value>, _ field: WritableKeyPath<Value, RegionName>, _ key: String,
        _ kind: ResourceKind, deleted: Bool = false
    ) -> Located<Value> where Value: Identifiable, Value.ID == ResourceID {
        guard entry.has(key) else { return entry }
        var entry = entry
        let subject = (deleted ? "deleted " : "") + Self.subject(kind, entry.value.id)
        if let name = regionName(entry.value[keyPath: field], what: "'\(key)' of \(subject)", at: entry.at(key)) {
            entry.value[keyPath: field] = name
        } else {
            entry.invalid.insert(key)
        }
        return entry
    }
}
