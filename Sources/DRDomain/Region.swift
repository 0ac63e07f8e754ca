import Foundation

/// An Azure region: names, geography, position, its directed pair and its physical zones.
public struct Region: Sendable, Hashable, Identifiable {
    /// The programmatic name, such as `eastus2`.
    public var name: RegionName
    /// The display name, such as `East US 2` (Service Health reports regions this way).
    public var displayName: String
    /// The geography, such as `United States`.
    public var geography: String
    /// Latitude in degrees, when known.
    public var latitude: Double?
    /// Longitude in degrees, when known.
    public var longitude: Double?
    /// The region this one pairs to. Pairs are directed: West US 3 pairs to East US, East US to West US.
    public var pair: RegionName?
    /// False when nobody stated whether the region has a pair (a region an export named that the catalog does not
    /// know): `pair` is then nil without meaning "no pair".
    public var pairKnown: Bool
    /// Physical zones, such as `eastus2-az1`; empty where the region has no availability zones.
    public var zones: [ZoneName]
    /// Whether Key Vault replicates this region's vaults to another region (false where there is no pair, and for
    /// the documented exceptions Brazil South and West US 3).
    public var keyVaultReplicatesAcrossRegions: Bool
    /// A restricted region (access on request), such as France South.
    public var restricted: Bool

    public var id: RegionName { name }

    /// Creates a region. Key Vault cross-region replication defaults to "has a pair".
    public init(
        name: RegionName, displayName: String, geography: String, latitude: Double? = nil, longitude: Double? = nil,
        pair: RegionName? = nil, zones: [ZoneName] = [], keyVaultReplicatesAcrossRegions: Bool? = nil,
        restricted: Bool = false, pairKnown: Bool = true
    ) {
        self.pairKnown = pairKnown || pair != nil
        self.name = name
        self.displayName = displayName
        self.geography = geography
        self.latitude = latitude
        self.longitude = longitude
        self.pair = pair
        self.zones = zones
        self.keyVaultReplicatesAcrossRegions = keyVaultReplicatesAcrossRegions ?? (pair != nil)
        self.restricted = restricted
    }

    /// Whether the region has availability zones.
    public var hasZones: Bool { !zones.isEmpty }

    /// The physical zone names `NAME-az1` ... `NAME-azN`.
    public static func physicalZones(_ name: RegionName, count: Int) -> [ZoneName] {
        (0..<count).map { "\(name)-az\($0 + 1)" }
    }
}
