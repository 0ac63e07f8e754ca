import Foundation

/// One region as `az account list-locations` describes it.
struct LocationFacts: Sendable {
    var name: String
    var displayName: String?
    var geography: String?
    /// `Physical`, `Logical` (geographies such as `United States`, with null coordinates) or `Manifest`.
    var regionType: String?
    var latitude: Double?
    var longitude: Double?
    /// `metadata.pairedRegion` names; nil when the member is absent (then the built-in pair stands).
    var pairs: [String]?
    /// Logical zone to physical zone; nil when `availabilityZoneMappings` is absent (then the built-in zones
    /// stand), empty when the export says the region has no zones.
    var zoneMappings: [(logical: String, physical: String)]?
    /// The subscription the mappings belong to (they differ between subscriptions).
    var subscription: String?
    var file: String

    var isPhysical: Bool { (regionType ?? "Physical").lowercased() == "physical" }
}

/// Decodes `az account list-locations` items: coordinates written as strings, directed pairs as an array,
/// per-subscription availability zone mappings, and logical regions with null coordinates.
enum LocationDecoder {
    static func decode(_ item: ItemReader) -> LocationFacts? {
        guard let name = item.string("name") else {
            item.problem("a location without a name")
            return nil
        }
        var facts = LocationFacts(name: name.lowercased(), file: item.file)
        facts.displayName = item.string("displayName")
        facts.geography = item.string([["metadata", "geography"]])
        facts.regionType = item.string([["metadata", "regionType"]])
        facts.latitude = item.double([["metadata", "latitude"]])
        facts.longitude = item.double([["metadata", "longitude"]])
        if item.node.at(["metadata"])?.member("pairedRegion") != nil {
            facts.pairs = (item.array([["metadata", "pairedRegion"]]) ?? []).compactMap { pair in
                pair.node.member("name")?.nonEmptyString?.lowercased()
            }
        }
        if item.node.member("availabilityZoneMappings") != nil {
            facts.zoneMappings = (item.array([["availabilityZoneMappings"]]) ?? []).compactMap { mapping in
                guard
                    let logical = mapping.node["logicalZone"].flatMap({
                        $0.nonEmptyString ?? $0.double.map { String(Int($0)) }
                    }),
                    let physical = mapping.node["physicalZone"]?.nonEmptyString
                else { return nil }
                return (logical, physical.lowercased())
            }.sorted { $0.logical < $1.logical }
        }
        facts.subscription = item.string("id").flatMap(ArmID.init)?.subscription
        return facts
    }
}
