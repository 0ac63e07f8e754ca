import Testing

@testable import TermUI

@Suite("Styles and colours")
struct StyleTests {
    @Test("patching keeps what the top style leaves unset")
    func patch() {
        let base = Style(fg: .white, bg: .blue, bold: true)
        let top = Style(fg: .red, underline: true)
        let result = base.patched(with: top)
        #expect(result.fg == .red)
        #expect(result.bg == .blue)
        #expect(result.modifiers == [.bold, .underline])
    }

    @Test("patching can switch a modifier off")
    func removeModifier() {
        let result = Style(bold: true).patched(with: Style.plain.removing(.bold).adding(.dim))
        #expect(result.modifiers == [.dim])
    }

    @Test("description names colours and modifiers")
    func description() {
        #expect(Style.plain.description == "plain")
        #expect(
            Style(fg: .indexed(208), bg: .black, bold: true, reverse: true).description
                == "fg=indexed(208) bg=black bold reverse")
    }

    @Test("RGB maps to the nearest 256-palette colour")
    func rgbTo256() {
        #expect(Color.rgb(255, 0, 0).downgraded(to: .indexed256) == .indexed(196))
        #expect(Color.rgb(128, 128, 128).downgraded(to: .indexed256) == .indexed(244))
        #expect(Color.rgb(0, 0, 0).downgraded(to: .indexed256) == .indexed(16))
        #expect(Color.red.downgraded(to: .indexed256) == .red)
    }

    @Test("256-palette colours map to the nearest basic colour")
    func indexedToBasic() {
        #expect(Color.indexed(196).downgraded(to: .basic8) == .red)
        #expect(Color.indexed(9).downgraded(to: .basic8) == .red)
        #expect(Color.indexed(2).downgraded(to: .basic8) == .green)
        #expect(Color.indexed(21).downgraded(to: .basic8) == .blue)
        #expect(Color.indexed(232).downgraded(to: .basic8) == .black)
        #expect(Color.indexed(255).downgraded(to: .basic8) == .white)
        #expect(Color.rgb(255, 135, 0).downgraded(to: .basic8) == .yellow)
        #expect(Color.default.downgraded(to: .basic8) == .default)
    }

    @Test("monochrome drops every colour")
    func monochrome() {
        for color in [Color.red, .indexed(33), .rgb(1, 2, 3), .default] {
            #expect(color.downgraded(to: .monochrome) == .default)
        }
    }

    @Test("capability from the colour count and NO_COLOR")
    func capability() {
        #expect(ColorCapability(colorCount: 256) == .indexed256)
        #expect(ColorCapability(colorCount: 88) == .basic8)
        #expect(ColorCapability(colorCount: 8) == .basic8)
        #expect(ColorCapability(colorCount: 2) == .monochrome)
        #expect(ColorCapability(colorCount: -1) == .monochrome)
        #expect(ColorCapability.indexed256.honouringNoColor("1") == .monochrome)
        #expect(ColorCapability.indexed256.honouringNoColor("") == .indexed256)
        #expect(ColorCapability.indexed256.honouringNoColor(nil) == .indexed256)
    }

    @Test("renditions give curses colour numbers for each capability")
    func renditions() {
        let style = Style(fg: .rgb(255, 0, 0), bg: .indexed(21), bold: true)
        #expect(
            Rendition(style, capability: .indexed256) == Rendition(foreground: 196, background: 21, modifiers: .bold))
        #expect(Rendition(style, capability: .basic8) == Rendition(foreground: 1, background: 4, modifiers: .bold))
        #expect(Rendition(.plain, capability: .basic8) == Rendition(foreground: -1, background: -1, modifiers: []))
    }

    @Test("monochrome keeps meaning with attributes")
    func monochromeRendition() {
        let selected = Rendition(Style(fg: .black, bg: .cyan), capability: .monochrome)
        #expect(selected == Rendition(foreground: -1, background: -1, modifiers: .reverse))
        let alarm = Rendition(Style(fg: .indexed(196)), capability: .monochrome)
        #expect(alarm.modifiers == .bold)
        let calm = Rendition(Style(fg: .green, underline: true), capability: .monochrome)
        #expect(calm.modifiers == .underline)
    }
}
