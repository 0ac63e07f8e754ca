/// One input as `wget_wch` returns it: a character, a special-key code, or a mouse report read with
/// `getmouse` right after `KEY_MOUSE`.
public enum RawInput: Hashable, Sendable {
    /// A character code point (`OK` from `wget_wch`).
    case character(UInt32)
    /// A special-key code (`KEY_CODE_YES` from `wget_wch`).
    case keyCode(Int32)
    /// A mouse report: the button state bits and the cell.
    case mouse(state: UInt64, x: Int, y: Int)
}

/// Turns raw curses input into terminal events; pure, so the whole key table is unit-tested.
///
/// Decoding works on a batch: everything that was available at once. An Escape followed in the same batch by
/// another input is Alt plus that input (terminals send Alt as an Escape prefix); an Escape at the end of a
/// batch is the Escape key. An unrecognised escape sequence (`ESC [ ... final` or `ESC O x`) is dropped rather
/// than typed as text.
public struct KeyDecoder: Sendable {
    /// The special-key codes.
    public var codes: CursesKeyCodes
    /// The mouse report bits.
    public var mouseMasks: MouseMasks

    /// Creates a decoder.
    public init(codes: CursesKeyCodes = .ncurses, mouseMasks: MouseMasks = .ncurses) {
        self.codes = codes
        self.mouseMasks = mouseMasks
    }

    /// The events in a batch of inputs; `size` is reported with a `KEY_RESIZE`.
    public func decode(_ inputs: [RawInput], size: Size) -> [TerminalEvent] {
        var events: [TerminalEvent] = []
        var index = 0
        while index < inputs.count {
            let input = inputs[index]
            index += 1
            guard input == .character(27), index < inputs.count else {
                if let key = decodeKey(input) {
                    events.append(.key(key))
                } else {
                    events += nonKeyEvent(input, size: size)
                }
                continue
            }
            let next = inputs[index]
            if next == .character(0x5B) || next == .character(0x4F), index + 1 < inputs.count {
                index = skipSequence(inputs, from: index)
                continue
            }
            index += 1
            if next == .character(27) {
                events.append(.key(KeyEvent(.escape)))
                index -= 1
            } else if let key = decodeKey(next) {
                events.append(.key(KeyEvent(key.key, modifiers: key.modifiers.union(.alt))))
            } else {
                events.append(.key(KeyEvent(.escape)))
                events += nonKeyEvent(next, size: size)
            }
        }
        return events
    }

    /// The key for one input, or `nil` for mouse, resize and unknown codes.
    public func decodeKey(_ input: RawInput) -> KeyEvent? {
        switch input {
        case .character(let value): return KeyDecoder.key(forCharacter: value)
        case .keyCode(let code): return codes.key(for: code)
        case .mouse: return nil
        }
    }

    /// Mouse and resize events for an input that is not a key.
    private func nonKeyEvent(_ input: RawInput, size: Size) -> [TerminalEvent] {
        switch input {
        case .keyCode(let code) where code == codes.resize: return [.resize(size)]
        case .mouse(let state, let x, let y):
            return mouseMasks.event(state: state, x: x, y: y).map { [.mouse($0)] } ?? []
        default: return []
        }
    }

    /// The index after an escape sequence starting with `[` or `O` at `start`.
    private func skipSequence(_ inputs: [RawInput], from start: Int) -> Int {
        if inputs[start] == .character(0x4F) { return min(inputs.count, start + 2) }
        var index = start + 1
        while index < inputs.count {
            defer { index += 1 }
            guard case .character(let value) = inputs[index] else { return index }
            if (0x40...0x7E).contains(value) { return index + 1 }
        }
        return index
    }

    /// The key for a character code: control codes become Enter, Tab, Backspace, Escape or Ctrl-letter.
    public static func key(forCharacter value: UInt32) -> KeyEvent? {
        switch value {
        case 10, 13: return KeyEvent(.enter)
        case 9: return KeyEvent(.tab)
        case 8, 127: return KeyEvent(.backspace)
        case 27: return KeyEvent(.escape)
        case 0: return KeyEvent(.character(" "), modifiers: .ctrl)
        case 1...26: return KeyEvent(.character(Character(Unicode.Scalar(UInt8(0x60 + value)))), modifiers: .ctrl)
        case 28...31: return KeyEvent(.character(Character(Unicode.Scalar(UInt8(0x40 + value)))), modifiers: .ctrl)
        case 0x80..<0xA0: return nil
        default: return Unicode.Scalar(value).map { KeyEvent(.character(Character($0))) }
        }
    }
}
