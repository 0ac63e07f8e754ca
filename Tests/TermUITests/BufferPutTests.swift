import Testing

@testable import TermUI

@Suite("Writing text into a buffer")
struct BufferPutTests {
    @Test("text lands at the position and returns the column after it")
    func basic() {
        var buffer = Buffer(width: 8, height: 2)
        let end = buffer.put("hello", at: Position(x: 1, y: 1))
        #expect(end == 6)
        #expect(buffer.lines() == ["        ", " hello  "])
    }

    @Test("clipped at the right edge of the buffer")
    func rightEdge() {
        var buffer = Buffer(width: 5, height: 1)
        buffer.put("abcdefgh", at: Position(x: 2, y: 0))
        #expect(buffer.lines() == ["  abc"])
    }

    @Test("clipped at the left edge when the origin is negative")
    func leftEdge() {
        var buffer = Buffer(width: 5, height: 1)
        buffer.put("abcdefgh", at: Position(x: -3, y: 0))
        #expect(buffer.lines() == ["defgh"])
    }

    @Test("rows above and below the buffer draw nothing")
    func topAndBottom() {
        var buffer = Buffer(width: 3, height: 2)
        buffer.put("abc", at: Position(x: 0, y: -1))
        buffer.put("abc", at: Position(x: 0, y: 2))
        #expect(buffer.lines() == ["   ", "   "])
    }

    @Test("maxWidth limits the columns written")
    func maxWidth() {
        var buffer = Buffer(width: 10, height: 1)
        buffer.put("abcdef", at: Position(x: 1, y: 0), maxWidth: 3)
        buffer.put("xyz", at: Position(x: 6, y: 0), maxWidth: 0)
        buffer.put("xyz", at: Position(x: 7, y: 0), maxWidth: -4)
        #expect(buffer.lines() == [" abc      "])
    }

    @Test("a wide character takes a head and a continuation cell")
    func wideCharacter() {
        var buffer = Buffer(width: 6, height: 1)
        let end = buffer.put("東a京", at: .zero)
        #expect(end == 5)
        #expect(buffer[0, 0]?.symbol == "東")
        #expect(buffer[1, 0]?.isContinuation == true)
        #expect(buffer[2, 0]?.symbol == "a")
        #expect(buffer.lines() == ["東a京 "])
        #expect(wideCharactersAreWhole(buffer))
    }

    @Test("a wide character that would be cut at the right edge is not drawn")
    func wideAtRightEdge() {
        var buffer = Buffer(width: 5, height: 1)
        let end = buffer.put("ab東京", at: Position(x: 0, y: 0))
        #expect(buffer.lines() == ["ab東 "])
        #expect(end == 4)
        #expect(buffer[4, 0] == .blank)
        #expect(wideCharactersAreWhole(buffer))
    }

    @Test("a wide character cut by maxWidth is not drawn")
    func wideAtMaxWidth() {
        var buffer = Buffer(width: 6, height: 1)
        buffer.put("a東", at: .zero, maxWidth: 2)
        #expect(buffer.lines() == ["a     "])
        #expect(wideCharactersAreWhole(buffer))
    }

    @Test("a wide character hanging off the left edge leaves a blank, never half of it")
    func wideAtLeftEdge() {
        var buffer = Buffer(width: 4, height: 1)
        buffer.put("東京x", at: Position(x: -1, y: 0), style: Style(fg: .red))
        #expect(buffer.lines() == [" 京x"])
        #expect(buffer[0, 0] == Cell(" ", style: Style(fg: .red)))
        #expect(wideCharactersAreWhole(buffer))
    }

    @Test("overwriting half of a wide character blanks the other half")
    func overwriteHalves() {
        var buffer = Buffer(width: 6, height: 1)
        buffer.put("東京", at: .zero)
        buffer.put("x", at: Position(x: 1, y: 0))
        #expect(buffer.lines() == [" x京  "])
        buffer.put("y", at: Position(x: 2, y: 0))
        #expect(buffer.lines() == [" xy   "])
        #expect(wideCharactersAreWhole(buffer))
    }

    @Test("a wide character over two wide characters blanks both outer halves")
    func wideOverWide() {
        var buffer = Buffer(width: 6, height: 1)
        buffer.put("東京", at: .zero)
        buffer.put("都", at: Position(x: 1, y: 0))
        #expect(buffer.lines() == [" 都   "])
        #expect(wideCharactersAreWhole(buffer))
    }

    @Test("control and zero-width characters are skipped; combined characters stay in one cell")
    func controlsAndCombining() {
        var buffer = Buffer(width: 6, height: 1)
        buffer.put("a\tb\u{200B}c e\u{301}", at: .zero)
        #expect(buffer.lines() == ["abc é "])
        #expect(buffer[4, 0]?.symbol == "e\u{301}")
    }

