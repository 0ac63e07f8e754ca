import Testing

@testable import TermUI

@Suite("Buffer diff")
struct BufferDiffTests {
    @Test("identical buffers have no changes")
    func identical() {
        let buffer = Buffer(lines: ["abc", "def"])
        let diff = BufferDiff(from: buffer, to: buffer)
        #expect(diff.changes.isEmpty)
        #expect(!diff.isFullRedraw)
    }

    @Test("changed symbols and styles are listed in reading order")
    func changes() {
        let before = Buffer(lines: ["abc", "def"])
        var after = before
        after.put("X", at: Position(x: 2, y: 0))
        after.setStyle(Style(bold: true), in: Rect(x: 0, y: 1, width: 1, height: 1))
        let diff = BufferDiff(from: before, to: after)
        #expect(diff.changes.map(\.position) == [Position(x: 2, y: 0), Position(x: 0, y: 1)])
        #expect(diff.changes[0].cell.symbol == "X")
        #expect(diff.changes[1].cell.style.isBold)
    }

    @Test("no previous frame or a new size means a full redraw without continuation cells")
    func fullRedraw() {
        let next = Buffer(lines: ["東a"], width: 3)
        let diff = BufferDiff(from: nil, to: next)
        #expect(diff.isFullRedraw)
        #expect(diff.changes.map(\.position) == [Position(x: 0, y: 0), Position(x: 2, y: 0)])
        #expect(BufferDiff(from: Buffer(width: 2, height: 1), to: next).isFullRedraw)
    }

    @Test("a wide character replacing two narrow ones is one change")
    func wideReplacesNarrow() {
        let before = Buffer(lines: ["abc"])
        let after = Buffer(lines: ["東c"])
        let diff = BufferDiff(from: before, to: after)
        #expect(diff.changes == [CellChange(position: .zero, cell: Cell("東"))])
    }

    @Test("narrow characters replacing a wide one are both drawn")
    func narrowReplacesWide() {
        let before = Buffer(lines: ["東c"])
        let after = Buffer(lines: ["abc"])
        let diff = BufferDiff(from: before, to: after)
        #expect(diff.changes.map(\.cell.symbol) == ["a", "b"])
    }

    @Test("a wide character moving right redraws what it uncovered")
    func wideMoves() {
        let before = Buffer(lines: ["東xy"])
        let after = Buffer(lines: ["a東y"])
        let diff = BufferDiff(from: before, to: after)
        #expect(diff.changes.map(\.position.x) == [0, 1])
        #expect(diff.changes.map(\.cell.symbol) == ["a", "東"])
    }

    @Test("replaying a diff on the previous screen gives the next screen")
    func replay() {
        let before = Buffer(lines: ["東京 abc", "x🔥yz  "], width: 8)
        let after = Buffer(lines: ["a東京 bc", "🔥🔥 z"], width: 8)
        var screen = before
        for change in BufferDiff(from: before, to: after).changes { screen.set(change.cell, at: change.position) }
        #expect(screen == after)
        #expect(wideCharactersAreWhole(screen))
    }
}
