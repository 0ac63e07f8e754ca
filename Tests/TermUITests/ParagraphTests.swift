import Testing

@testable import TermUI

@Suite("Paragraph widget and wrapping")
struct ParagraphTests {
    @Test("word wrap breaks between words by display width")
    func wordWrap() {
        #expect(TextWrap.lines("the quick brown fox jumps", width: 10) == ["the quick", "brown fox", "jumps"])
    }

    @Test("a word wider than the line is broken between characters")
    func longWord() {
        #expect(TextWrap.lines("ab supercalifragilistic cd", width: 8) == ["ab", "supercal", "ifragili", "stic cd"])
    }

    @Test("wide characters are never split and count double")
    func wideWrap() {
        #expect(TextWrap.lines("東京都 大阪", width: 5) == ["東京", "都", "大阪"])
        #expect(TextWrap.lines("東京都", width: 3, mode: .character) == ["東", "京", "都"])
    }

    @Test("newlines and empty lines are kept")
    func newlines() {
        #expect(TextWrap.lines("a\n\nb c", width: 3) == ["a", "", "b c"])
        #expect(TextWrap.lines("anything", width: 0) == [])
        #expect(TextWrap.lines("abcdef", width: 4, mode: .none) == ["abcd"])
    }

    @Test("a paragraph renders wrapped, aligned and scrolled")
    func rendering() {
        let paragraph = Paragraph("one two three four", alignment: .trailing, scroll: 1)
        let buffer = rendered(width: 9, height: 2) { paragraph.render(in: $0.area, buffer: &$0) }
        #expect(paragraph.lines(width: 9) == ["one two", "three", "four"])
        #expect(buffer.lines() == ["    three", "     four"])
    }

    @Test("a paragraph clips at the bottom and survives empty areas")
    func clipping() {
        let paragraph = Paragraph("a b c d e f", style: Style(bold: true), wrap: .word)
        let buffer = rendered(width: 3, height: 2) { paragraph.render(in: $0.area, buffer: &$0) }
        #expect(buffer.lines() == ["a b", "c d"])
        #expect(buffer[0, 0]?.style.isBold == true)
        var empty = Buffer(width: 0, height: 0)
        paragraph.render(in: Rect(x: 0, y: 0, width: 3, height: 3), buffer: &empty)
        let scrolledAway = rendered(width: 3, height: 1) { Paragraph("x", scroll: 5).render(in: $0.area, buffer: &$0) }
        #expect(scrolledAway.lines() == ["   "])
    }
}
