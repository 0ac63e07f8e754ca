import Testing

@testable import TermUI

@Suite("Map canvas")
struct MapCanvasTests {
    @Test("longitude 0, latitude 0 falls in the centre cell")
    func centre() {
        let area = Rect(x: 0, y: 0, width: 41, height: 21)
        #expect(MapCanvas.project(longitude: 0, latitude: 0, into: area) == Position(x: 20, y: 10))
    }

    @Test("the corners of the world fall in the corner cells, offset by the area origin")
    func corners() {
        let area = Rect(x: 5, y: 2, width: 40, height: 20)
        #expect(MapCanvas.project(longitude: -180, latitude: 90, into: area) == Position(x: 5, y: 2))
        #expect(MapCanvas.project(longitude: 180, latitude: -90, into: area) == Position(x: 44, y: 21))
        #expect(MapCanvas.project(longitude: -74, latitude: 40.7, into: area) == Position(x: 5 + 11, y: 2 + 5))
    }

    @Test("points outside the viewport, invalid numbers and empty areas have no cell")
    func outside() {
        let area = Rect(x: 0, y: 0, width: 10, height: 5)
        let europe = MapViewport(minLongitude: -10, maxLongitude: 30, minLatitude: 35, maxLatitude: 70)
        #expect(MapCanvas.project(longitude: -74, latitude: 40, viewport: europe, into: area) == nil)
        #expect(MapCanvas.project(longitude: 10, latitude: 52.5, viewport: europe, into: area) == Position(x: 5, y: 2))
        #expect(MapCanvas.project(longitude: .nan, latitude: 0, into: area) == nil)
        #expect(MapCanvas.project(longitude: 0, latitude: 0, into: .zero) == nil)
        let flat = MapViewport(minLongitude: 0, maxLongitude: 0, minLatitude: 0, maxLatitude: 1)
        #expect(MapCanvas.project(longitude: 0, latitude: 0, viewport: flat, into: area) == nil)
    }

    @Test("land cells show a dim glyph where the bitmap has land")
    func landGlyphs() {
        let map = MapCanvas(land: LandMask(rows: ["10", "01"]))
        let buffer = rendered(width: 4, height: 2) { map.render(in: $0.area, buffer: &$0) }
        #expect(buffer.lines() == ["··  ", "  ··"])
        #expect(buffer.styleGrid(legend: ["d": Style(dim: true)]).rows == ["dd..", "..dd"])
    }

    @Test("braille land samples 2 x 4 points per cell")
    func braille() {
        let full = MapCanvas(land: LandMask(rows: ["10"]), landRendering: .braille)
        #expect(rendered(width: 2, height: 1) { full.render(in: $0.area, buffer: &$0) }.lines() == ["⣿ "])
        let north = MapCanvas(land: LandMask(rows: ["1", "0"]), landRendering: .braille)
        #expect(rendered(width: 1, height: 1) { north.render(in: $0.area, buffer: &$0) }.lines() == ["⠛"])
    }

    @Test("labels go right of the marker, else left, and never cover another marker")
    func labels() {
        let map = MapCanvas(markers: [
            MapMarker(longitude: 0, latitude: 0, label: "abc"),
            MapMarker(longitude: 63, latitude: 0, label: "z"),
        ])
        let buffer = rendered(width: 20, height: 1) { map.render(in: $0.area, buffer: &$0) }
        #expect(buffer.lines() == ["      abc ●  ● z    "])
    }

    @Test("a label with no room on either side is left out")
    func noRoom() {
        let map = MapCanvas(markers: [MapMarker(longitude: 0, latitude: 0, symbol: "▲", label: "far too long")])
        let buffer = rendered(width: 5, height: 1) { map.render(in: $0.area, buffer: &$0) }
        #expect(buffer.lines() == ["  ▲  "])
    }

    @Test("land masks wrap longitudes and clamp latitudes")
    func landMask() {
        let mask = LandMask(rows: ["#...", "...."])
        #expect(mask.isLand(longitude: -170, latitude: 80))
        #expect(mask.isLand(longitude: 190, latitude: 80))
        #expect(mask.isLand(longitude: -170, latitude: 500))
        #expect(!mask.isLand(longitude: -170, latitude: -80))
        #expect(!LandMask(rows: []).isLand(longitude: 0, latitude: 0))
        #expect(!mask.isLand(column: 9, row: -1))
    }

    @Test("maps in tiny, empty and off-screen areas never fail")
    func tiny() {
        let map = MapCanvas(land: LandMask(rows: ["1"]), markers: [MapMarker(longitude: 0, latitude: 0, label: "x")])
        var buffer = Buffer(width: 1, height: 1)
        map.render(in: buffer.area, buffer: &buffer)
        #expect(buffer.lines() == ["●"])
        map.render(in: Rect(x: -3, y: -3, width: 2, height: 2), buffer: &buffer)
        map.render(in: Rect(x: Int.min, y: Int.min, width: Int.max, height: Int.max), buffer: &buffer)
        var empty = Buffer(width: 0, height: 0)
        map.render(in: Rect(x: 0, y: 0, width: 4, height: 4), buffer: &empty)
    }
}
