/// Something the terminal reports: a key, a mouse action, or a new size.
public enum TerminalEvent: Hashable, Sendable {
    /// A key press.
    case key(KeyEvent)
    /// A mouse action (only when the backend has mouse reporting on).
    case mouse(MouseEvent)
    /// The terminal now has this size; the next frame is drawn in full.
    case resize(Size)
}
