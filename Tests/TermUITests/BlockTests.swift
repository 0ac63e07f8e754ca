import Testing

@testable import TermUI

@Suite("Block widget")
struct BlockTests {
    @Test("a titled block draws box-drawing borders around its inner area")
    func titled() {
        let block = Block(title: "Regions")
        let buffer = rendered(width: 14, height: 4) { block.render(in: $0.area, buffer: &$0) }
        #expect(
            buffer.lines() == [
                "┌ Regions ───┐",
                "│            │",
                "│            │",
                "└────────────┘",
            ])
        #expect(block.inner(buffer.area) == Rect(x: 1, y: 1, width: 12, height: 2))
    }

    @Test("a long title is truncated with an ellipsis inside the corners")
    func longTitle() {
        let buffer = rendered(width: 10, height: 3) {
            Block(title: "Replication matrix").render(in: $0.area, buffer: &$0)
        }
        #expect(buffer.lines()[0] == "┌ Repli… ┐")
        #expect(buffer.lines()[0].displayWidth == 10)
    }

    @Test("focus picks the focused styles and border set")
    func focused() {
        let styles = Block.Styles(border: Style(fg: .indexed(240)), focusedBorder: Style(fg: .cyan), title: .plain)
        let block = Block(title: "X", isFocused: true, focusedBorderSet: .thick, styles: styles)
        let buffer = rendered(width: 6, height: 3) { block.render(in: $0.area, buffer: &$0) }
        #expect(buffer.lines() == ["┏ X ━┓", "┃    ┃", "┗━━━━┛"])
        #expect(
            buffer.styleGrid(legend: ["f": Style(fg: .cyan), "t": Style(fg: .cyan, bold: true)]).rows == [
                "ftttff", "f....f", "ffffff",
            ])
    }

    @Test("selected sides only, drawn inside an offset area")
    func sides() {
        let block = Block(borders: [.top, .bottom], borderSet: .double)
        let buffer = rendered(width: 6, height: 4) {
            block.render(in: Rect(x: 1, y: 1, width: 4, height: 3), buffer: &$0)
        }
        #expect(buffer.lines() == ["      ", " ════ ", "      ", " ════ "])
        #expect(block.inner(Rect(x: 1, y: 1, width: 4, height: 3)) == Rect(x: 1, y: 2, width: 4, height: 1))
    }

    @Test("tiny, empty and off-screen areas never fail")
    func tinyAreas() {
        let block = Block(title: "Title")
        var buffer = Buffer(width: 3, height: 3)
        block.render(in: Rect(x: 0, y: 0, width: 1, height: 1), buffer: &buffer)
        #expect(buffer.lines() == ["┘  ", "   ", "   "])
        block.render(in: Rect(x: 0, y: 0, width: 0, height: 0), buffer: &buffer)
        block.render(in: Rect(x: -10, y: -10, width: 5, height: 5), buffer: &buffer)
        block.render(in: Rect(x: Int.max - 2, y: Int.min, width: Int.max, height: Int.max), buffer: &buffer)
        var empty = Buffer(width: 0, height: 0)
        block.render(in: Rect(x: 0, y: 0, width: 5, height: 5), buffer: &empty)
        #expect(block.inner(Rect(x: 0, y: 0, width: 1, height: 1)).isEmpty)
    }

    @Test("the fill style sets the whole area's background")
    func fill() {
        let block = Block(styles: Block.Styles(fill: Style(bg: .blue)))
        let buffer = rendered(width: 3, height: 3) { block.render(in: $0.area, buffer: &$0) }
        #expect(buffer[1, 1]?.style == Style(bg: .blue))
        #expect(buffer[0, 0]?.style.bg == .blue)
    }
}

@Suite("Border sets")
struct BorderSetTests {
    @Test("rounded, double and ASCII sets draw their corners")
    func sets() {
        for (set, expected) in [(BorderSet.rounded, "╭─╮"), (.double, "╔═╗"), (.ascii, "+-+")] {
            let buffer = rendered(width: 3, height: 2) { Block(borderSet: set).render(in: $0.area, buffer: &$0) }
            #expect(buffer.lines()[0] == expected)
        }
    }

    @Test("a centred title sits in the middle of the top border")
    func centredTitle() {
        let buffer = rendered(width: 11, height: 2) {
            Block(title: "A", titleAlignment: .center).render(in: $0.area, buffer: &$0)
        }
        #expect(buffer.lines()[0] == "┌─── A ───┐")
    }
}