    @Test("a 1x1 buffer takes one narrow character and no wide one")
    func oneByOne() {
        var buffer = Buffer(width: 1, height: 1)
        buffer.put("東", at: .zero)
        #expect(buffer.lines() == [" "])
        buffer.put("xy", at: .zero)
        #expect(buffer.lines() == ["x"])
        buffer.set(Cell("京"), at: .zero)
        #expect(buffer.lines() == [" "])
        #expect(wideCharactersAreWhole(buffer))
    }

    @Test("a 0x0 buffer accepts every call and stays empty")
    func zeroByZero() {
        var buffer = Buffer(width: 0, height: 0)
        buffer.put("abc", at: .zero)
        buffer.put("abc", at: Position(x: Int.min, y: Int.max), maxWidth: Int.max)
        buffer.fill(Rect(x: -5, y: -5, width: 100, height: 100), with: "x")
        buffer.setStyle(Style(bold: true), in: Rect(x: 0, y: 0, width: 3, height: 3))
        buffer.set(Cell("a"), at: .zero)
        #expect(buffer.lines().isEmpty)
        #expect(buffer[0, 0] == nil)
    }

    @Test("extreme positions and widths never trap")
    func extremes() {
        var buffer = Buffer(width: 4, height: 2)
        buffer.put("abc", at: Position(x: Int.max, y: 0), maxWidth: Int.max)
        buffer.put("abc", at: Position(x: Int.min, y: 1), maxWidth: Int.max)
        buffer.put("abcdef", at: Position(x: -2, y: 1), maxWidth: Int.max)
        #expect(buffer.lines() == ["    ", "cdef"])
        #expect(Buffer(width: -3, height: 5).size == Size(width: 0, height: 5))
    }

    @Test("text style is layered over the background already there")
    func styleLayering() {
        var buffer = Buffer(width: 4, height: 1)
        buffer.setStyle(Style(bg: .blue), in: buffer.area)
        buffer.put("ab", at: .zero, style: Style(fg: .white))
        #expect(buffer[0, 0]?.style == Style(fg: .white, bg: .blue))
        #expect(buffer[3, 0]?.style == Style(bg: .blue))
    }

    @Test("fill replaces cells and their style inside the clipped rectangle")
    func fill() {
        var buffer = Buffer(lines: ["abcd", "efgh"])
        buffer.fill(Rect(x: 2, y: 1, width: 10, height: 10), with: "#", style: Style(dim: true))
        #expect(buffer.lines() == ["abcd", "ef##"])
        #expect(buffer[3, 1]?.style == Style(dim: true))
    }

    @Test("spans continue one after another within a total width")
    func spans() {
        var buffer = Buffer(width: 8, height: 1)
        let end = buffer.put([Span("ab", style: Style(bold: true)), "cd", Span("efgh")], at: .zero, maxWidth: 6)
        #expect(end == 6)
        #expect(buffer.lines() == ["abcdef  "])
        #expect(buffer[1, 0]?.style.isBold == true)
        #expect(buffer[2, 0]?.style.isBold == false)
    }

    @Test("aligned text in a one-row rectangle")
    func aligned() {
        var buffer = Buffer(width: 9, height: 1)
        buffer.put("ab", in: Rect(x: 0, y: 0, width: 3, height: 1), alignment: .trailing)
        buffer.put("cd", in: Rect(x: 3, y: 0, width: 6, height: 1), alignment: .center)
        #expect(buffer.lines() == [" ab  cd  "])
    }
}

@Suite("Buffer styling and construction")
struct BufferStylingTests {
    @Test("a style over part of a wide character covers both of its cells")
    func wideStyleEdges() {
        var buffer = Buffer(lines: ["a東b京"])
        buffer.setStyle(Style(bold: true), in: Rect(x: 0, y: 0, width: 2, height: 1))
        buffer.setStyle(Style(underline: true), in: Rect(x: 5, y: 0, width: 1, height: 1))
        #expect(buffer.styleGrid(legend: ["B": Style(bold: true), "U": Style(underline: true)]).rows == ["BBB.UU"])
    }

    @Test("a buffer from lines pads short lines and clips long ones")
    func fromLines() {
        #expect(Buffer(lines: ["ab", "c"]).lines() == ["ab", "c "])
        #expect(Buffer(lines: ["abcdef"], width: 3).lines() == ["abc"])
        #expect(Buffer(lines: []).size == .zero)
    }

    @Test("setting a cell replaces its style and keeps wide characters whole")
    func setCells() {
        var buffer = Buffer(width: 4, height: 1)
        buffer.put("x", at: .zero, style: Style(bold: true))
        buffer.set(Cell("y", style: Style(fg: .red)), at: .zero)
        #expect(buffer[0, 0] == Cell("y", style: Style(fg: .red)))
        buffer.set(Cell("東"), at: Position(x: 1, y: 0))
        buffer.set(Cell.continuation(style: .plain), at: Position(x: 3, y: 0))
        buffer.set(Cell("z"), at: Position(x: 2, y: 0))
        #expect(buffer.lines() == ["y z "])
        #expect(wideCharactersAreWhole(buffer))
        buffer.clear()
        #expect(buffer == Buffer(width: 4, height: 1))
    }
}
