import Testing

@testable import TermUI

@Suite("Key decoding")
struct KeyDecodingTests {
    let decoder = KeyDecoder()
    let size = Size(width: 80, height: 24)

    func keys(_ inputs: [RawInput]) -> [TerminalEvent] {
        decoder.decode(inputs, size: size)
    }

    func chars(_ text: String) -> [RawInput] {
        text.unicodeScalars.map { .character($0.value) }
    }

    @Test("printable characters, including non-ASCII, are themselves")
    func printable() {
        #expect(keys(chars("aZ?中●")) == "aZ?中●".map { .key(.char($0)) })
    }

    @Test("control codes become Enter, Tab, Backspace or Ctrl with a lowercase letter")
    func controls() {
        #expect(KeyDecoder.key(forCharacter: 13) == KeyEvent(.enter))
        #expect(KeyDecoder.key(forCharacter: 10) == KeyEvent(.enter))
        #expect(KeyDecoder.key(forCharacter: 9) == KeyEvent(.tab))
        #expect(KeyDecoder.key(forCharacter: 127) == KeyEvent(.backspace))
        #expect(KeyDecoder.key(forCharacter: 8) == KeyEvent(.backspace))
        #expect(KeyDecoder.key(forCharacter: 1) == .ctrl("a"))
        #expect(KeyDecoder.key(forCharacter: 3) == .ctrl("c"))
        #expect(KeyDecoder.key(forCharacter: 26) == .ctrl("z"))
        #expect(KeyDecoder.key(forCharacter: 0) == KeyEvent(.character(" "), modifiers: .ctrl))
        #expect(KeyDecoder.key(forCharacter: 28) == .ctrl("\\"))
        #expect(KeyDecoder.key(forCharacter: 0x85) == nil)
        #expect(KeyDecoder.key(forCharacter: 0xD800) == nil)
    }

    @Test("curses key codes map to arrows, paging, Home/End, F-keys, BackTab and shifted keys")
    func keyCodes() {
        let codes = CursesKeyCodes.ncurses
        let table: [(Int32, KeyEvent)] = [
            (codes.up, KeyEvent(.up)), (codes.down, KeyEvent(.down)), (codes.left, KeyEvent(.left)),
            (codes.right, KeyEvent(.right)), (codes.pageUp, KeyEvent(.pageUp)), (codes.pageDown, KeyEvent(.pageDown)),
            (codes.home, KeyEvent(.home)), (codes.end, KeyEvent(.end)), (codes.backTab, KeyEvent(.backTab)),
            (codes.delete, KeyEvent(.delete)), (codes.insert, KeyEvent(.insert)), (codes.enter, KeyEvent(.enter)),
            (codes.backspace, KeyEvent(.backspace)), (codes.f0 + 1, KeyEvent(.function(1))),
            (codes.f0 + 12, KeyEvent(.function(12))), (codes.shiftUp, KeyEvent(.up, modifiers: .shift)),
            (codes.shiftRight, KeyEvent(.right, modifiers: .shift)),
        ]
        for (code, expected) in table {
            #expect(decoder.decodeKey(.keyCode(code)) == expected)
        }
        #expect(decoder.decodeKey(.keyCode(0o777)) == nil)
        #expect(codes.up == 259 && codes.pageDown == 338 && codes.resize == 410)
    }

    @Test("a lone Escape is Escape; Escape followed by a key is Alt")
    func escapeAndAlt() {
        #expect(keys([.character(27)]) == [.key(KeyEvent(.escape))])
        #expect(keys([.character(27), .character(0x78)]) == [.key(.alt("x"))])
        #expect(keys([.character(27), .keyCode(CursesKeyCodes.ncurses.up)]) == [.key(KeyEvent(.up, modifiers: .alt))])
        #expect(keys([.character(27), .character(27)]) == [.key(KeyEvent(.escape)), .key(KeyEvent(.escape))])
        #expect(keys([.character(27), .character(1)]) == [.key(KeyEvent(.character("a"), modifiers: [.ctrl, .alt]))])
        #expect(keys([.character(27), .character(0x5B)]) == [.key(.alt("["))])
    }

    @Test("unknown escape sequences are dropped, not typed")
    func unknownSequences() {
        #expect(keys(chars("\u{1B}[1;5Za")) == [.key(.char("a"))])
        #expect(keys(chars("\u{1B}OPb")) == [.key(.char("b"))])
        #expect(keys(chars("\u{1B}[12")) == [])
    }

