/// What the UI needs from a terminal: its size and colours, drawing changed cells, and input events.
///
/// Contract for implementations:
/// - Only one thread uses a backend.
/// - `draw` receives cells that are never continuation cells; a wide cell covers the next column itself.
///   Nothing need be visible before `flush`.
/// - `clear` blanks the screen (used before a full redraw, after a resize).
/// - `nextEvent(timeout:)` waits at most `timeout` and returns `nil` when nothing arrived; the caller's loop
///   uses that as its tick. It should return early (with `nil`) when the process has been asked to stop.
/// - Errors are thrown, never printed: the screen belongs to the UI.
public protocol TerminalBackend: AnyObject {
    /// The current size in cells.
    var size: Size { get }
    /// The colours the terminal can show; styles are reduced to this (see `Rendition`).
    var colorCapability: ColorCapability { get }
    /// Draws cells (not yet visible until `flush`).
    func draw(_ changes: [CellChange]) throws
    /// Blanks the whole screen.
    func clear() throws
    /// Shows everything drawn since the last flush.
    func flush() throws
    /// Shows the text cursor at `position`, or hides it when `nil`.
    func setCursor(_ position: Position?) throws
    /// The next event, waiting at most `timeout`; `nil` when none arrived in time.
    func nextEvent(timeout: Duration) throws -> TerminalEvent?
}

extension Duration {
    /// The duration in whole milliseconds, rounded up, clamped to `0...Int32.max`.
    public var wholeMilliseconds: Int {
        let (seconds, attoseconds) = components
        guard seconds >= 0 else { return 0 }
        guard seconds < Int64(Int32.max / 1000) else { return Int(Int32.max) }
        let milliseconds = seconds * 1000 + (max(0, attoseconds) + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int(milliseconds)
    }
}
