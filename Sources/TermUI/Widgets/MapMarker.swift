/// A point drawn on a map, such as a region, with an optional label.
public struct MapMarker: Hashable, Sendable {
    /// Degrees east, -180...180.
    public var longitude: Double
    /// Degrees north, -90...90.
    public var latitude: Double
    /// The one-column symbol drawn at the point.
    public var symbol: Character
    /// The text shown beside the symbol, if any and if there is room.
    public var label: String?
    /// The symbol's style.
    public var style: Style
    /// The label's style.
    public var labelStyle: Style

    /// Creates a marker.
    public init(
        longitude: Double, latitude: Double, symbol: Character = "●", label: String? = nil, style: Style = .plain,
        labelStyle: Style = .plain
    ) {
        self.longitude = longitude
        self.latitude = latitude
        self.symbol = symbol
        self.label = label
        self.style = style
        self.labelStyle = labelStyle
    }
}

/// The part of the world a map shows, in degrees.
public struct MapViewport: Hashable, Sendable {
    /// The western edge.
    public var minLongitude: Double
    /// The eastern edge.
    public var maxLongitude: Double
    /// The southern edge.
    public var minLatitude: Double
    /// The northern edge.
    public var maxLatitude: Double

    /// Creates a viewport.
    public init(minLongitude: Double, maxLongitude: Double, minLatitude: Double, maxLatitude: Double) {
        self.minLongitude = minLongitude
        self.maxLongitude = maxLongitude
        self.minLatitude = minLatitude
        self.maxLatitude = maxLatitude
    }

    /// The whole world.
    public static let world = MapViewport(minLongitude: -180, maxLongitude: 180, minLatitude: -90, maxLatitude: 90)

    /// Whether the viewport has a positive, finite extent.
    public var isValid: Bool {
        let spans = [maxLongitude - minLongitude, maxLatitude - minLatitude]
        return spans.allSatisfy { $0.isFinite && $0 > 0 }
    }

    /// The fractional position (0...1 from the west and from the north) of a point, or `nil` outside.
    func fraction(longitude: Double, latitude: Double) -> (x: Double, y: Double)? {
        guard isValid, longitude.isFinite, latitude.isFinite, longitude >= minLongitude, longitude <= maxLongitude,
            latitude >= minLatitude, latitude <= maxLatitude
        else { return nil }
        return (
            (longitude - minLongitude) / (maxLongitude - minLongitude),
            (maxLatitude - latitude) / (maxLatitude - minLatitude)
        )
    }

    /// The longitude and latitude at a fractional position (0...1 from the west and from the north).
    func coordinate(x: Double, y: Double) -> (longitude: Double, latitude: Double) {
        (minLongitude + x * (maxLongitude - minLongitude), maxLatitude - y * (maxLatitude - minLatitude))
    }
}
