/// Draws frames on a backend, sending only the cells that changed since the previous frame.
///
/// The loop of an application:
/// ```swift
/// let terminal = Terminal(backend: backend)
/// while running {
///   try terminal.draw { buffer in screen.render(in: buffer.area, buffer: &buffer) }
///   if let event = try terminal.nextEvent(timeout: .milliseconds(250)) { handle(event) }
/// }
/// ```
public final class Terminal {
    /// The backend drawn on.
    public let backend: any TerminalBackend
    /// The last frame shown, `nil` before the first one or after `invalidate()`.
    public private(set) var previousFrame: Buffer?

    /// Creates a terminal on a backend.
    public init(backend: any TerminalBackend) {
        self.backend = backend
    }

    /// Renders a frame at the backend's current size and shows it: a diff against the previous frame, or a
    /// clear and a full redraw when there is none or the size changed. Returns the frame drawn.
    @discardableResult
    public func draw(_ render: (inout Buffer) throws -> Void) throws -> Buffer {
        var frame = Buffer(size: backend.size)
        try render(&frame)
        let diff = BufferDiff(from: previousFrame, to: frame)
        if diff.isFullRedraw { try backend.clear() }
        try backend.draw(diff.changes)
        try backend.flush()
        previousFrame = frame
        return frame
    }

    /// The next event from the backend; a resize invalidates the previous frame so the next one is full.
    public func nextEvent(timeout: Duration) throws -> TerminalEvent? {
        let event = try backend.nextEvent(timeout: timeout)
        if case .resize = event { invalidate() }
        return event
    }

    /// Forgets the previous frame: the next `draw` clears the screen and draws every cell.
    public func invalidate() {
        previousFrame = nil
    }
}
