/// The bits of a curses mouse report (`MEVENT.bstate`) that the decoder understands.
///
/// `ncurses` holds the values of ncurses 6 with mouse version 2; the ncurses backend builds its masks from
/// the library's macros.
public struct MouseMasks: Hashable, Sendable {
    /// Bits per button: pressed, released, clicked, double-clicked.
    public struct Button: Hashable, Sendable {
        /// `BUTTONn_PRESSED`.
        public var pressed: UInt64
        /// `BUTTONn_RELEASED`.
        public var released: UInt64
        /// `BUTTONn_CLICKED`.
        public var clicked: UInt64
        /// `BUTTONn_DOUBLE_CLICKED`.
        public var doubleClicked: UInt64

        /// Creates the masks of one button.
        public init(pressed: UInt64, released: UInt64, clicked: UInt64, doubleClicked: UInt64) {
            self.pressed = pressed
            self.released = released
            self.clicked = clicked
            self.doubleClicked = doubleClicked
        }

        /// The masks of button `number` (1-5) with ncurses mouse version 2.
        static func ncurses(_ number: UInt64) -> Button {
            let shift = (number - 1) * 5
            return Button(
                pressed: 0o2 << shift, released: 0o1 << shift, clicked: 0o4 << shift, doubleClicked: 0o10 << shift)
        }
    }

    /// Button 1 (left).
    public var button1: Button
    /// Button 2 (middle).
    public var button2: Button
    /// Button 3 (right).
    public var button3: Button
    /// `BUTTON4_PRESSED` (wheel up).
    public var wheelUp: UInt64
    /// `BUTTON5_PRESSED` (wheel down).
    public var wheelDown: UInt64
    /// `BUTTON_CTRL`.
    public var ctrl: UInt64
    /// `BUTTON_SHIFT`.
    public var shift: UInt64
    /// `BUTTON_ALT`.
    public var alt: UInt64

    /// Creates the masks.
    public init(
        button1: Button, button2: Button, button3: Button, wheelUp: UInt64, wheelDown: UInt64, ctrl: UInt64,
        shift: UInt64, alt: UInt64
    ) {
        self.button1 = button1
        self.button2 = button2
        self.button3 = button3
        self.wheelUp = wheelUp
        self.wheelDown = wheelDown
        self.ctrl = ctrl
        self.shift = shift
        self.alt = alt
    }

    /// The values of ncurses 6, mouse version 2.
    public static let ncurses = MouseMasks(
        button1: .ncurses(1), button2: .ncurses(2), button3: .ncurses(3), wheelUp: 0o2 << 15, wheelDown: 0o2 << 20,
        ctrl: 0o1 << 25, shift: 0o2 << 25, alt: 0o4 << 25)

    /// The event a report stands for, or `nil` when no known bit is set.
    public func event(state: UInt64, x: Int, y: Int) -> MouseEvent? {
        var modifiers: KeyModifiers = []
        if state & ctrl != 0 { modifiers.insert(.ctrl) }
        if state & shift != 0 { modifiers.insert(.shift) }
        if state & alt != 0 { modifiers.insert(.alt) }
        let position = Position(x: x, y: y)
        if state & wheelUp != 0 { return MouseEvent(.scrollUp, at: position, modifiers: modifiers) }
        if state & wheelDown != 0 { return MouseEvent(.scrollDown, at: position, modifiers: modifiers) }
        for (masks, button) in [(button1, MouseButton.left), (button2, .middle), (button3, .right)] {
            let kind: MouseEvent.Kind?
            if state & masks.pressed != 0 {
                kind = .press(button)
            } else if state & masks.released != 0 {
                kind = .release(button)
            } else if state & masks.clicked != 0 {
                kind = .click(button)
            } else if state & masks.doubleClicked != 0 {
                kind = .doubleClick(button)
            } else {
                kind = nil
            }
            if let kind { return MouseEvent(kind, at: position, modifiers: modifiers) }
        }
        return nil
    }
}
