/// An in-memory terminal for headless tests: it applies draws to a screen buffer, records every flushed frame,
/// and answers `nextEvent` from a script of events.
public final class TestBackend: TerminalBackend {
    /// The current size.
    public private(set) var size: Size
    /// The colour capability reported.
    public var colorCapability: ColorCapability
    /// What the terminal shows now (including draws not yet flushed).
    public private(set) var screen: Buffer
    /// The screen at each `flush`, oldest first.
    public private(set) var frames: [Buffer] = []
    /// The changes of each `draw` call, oldest first.
    public private(set) var drawCalls: [[CellChange]] = []
    /// How many times `clear` was called.
    public private(set) var clearCount = 0
    /// Where the cursor is shown, `nil` when hidden.
    public private(set) var cursor: Position?
    /// The timeouts `nextEvent` was called with, oldest first.
    public private(set) var polls: [Duration] = []
    private var script: [TerminalEvent]

    /// Creates a backend of a given size with scripted events.
    public init(width: Int, height: Int, colorCapability: ColorCapability = .indexed256, events: [TerminalEvent] = []) {
        self.size = Size(width: width, height: height)
        self.colorCapability = colorCapability
        self.screen = Buffer(width: width, height: height)
        self.script = events
    }

    /// The events still to be delivered.
    public var pendingEvents: [TerminalEvent] { script }

    /// Appends events to the script.
    public func enqueue(_ events: [TerminalEvent]) {
        script += events
    }

    /// Appends one event to the script.
    public func enqueue(_ event: TerminalEvent) {
        script.append(event)
    }

    /// Appends a key press per character of `text` (as typed, without modifiers).
    public func type(_ text: String) {
        script += text.map { .key(.char($0)) }
    }

    /// Changes the size as a terminal window would: the screen is blanked and a resize event is queued.
    public func resize(to newSize: Size) {
        size = newSize
        screen = Buffer(size: newSize)
        script.append(.resize(newSize))
    }

    public func draw(_ changes: [CellChange]) throws {
        drawCalls.append(changes)
        for change in changes { screen.set(change.cell, at: change.position) }
    }

    public func clear() throws {
        clearCount += 1
        screen = Buffer(size: size)
    }

    public func flush() throws {
        frames.append(screen)
    }

    public func setCursor(_ position: Position?) throws {
        cursor = position
    }

    /// The first scripted event, or `nil` (a timeout) when the script is empty.
    public func nextEvent(timeout: Duration) throws -> TerminalEvent? {
        polls.append(timeout)
        guard !script.isEmpty else { return nil }
        return script.removeFirst()
    }
}