    @Test("resize and mouse reports become their events")
    func resizeAndMouse() {
        let masks = MouseMasks.ncurses
        #expect(keys([.keyCode(CursesKeyCodes.ncurses.resize)]) == [.resize(size)])
        #expect(
            keys([.mouse(state: masks.button1.pressed, x: 3, y: 4)])
                == [.mouse(MouseEvent(.press(.left), at: Position(x: 3, y: 4)))])
        #expect(
            keys([.mouse(state: masks.button3.clicked | masks.ctrl, x: 0, y: 0)])
                == [.mouse(MouseEvent(.click(.right), at: .zero, modifiers: .ctrl))])
        #expect(
            keys([.mouse(state: masks.wheelDown, x: 1, y: 1)]) == [
                .mouse(MouseEvent(.scrollDown, at: Position(x: 1, y: 1)))
            ])
        #expect(keys([.mouse(state: 0, x: 1, y: 1), .keyCode(CursesKeyCodes.ncurses.mouse)]) == [])
        #expect(
            keys([.character(27), .keyCode(CursesKeyCodes.ncurses.resize)])
                == [.key(KeyEvent(.escape)), .resize(size)])
    }

    @Test("mouse masks follow ncurses mouse version 2")
    func masks() {
        let masks = MouseMasks.ncurses
        #expect(masks.button1.released == 0x1 && masks.button1.pressed == 0x2 && masks.button1.clicked == 0x4)
        #expect(masks.button2.pressed == 0x40)
        #expect(masks.wheelUp == 0x10000 && masks.wheelDown == 0x200000)
    }
}

@Suite("Key events")
struct KeyEventTests {
    @Test("descriptions read like key hints")
    func descriptions() {
        #expect(KeyEvent.ctrl("c").description == "Ctrl-C")
        #expect(KeyEvent.alt("x").description == "Alt-x")
        #expect(KeyEvent(.pageDown).description == "PgDn")
        #expect(KeyEvent(.function(5)).description == "F5")
        #expect(KeyEvent(.up, modifiers: .shift).description == "Shift-Up")
        #expect(KeyEvent.char(" ").description == "Space")
        #expect(KeyEvent.char("?").description == "?")
    }

    @Test("key-map strings parse to events")
    func parsing() {
        #expect(KeyEvent(parsing: "q") == .char("q"))
        #expect(KeyEvent(parsing: "Q") == .char("Q"))
        #expect(KeyEvent(parsing: "ctrl-c") == .ctrl("c"))
        #expect(KeyEvent(parsing: "Ctrl-C") == .ctrl("c"))
        #expect(KeyEvent(parsing: "^C") == .ctrl("c"))
        #expect(KeyEvent(parsing: "c-x") == .ctrl("x"))
        #expect(KeyEvent(parsing: "alt-x") == .alt("x"))
        #expect(KeyEvent(parsing: "shift-tab") == KeyEvent(.backTab))
        #expect(KeyEvent(parsing: "backtab") == KeyEvent(.backTab))
        #expect(KeyEvent(parsing: "PgDn") == KeyEvent(.pageDown))
        #expect(KeyEvent(parsing: "f10") == KeyEvent(.function(10)))
        #expect(KeyEvent(parsing: "space") == .char(" "))
        #expect(KeyEvent(parsing: "-") == .char("-"))
        #expect(KeyEvent(parsing: "ctrl--") == KeyEvent(.character("-"), modifiers: .ctrl))
        #expect(KeyEvent(parsing: "esc") == KeyEvent(.escape))
        #expect(KeyEvent(parsing: "hyper-x") == nil)
        #expect(KeyEvent(parsing: "f99") == nil)
        #expect(KeyEvent(parsing: "") == nil)
    }

    @Test("descriptions parse back to the same event")
    func roundTrip() {
        let events: [KeyEvent] = [
            .ctrl("c"), .alt("x"), KeyEvent(.pageUp), KeyEvent(.function(3)), KeyEvent(.up, modifiers: .shift),
            .char(" "), KeyEvent(.enter), KeyEvent(.escape), KeyEvent(.backTab), KeyEvent(.delete),
        ]
        for event in events {
            #expect(KeyEvent(parsing: event.description) == event)
        }
    }
}
