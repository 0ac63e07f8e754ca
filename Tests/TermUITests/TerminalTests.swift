import Testing

@testable import TermUI

@Suite("Terminal and test backend")
struct TerminalTests {
    @Test("the first frame clears and draws everything; the next sends only changes")
    func diffedFrames() throws {
        let backend = TestBackend(width: 6, height: 2)
        let terminal = Terminal(backend: backend)
        try terminal.draw { $0.put("hello", at: .zero) }
        #expect(backend.clearCount == 1)
        #expect(backend.screen.lines() == ["hello ", "      "])
        try terminal.draw { $0.put("help", at: .zero) }
        #expect(backend.clearCount == 1)
        #expect(backend.drawCalls.last?.map(\.position) == [Position(x: 3, y: 0), Position(x: 4, y: 0)])
        #expect(backend.frames.map { $0.lines()[0] } == ["hello ", "help  "])
    }

    @Test("a resize event makes the next frame a full redraw at the new size")
    func resize() throws {
        let backend = TestBackend(width: 4, height: 1)
        let terminal = Terminal(backend: backend)
        try terminal.draw { $0.put("abcd", at: .zero) }
        backend.resize(to: Size(width: 6, height: 2))
        #expect(try terminal.nextEvent(timeout: .milliseconds(10)) == .resize(Size(width: 6, height: 2)))
        #expect(terminal.previousFrame == nil)
        let frame = try terminal.draw { $0.put("東京!", at: Position(x: 0, y: 1)) }
        #expect(frame.size == Size(width: 6, height: 2))
        #expect(backend.clearCount == 2)
        #expect(backend.screen.lines() == ["      ", "東京! "])
        #expect(wideCharactersAreWhole(backend.screen))
    }

    @Test("scripted events come in order, then timeouts")
    func scriptedEvents() throws {
        let backend = TestBackend(width: 2, height: 2, events: [.key(.char("j"))])
        backend.type("k?")
        backend.enqueue(.key(.ctrl("c")))
        var received: [TerminalEvent] = []
        while let event = try backend.nextEvent(timeout: .milliseconds(100)) { received.append(event) }
        #expect(received == [.key(.char("j")), .key(.char("k")), .key(.char("?")), .key(.ctrl("c"))])
        #expect(try backend.nextEvent(timeout: .seconds(1)) == nil)
        #expect(backend.polls.last == .seconds(1))
        #expect(backend.pendingEvents.isEmpty)
    }

    @Test("the test backend records the cursor and its colour capability")
    func cursorAndColors() throws {
        let backend = TestBackend(width: 3, height: 1, colorCapability: .monochrome)
        try backend.setCursor(Position(x: 2, y: 0))
        #expect(backend.cursor == Position(x: 2, y: 0))
        try backend.setCursor(nil)
        #expect(backend.cursor == nil)
        #expect(backend.colorCapability == .monochrome)
    }

    @Test("durations convert to whole milliseconds for curses timeouts")
    func milliseconds() {
        #expect(Duration.milliseconds(250).wholeMilliseconds == 250)
        #expect(Duration.microseconds(1).wholeMilliseconds == 1)
        #expect(Duration.zero.wholeMilliseconds == 0)
        #expect(Duration.seconds(-5).wholeMilliseconds == 0)
        #expect(Duration.seconds(10_000_000).wholeMilliseconds == Int(Int32.max))
    }
}

@Suite("Colour pair allocation")
struct ColorPairAllocatorTests {
    @Test("the default pair is 0, new pairs count up, known pairs are reused")
    func allocation() {
        var pairs = ColorPairAllocator(capacity: 2)
        #expect(pairs.number(foreground: -1, background: -1) == (0, false))
        #expect(pairs.number(foreground: 1, background: -1) == (1, true))
        #expect(pairs.number(foreground: 1, background: -1) == (1, false))
        #expect(pairs.number(foreground: 2, background: 4) == (2, true))
    }

    @Test("when pairs run out new colours fall back to the default pair")
    func exhaustion() {
        var pairs = ColorPairAllocator(capacity: 1)
        _ = pairs.number(foreground: 1, background: 0)
        #expect(pairs.number(foreground: 2, background: 0) == (0, false))
        pairs.reset()
        #expect(pairs.number(foreground: 2, background: 0) == (1, true))
        var none = ColorPairAllocator(capacity: -5)
        #expect(none.number(foreground: 3, background: 3) == (0, false))
    }
}

@Suite("Terminal failure handling")
struct TerminalFailureTests {
    struct RenderFailed: Error {}

    @Test("a frame whose rendering throws is not drawn and does not replace the previous frame")
    func throwingRender() throws {
        let backend = TestBackend(width: 3, height: 1)
        let terminal = Terminal(backend: backend)
        try terminal.draw { $0.put("abc", at: .zero) }
        #expect(throws: RenderFailed.self) {
            try terminal.draw { _ in throw RenderFailed() }
        }
        #expect(terminal.previousFrame?.lines() == ["abc"])
        #expect(backend.frames.count == 1)
    }

    @Test("invalidate makes the next frame a full redraw")
    func invalidate() throws {
        let backend = TestBackend(width: 3, height: 1)
        let terminal = Terminal(backend: backend)
        try terminal.draw { $0.put("abc", at: .zero) }
        terminal.invalidate()
        try terminal.draw { $0.put("abc", at: .zero) }
        #expect(backend.clearCount == 2)
        #expect(backend.drawCalls.last?.count == 3)
    }
}
