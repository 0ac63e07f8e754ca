import Foundation

/// A set of regions looked up by programmatic or display name.
public struct RegionCatalog: Sendable, Hashable {
    /// The regions by programmatic name.
    public private(set) var regionsByName: [RegionName: Region]

    /// Creates a catalog of the given regions (a later duplicate replaces an earlier one).
    public init(regions: [Region]) {
        var byName: [RegionName: Region] = [:]
        for region in regions { byName[region.name] = region }
        regionsByName = byName
    }

    /// All regions sorted by programmatic name.
    public var regions: [Region] { regionsByName.values.sorted { $0.name < $1.name } }

    /// The region with this programmatic name (case-insensitive), if any.
    public func region(named name: String) -> Region? {
        regionsByName[name] ?? regionsByName[name.lowercased()]
    }

    /// The region with this display name (`East US 2`), or programmatic name, case- and space-insensitive.
    public func region(displayName: String) -> Region? {
        let key = Self.squash(displayName)
        if let direct = region(named: key) { return direct }
        return regionsByName.values.first { Self.squash($0.displayName) == key }
    }

    /// The region whose zones include this physical zone.
    public func region(ofZone zone: ZoneName) -> Region? {
        if let dash = zone.range(of: "-az", options: .backwards), let region = region(named: String(zone[..<dash.lowerBound])),
            region.zones.contains(zone)
        {
            return region
        }
        return regionsByName.values.first { $0.zones.contains(zone) }
    }

    /// The region `name` pairs to, if it has one.
    public func pair(of name: RegionName) -> RegionName? { region(named: name)?.pair }

    /// Adds or replaces regions, as an estate or an export overrides the built-in catalog.
    public func merging(_ overrides: [Region]) -> RegionCatalog {
        var copy = self
        for region in overrides { copy.regionsByName[region.name] = region }
        return copy
    }

    private static func squash(_ text: String) -> String {
        text.lowercased().filter { !$0.isWhitespace }
    }
}
