/// A map: land from a caller-supplied bitmap and labelled markers, in an equirectangular projection.
///
/// Each cell covers an equal span of longitude and latitude of the viewport. Land is drawn dim, either as one
/// glyph per cell or as braille dots (2 x 4 per cell, four times the detail). Markers are drawn over the land,
/// then their labels: right of the symbol when there is room, else left of it, else not at all; a label never
/// covers another marker or an earlier label.
public struct MapCanvas: Widget, Sendable {
    /// How land is drawn.
    public enum LandRendering: Hashable, Sendable {
        /// One glyph in every land cell.
        case glyph(Character)
        /// Braille dots, sampling the bitmap at 2 x 4 points per cell.
        case braille
    }

    /// The land bitmap, if any.
    public var land: LandMask?
    /// The markers, drawn in order.
    public var markers: [MapMarker]
    /// The part of the world shown.
    public var viewport: MapViewport
    /// How land is drawn.
    public var landRendering: LandRendering
    /// The land's style.
    public var landStyle: Style

    /// Creates a map.
    public init(
        land: LandMask? = nil, markers: [MapMarker] = [], viewport: MapViewport = .world,
        landRendering: LandRendering = .glyph("·"), landStyle: Style = Style(dim: true)
    ) {
        self.land = land
        self.markers = markers
        self.viewport = viewport
        self.landRendering = landRendering
        self.landStyle = landStyle
    }

    /// The cell of `area` where a point falls, or `nil` when it is outside the viewport or the area is empty.
    ///
    /// The cell is the one whose span contains the point; the east and south edges belong to the last cell.
    public static func project(longitude: Double, latitude: Double, viewport: MapViewport = .world, into area: Rect)
        -> Position?
    {
        guard !area.isEmpty, let fraction = viewport.fraction(longitude: longitude, latitude: latitude) else {
            return nil
        }
        let column = min(area.width - 1, Int(fraction.x * Double(area.width)))
        let row = min(area.height - 1, Int(fraction.y * Double(area.height)))
        return Position(x: area.x.saturatingAdd(column), y: area.y.saturatingAdd(row))
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        let area = area.boundedForDrawing
        let visible = area.intersection(buffer.area)
        guard !visible.isEmpty, viewport.isValid else { return }
        if let land { renderLand(land, in: area, visible: visible, buffer: &buffer) }
        var occupied = Set<Position>()
        var placed: [(MapMarker, Position)] = []
        for marker in markers {
            guard
                let position = MapCanvas.project(
                    longitude: marker.longitude, latitude: marker.latitude, viewport: viewport, into: area),
                visible.contains(position)
            else { continue }
            buffer.put(String(marker.symbol), at: position, style: marker.style, maxWidth: 1)
            occupied.insert(position)
            placed.append((marker, position))
        }
        for (marker, position) in placed {
            guard let label = marker.label, !label.isEmpty else { continue }
            let width = label.displayWidth
            let right = Position(x: position.x + 2, y: position.y)
            let left = Position(x: position.x - 1 - width, y: position.y)
            for start in [right, left] where fits(width: width, at: start, in: visible, occupied: occupied) {
                buffer.put(label, at: start, style: marker.labelStyle, maxWidth: width)
                for x in start.x..<(start.x + width) { occupied.insert(Position(x: x, y: start.y)) }
                break
            }
        }
    }

    /// Whether `width` columns from `start` are inside `visible` and free.
    private func fits(width: Int, at start: Position, in visible: Rect, occupied: Set<Position>) -> Bool {
        guard start.x >= visible.x, start.x + width <= visible.maxX else { return false }
        return (start.x..<(start.x + width)).allSatisfy { !occupied.contains(Position(x: $0, y: start.y)) }
    }

    private func renderLand(_ land: LandMask, in area: Rect, visible: Rect, buffer: inout Buffer) {
        for y in visible.y..<visible.maxY {
            for x in visible.x..<visible.maxX {
                let column = x - area.x
                let row = y - area.y
                let symbol: Character?
                switch landRendering {
                case .glyph(let glyph):
                    symbol =
                        isLand(
                            land, x: (Double(column) + 0.5) / Double(area.width),
                            y: (Double(row) + 0.5) / Double(area.height)) ? glyph : nil
                case .braille:
                    symbol = brailleCell(land, column: column, row: row, area: area)
                }
                if let symbol { buffer.put(String(symbol), at: Position(x: x, y: y), style: landStyle, maxWidth: 1) }
            }
        }
    }

    /// The braille character for one cell, or `nil` when none of its 8 sample points is land.
    private func brailleCell(_ land: LandMask, column: Int, row: Int, area: Rect) -> Character? {
        let dotBits: [[UInt32]] = [[0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80]]
        var bits: UInt32 = 0
        for dy in 0..<4 {
            for dx in 0..<2 {
                let fx = (Double(column * 2 + dx) + 0.5) / (Double(area.width) * 2)
                let fy = (Double(row * 4 + dy) + 0.5) / (Double(area.height) * 4)
                if isLand(land, x: fx, y: fy) { bits |= dotBits[dy][dx] }
            }
        }
        guard bits != 0, let scalar = Unicode.Scalar(0x2800 + bits) else { return nil }
        return Character(scalar)
    }

    private func isLand(_ land: LandMask, x: Double, y: Double) -> Bool {
        let point = viewport.coordinate(x: x, y: y)
        return land.isLand(longitude: point.longitude, latitude: point.latitude)
    }
}
