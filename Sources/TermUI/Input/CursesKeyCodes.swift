/// The numeric key codes a curses library reports for special keys.
///
/// `ncurses` holds the values from ncurses 6 `curses.h`; the ncurses backend builds its table from the
/// library's own constants, so the values here only serve tests and other curses-like backends.
public struct CursesKeyCodes: Hashable, Sendable {
    /// `KEY_DOWN`.
    public var down: Int32
    /// `KEY_UP`.
    public var up: Int32
    /// `KEY_LEFT`.
    public var left: Int32
    /// `KEY_RIGHT`.
    public var right: Int32
    /// `KEY_HOME`.
    public var home: Int32
    /// `KEY_END`.
    public var end: Int32
    /// `KEY_BACKSPACE`.
    public var backspace: Int32
    /// `KEY_F0`; function key n is `f0 + n`.
    public var f0: Int32
    /// `KEY_DC` (delete character).
    public var delete: Int32
    /// `KEY_IC` (insert character).
    public var insert: Int32
    /// `KEY_NPAGE` (page down).
    public var pageDown: Int32
    /// `KEY_PPAGE` (page up).
    public var pageUp: Int32
    /// `KEY_ENTER` (keypad enter).
    public var enter: Int32
    /// `KEY_BTAB` (Shift-Tab).
    public var backTab: Int32
    /// `KEY_SR` (Shift-Up).
    public var shiftUp: Int32
    /// `KEY_SF` (Shift-Down).
    public var shiftDown: Int32
    /// `KEY_SLEFT`.
    public var shiftLeft: Int32
    /// `KEY_SRIGHT`.
    public var shiftRight: Int32
    /// `KEY_SHOME`.
    public var shiftHome: Int32
    /// `KEY_SEND`.
    public var shiftEnd: Int32
    /// `KEY_MOUSE`.
    public var mouse: Int32
    /// `KEY_RESIZE`.
    public var resize: Int32

    /// Creates a table from the library's constants.
    public init(
        down: Int32, up: Int32, left: Int32, right: Int32, home: Int32, end: Int32, backspace: Int32, f0: Int32,
        delete: Int32, insert: Int32, pageDown: Int32, pageUp: Int32, enter: Int32, backTab: Int32, shiftUp: Int32,
        shiftDown: Int32, shiftLeft: Int32, shiftRight: Int32, shiftHome: Int32, shiftEnd: Int32, mouse: Int32,
        resize: Int32
    ) {
        self.down = down
        self.up = up
        self.left = left
        self.right = right
        self.home = home
        self.end = end
        self.backspace = backspace
        self.f0 = f0
        self.delete = delete
        self.insert = insert
        self.pageDown = pageDown
        self.pageUp = pageUp
        self.enter = enter
        self.backTab = backTab
        self.shiftUp = shiftUp
        self.shiftDown = shiftDown
        self.shiftLeft = shiftLeft
        self.shiftRight = shiftRight
        self.shiftHome = shiftHome
        self.shiftEnd = shiftEnd
        self.mouse = mouse
        self.resize = resize
    }

    /// The values of ncurses 6 (octal in `curses.h`).
    public static let ncurses = CursesKeyCodes(
        down: 0o402, up: 0o403, left: 0o404, right: 0o405, home: 0o406, end: 0o550, backspace: 0o407, f0: 0o410,
        delete: 0o512, insert: 0o513, pageDown: 0o522, pageUp: 0o523, enter: 0o527, backTab: 0o541, shiftUp: 0o520,
        shiftDown: 0o517, shiftLeft: 0o611, shiftRight: 0o622, shiftHome: 0o607, shiftEnd: 0o602, mouse: 0o631,
        resize: 0o632)

    /// The key a code stands for, or `nil` for codes that are not keys (mouse, resize) or are unknown.
    public func key(for code: Int32) -> KeyEvent? {
        switch code {
        case down: return KeyEvent(.down)
        case up: return KeyEvent(.up)
        case left: return KeyEvent(.left)
        case right: return KeyEvent(.right)
        case home: return KeyEvent(.home)
        case end: return KeyEvent(.end)
        case backspace: return KeyEvent(.backspace)
        case delete: return KeyEvent(.delete)
        case insert: return KeyEvent(.insert)
        case pageDown: return KeyEvent(.pageDown)
        case pageUp: return KeyEvent(.pageUp)
        case enter: return KeyEvent(.enter)
        case backTab: return KeyEvent(.backTab)
        case shiftUp: return KeyEvent(.up, modifiers: .shift)
        case shiftDown: return KeyEvent(.down, modifiers: .shift)
        case shiftLeft: return KeyEvent(.left, modifiers: .shift)
        case shiftRight: return KeyEvent(.right, modifiers: .shift)
        case shiftHome: return KeyEvent(.home, modifiers: .shift)
        case shiftEnd: return KeyEvent(.end, modifiers: .shift)
        case (f0 + 1)...(f0 + 63): return KeyEvent(.function(Int(code - f0)))
        default: return nil
        }
    }
}
