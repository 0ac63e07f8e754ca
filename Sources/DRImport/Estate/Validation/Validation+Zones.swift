import DRDomain
import Foundation

extension EstateValidator {
    /// Reports zones that do not belong to the resource's region (the hub's region, for compute).
    mutating func checkZones() {
        draft.storageAccounts = draft.storageAccounts.map { entry in
            guard let zone = entry.value.zone, entry.has("zone"), entry.has("region") else { return entry }
            var entry = entry
            let what = "'zone' of \(Self.subject(.storage, entry.value.id))"
            if let name = zoneName(zone, region: entry.value.region, what: what, at: entry.at("zone")) {
                entry.value.zone = name
            } else {
                entry.invalid.insert("zone")
            }
            return entry
        }
        let hubRegions = Dictionary(
            draft.hubs.filter { $0.has("region") }.map { ($0.value.id, $0.value.region) },
            uniquingKeysWith: { first, _ in first })
        draft.computes = draft.computes.map { entry in
            guard let zone = entry.value.zone, entry.has("zone"), let region = hubRegions[entry.value.hub] else {
                return entry
            }
            var entry = entry
            let what = "'zone' of \(Self.subject(.compute, entry.value.id)) (on hub '\(entry.value.hub)' in \(region))"
            if let name = zoneName(zone, region: region, what: what, at: entry.at("zone")) {
                entry.value.zone = name
            } else {
                entry.invalid.insert("zone")
            }
            return entry
        }
    }

    /// The zone's catalog name when it belongs to `region`, or nil after reporting why it does not.
    private func zoneName(_ zone: ZoneName, region: RegionName, what: String, at place: SourcePosition) -> ZoneName? {
        guard let home = draft.catalog.region(named: region) else { return nil }
        if let match = home.zones.first(where: { $0.lowercased() == zone.lowercased() }) { return match }
        if home.zones.isEmpty {
            report("\(what): \(region) has no availability zones, so no zone '\(zone)'", at: place)
        } else if let other = draft.catalog.region(ofZone: zone.lowercased()) {
            report("\(what): zone '\(zone)' is in \(other.name), not in \(region)", at: place)
        } else {
            report(
                "\(what): unknown zone '\(zone)'; \(region) has \(home.zones.joined(separator: ", "))"
                    + Suggestion.didYouMean(zone.lowercased(), in: home.zones),
                at: place)
        }
        return nil
    }
}
