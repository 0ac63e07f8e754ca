/// A key press with its modifiers.
///
/// Control characters arrive as `Ctrl` plus a lowercase letter (`Ctrl-A` is `.ctrl("a")`), except those
/// that are keys of their own: Tab (Ctrl-I), Enter (Ctrl-M, Ctrl-J), Backspace (Ctrl-H, DEL) and Escape.
public struct KeyEvent: Hashable, Sendable, CustomStringConvertible {
    /// The key.
    public var key: Key
    /// The modifiers held.
    public var modifiers: KeyModifiers

    /// Creates a key event.
    public init(_ key: Key, modifiers: KeyModifiers = []) {
        self.key = key
        self.modifiers = modifiers
    }

    /// A plain character.
    public static func char(_ character: Character) -> KeyEvent {
        KeyEvent(.character(character))
    }

    /// Control with a character (letters are lowercased).
    public static func ctrl(_ character: Character) -> KeyEvent {
        KeyEvent(.character(Character(character.lowercased())), modifiers: .ctrl)
    }

    /// Alt with a character.
    public static func alt(_ character: Character) -> KeyEvent {
        KeyEvent(.character(character), modifiers: .alt)
    }

    /// Readable form for status bars and help: `Ctrl-C`, `Alt-x`, `Shift-Up`, `F5`, `PgDn`, `Space`.
    public var description: String {
        var parts: [String] = []
        if modifiers.contains(.ctrl) { parts.append("Ctrl") }
        if modifiers.contains(.alt) { parts.append("Alt") }
        if modifiers.contains(.shift) { parts.append("Shift") }
        parts.append(KeyEvent.name(of: key, uppercaseLetters: modifiers.contains(.ctrl)))
        return parts.joined(separator: "-")
    }

    /// The readable name of a key.
    static func name(of key: Key, uppercaseLetters: Bool) -> String {
        switch key {
        case .character(" "): return "Space"
        case .character(let character): return uppercaseLetters ? character.uppercased() : String(character)
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "BackTab"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .insert: return "Insert"
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .function(let number): return "F\(number)"
        }
    }
}
