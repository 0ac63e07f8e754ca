import Testing

@testable import TermUI

@Suite("Style grid snapshots")
struct StyleGridTests {
    @Test("unnamed styles get letters in order of appearance, plain is a dot")
    func automaticLetters() {
        var buffer = Buffer(width: 4, height: 2)
        buffer.put("ab", at: .zero, style: Style(fg: .red))
        buffer.put("c", at: Position(x: 0, y: 1), style: Style(bold: true))
        buffer.put("d", at: Position(x: 3, y: 1), style: Style(fg: .red))
        let grid = buffer.styleGrid()
        #expect(grid.rows == ["aa..", "b..a"])
        #expect(grid.description == "aa..\nb..a\na: fg=red\n.: plain\nb: bold")
    }

    @Test("named styles use the caller's letters and are matched after normalising")
    func namedLetters() {
        var buffer = Buffer(width: 3, height: 1)
        buffer.put("x", at: .zero, style: Style(fg: .default, bold: true))
        buffer.put("y", at: Position(x: 1, y: 0), style: Style(fg: .green))
        let grid = buffer.styleGrid(legend: ["B": Style(bold: true), "a": Style(fg: .cyan)])
        #expect(grid.rows == ["Bb."])
        #expect(grid.legend.map(\.letter) == ["B", "b", "."])
    }

    @Test("a wide character's two cells share its letter")
    func wideCells() {
        var buffer = Buffer(width: 3, height: 1)
        buffer.put("東", at: .zero, style: Style(fg: .yellow))
        #expect(buffer.styleGrid().rows == ["aa."])
    }

    @Test("a snapshot is the text grid, a separator and the style grid")
    func snapshot() {
        var buffer = Buffer(width: 2, height: 1)
        buffer.put("ok", at: .zero, style: Style(fg: .green))
        #expect(buffer.snapshot() == "ok\n---\naa\na: fg=green")
    }
}
