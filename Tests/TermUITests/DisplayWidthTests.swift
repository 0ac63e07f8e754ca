import Testing

@testable import TermUI

@Suite("Display width")
struct DisplayWidthTests {
    @Test("ASCII letters, digits and punctuation take one column")
    func ascii() {
        #expect("abc XYZ 123 !?~".displayWidth == 15)
        #expect(Character("a").displayWidth == 1)
    }

    @Test("control characters take none")
    func controls() {
        #expect(Character("\u{07}").displayWidth == 0)
        #expect(Character("\t").displayWidth == 0)
        #expect(Character("\u{7F}").displayWidth == 0)
        #expect(Character("\u{9B}").displayWidth == 0)
    }

    @Test("CJK, kana, Hangul and fullwidth forms take two columns")
    func eastAsianWide() {
        #expect("東京".displayWidth == 4)
        #expect(Character("カ").displayWidth == 2)
        #expect(Character("한").displayWidth == 2)
        #expect(Character("Ａ").displayWidth == 2)
        #expect(Character("　").displayWidth == 2)
    }

    @Test("emoji take two columns, including sequences and VS16 forms")
    func emoji() {
        #expect(Character("🔥").displayWidth == 2)
        #expect(Character("✅").displayWidth == 2)
        #expect(Character("👩‍💻").displayWidth == 2)
        #expect(Character("🇫🇷").displayWidth == 2)
        #expect(Character("❤️").displayWidth == 2)
        #expect(Character("⚠").displayWidth == 1)
        #expect(Character("⚠️").displayWidth == 2)
    }

    @Test("combining marks add nothing; alone they take no column")
    func combining() {
        #expect("e\u{301}".displayWidth == 1)
        #expect(Character("\u{301}").displayWidth == 0)
        #expect(Character("\u{200B}").displayWidth == 0)
        #expect("Ame\u{301}lie".displayWidth == 6)
    }

    @Test("box drawing, blocks, braille, arrows and ● take one column")
    func narrowSymbols() {
        #expect("┌─┐│└┘╭╮━║".displayWidth == 10)
        #expect("▁▂▃▄▅▆▇█░".displayWidth == 9)
        #expect(Character("●").displayWidth == 1)
        #expect(Character("·").displayWidth == 1)
        #expect(Character("⣿").displayWidth == 1)
        #expect(Character("▶").displayWidth == 1)
        #expect(Character("é").displayWidth == 1)
    }

    @Test("mixed text sums per character")
    func mixed() {
        #expect("a東🔥●".displayWidth == 6)
        #expect("".displayWidth == 0)
    }

    @Test("fitting text to a width never splits a wide character")
    func fitting() {
        #expect("東京都".prefix(displayWidth: 3) == "東")
        #expect("abcdef".truncated(toWidth: 4) == "abc…")
        #expect("abc".truncated(toWidth: 3) == "abc")
        #expect("東京都".truncated(toWidth: 4) == "東…")
        #expect("abc".truncated(toWidth: 0) == "")
        #expect("ab".padded(toWidth: 4, alignment: .trailing) == "  ab")
        #expect("ab".padded(toWidth: 5, alignment: .center) == " ab  ")
    }
}
