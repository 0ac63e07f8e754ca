extension KeyEvent {
    /// Parses the form used in key maps and theme files, case-insensitively for names and modifiers:
    /// `q`, `?`, `Q`, `space`, `enter`, `esc`, `tab`, `backtab` or `shift-tab`, `up`, `pgdn`, `f5`, `ctrl-c`,
    /// `c-c`, `^C`, `alt-x`, `m-x`, `shift-up`. Returns `nil` for anything else.
    public init?(parsing text: String) {
        var modifiers: KeyModifiers = []
        var rest = Substring(text)
        if rest.count == 2, rest.first == "^", let letter = rest.last, letter.isLetter {
            self.init(.character(Character(letter.lowercased())), modifiers: .ctrl)
            return
        }
        while rest.count > 2, let dash = rest.firstIndex(of: "-"), dash != rest.startIndex {
            switch rest[..<dash].lowercased() {
            case "ctrl", "control", "c": modifiers.insert(.ctrl)
            case "alt", "meta", "m": modifiers.insert(.alt)
            case "shift", "s": modifiers.insert(.shift)
            default: return nil
            }
            rest = rest[rest.index(after: dash)...]
        }
        guard let key = KeyEvent.key(named: String(rest)) else { return nil }
        if key == .tab && modifiers.contains(.shift) {
            self.init(.backTab, modifiers: modifiers.subtracting(.shift))
        } else if case .character(let character) = key, modifiers.contains(.ctrl) {
            self.init(.character(Character(character.lowercased())), modifiers: modifiers)
        } else {
            self.init(key, modifiers: modifiers)
        }
    }

    /// The key with a given name, or the single character itself.
    private static func key(named name: String) -> Key? {
        if name.count == 1, let character = name.first { return .character(character) }
        let lower = name.lowercased()
        let named: [String: Key] = [
            "space": .character(" "), "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape,
            "tab": .tab, "backtab": .backTab, "backspace": .backspace, "bs": .backspace, "delete": .delete,
            "del": .delete, "insert": .insert, "ins": .insert, "up": .up, "down": .down, "left": .left,
            "right": .right, "home": .home, "end": .end, "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown,
            "pagedown": .pageDown, "minus": .character("-"),
        ]
        if let key = named[lower] { return key }
        if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...63).contains(number) {
            return .function(number)
        }
        return nil
    }
}
