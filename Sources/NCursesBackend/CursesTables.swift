import CNCursesw
import TermUI

/// The key codes and mouse masks of the linked ncurses, read from its own constants and macros.
enum CursesTables {
    /// The special-key codes.
    static var keyCodes: CursesKeyCodes {
        CursesKeyCodes(
            down: KEY_DOWN, up: KEY_UP, left: KEY_LEFT, right: KEY_RIGHT, home: KEY_HOME, end: KEY_END,
            backspace: KEY_BACKSPACE, f0: cnc_key_f(0), delete: KEY_DC, insert: KEY_IC, pageDown: KEY_NPAGE,
            pageUp: KEY_PPAGE, enter: KEY_ENTER, backTab: KEY_BTAB, shiftUp: KEY_SR, shiftDown: KEY_SF,
            shiftLeft: KEY_SLEFT, shiftRight: KEY_SRIGHT, shiftHome: KEY_SHOME, shiftEnd: KEY_SEND, mouse: KEY_MOUSE,
            resize: KEY_RESIZE)
    }

    /// The mouse report bits.
    static var mouseMasks: MouseMasks {
        func button(_ number: Int32) -> MouseMasks.Button {
            MouseMasks.Button(
                pressed: UInt64(cnc_button_pressed(number)), released: UInt64(cnc_button_released(number)),
                clicked: UInt64(cnc_button_clicked(number)), doubleClicked: UInt64(cnc_button_double_clicked(number)))
        }
        return MouseMasks(
            button1: button(1), button2: button(2), button3: button(3), wheelUp: UInt64(cnc_button_pressed(4)),
            wheelDown: UInt64(cnc_button_pressed(5)), ctrl: UInt64(cnc_button_ctrl()),
            shift: UInt64(cnc_button_shift()), alt: UInt64(cnc_button_alt()))
    }

    /// The curses attribute bits for modifiers.
    static func attributes(for modifiers: Modifiers) -> attr_t {
        var attributes = cnc_a_normal()
        if modifiers.contains(.bold) { attributes |= cnc_a_bold() }
        if modifiers.contains(.dim) { attributes |= cnc_a_dim() }
        if modifiers.contains(.italic) { attributes |= cnc_a_italic() }
        if modifiers.contains(.underline) { attributes |= cnc_a_underline() }
        if modifiers.contains(.reverse) { attributes |= cnc_a_reverse() }
        return attributes
    }
}
