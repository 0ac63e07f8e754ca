import Testing

@testable import TermUI

@Suite("Geometry and layout")
struct GeometryTests {
    @Test("negative sizes become empty rectangles")
    func negativeSizes() {
        let rect = Rect(x: 3, y: 4, width: -2, height: 5)
        #expect(rect.width == 0)
        #expect(rect.isEmpty)
        #expect(Size(width: -1, height: -1) == .zero)
    }

    @Test("intersection of overlapping and disjoint rectangles")
    func intersection() {
        let a = Rect(x: 0, y: 0, width: 10, height: 5)
        #expect(a.intersection(Rect(x: 5, y: 2, width: 10, height: 10)) == Rect(x: 5, y: 2, width: 5, height: 3))
        #expect(a.intersection(Rect(x: 20, y: 20, width: 3, height: 3)).isEmpty)
        #expect(!a.intersects(Rect(x: 10, y: 0, width: 1, height: 1)))
    }

    @Test("inset shrinks each side and never goes negative")
    func inset() {
        let rect = Rect(x: 2, y: 2, width: 10, height: 4)
        #expect(rect.inset(by: 1) == Rect(x: 3, y: 3, width: 8, height: 2))
        #expect(rect.inset(horizontal: 2, vertical: 0) == Rect(x: 4, y: 2, width: 6, height: 4))
        #expect(rect.inset(by: 10).isEmpty)
        #expect(rect.inset(by: 10).x <= rect.maxX)
    }

    @Test("extreme coordinates do not trap")
    func extremes() {
        let rect = Rect(x: Int.max - 1, y: Int.min, width: Int.max, height: Int.max)
        #expect(rect.maxX == Int.max)
        #expect(rect.area == Int.max)
        #expect(rect.intersection(Rect(x: 0, y: 0, width: 10, height: 10)).isEmpty)
        #expect(Position(x: Int.max, y: 0).right(5).x == Int.max)
    }

    @Test("fixed lengths and a fill split a row")
    func lengthsAndFill() {
        let parts = Rect(x: 0, y: 0, width: 20, height: 3).columns([.length(5), .fill(1), .length(3)])
        #expect(parts.map(\.width) == [5, 12, 3])
        #expect(parts.map(\.x) == [0, 5, 17])
        #expect(parts.allSatisfy { $0.height == 3 })
    }

    @Test("percentages round down and fills share by weight")
    func percentagesAndWeights() {
        #expect(Layout.lengths(for: [.percentage(50), .percentage(50)], total: 11) == [5, 5])
        #expect(Layout.lengths(for: [.percentage(30), .fill(1), .fill(2)], total: 10) == [3, 3, 4])
        #expect(Layout.lengths(for: [.fill(1), .fill(1), .fill(1)], total: 10) == [4, 3, 3])
    }

    @Test("min parts grow only when no fill takes the rest")
    func minimums() {
        #expect(Layout.lengths(for: [.min(3), .fill(1)], total: 10) == [3, 7])
        #expect(Layout.lengths(for: [.min(3), .length(2)], total: 10) == [8, 2])
    }

    @Test("when space runs out later parts shrink to zero")
    func overflow() {
        #expect(Layout.lengths(for: [.length(6), .length(6), .fill(1)], total: 10) == [6, 4, 0])
        #expect(Layout.lengths(for: [.length(5)], total: -3) == [0])
        #expect(Layout.lengths(for: [], total: 10) == [])
    }

    @Test("spacing between rows and parts stay inside the rectangle")
    func spacing() {
        let area = Rect(x: 1, y: 1, width: 10, height: 7)
        let parts = area.rows([.length(2), .fill(1), .length(1)], spacing: 1)
        #expect(parts.map(\.y) == [1, 4, 7])
        #expect(parts.map(\.height) == [2, 2, 1])
        #expect(
            Rect(x: 0, y: 0, width: 3, height: 1).columns([.length(2), .length(2)], spacing: 5).allSatisfy {
                Rect(x: 0, y: 0, width: 3, height: 1).intersection($0) == $0
            })
    }

    @Test("centered rectangles for overlays")
    func centered() {
        #expect(
            Rect(x: 0, y: 0, width: 20, height: 10).centered(width: 10, height: 4)
                == Rect(x: 5, y: 3, width: 10, height: 4))
        #expect(
            Rect(x: 0, y: 0, width: 4, height: 2).centered(width: 10, height: 4)
                == Rect(x: 0, y: 0, width: 4, height: 2))
    }
}
