/// A key on the keyboard, without modifiers.
public enum Key: Hashable, Sendable {
    /// A printable character (letters keep their case; with Ctrl they are lowercase).
    case character(Character)
    /// Enter or Return.
    case enter
    /// Escape.
    case escape
    /// Tab.
    case tab
    /// Shift-Tab.
    case backTab
    /// Backspace.
    case backspace
    /// Delete (forward).
    case delete
    /// Insert.
    case insert
    /// Arrow up.
    case up
    /// Arrow down.
    case down
    /// Arrow left.
    case left
    /// Arrow right.
    case right
    /// Home.
    case home
    /// End.
    case end
    /// Page up.
    case pageUp
    /// Page down.
    case pageDown
    /// A function key, F1 to F63.
    case function(Int)
}

/// Modifier keys held with a key.
public struct KeyModifiers: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8

    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// Control.
    public static let ctrl = KeyModifiers(rawValue: 1 << 0)
    /// Alt (Meta), sent by terminals as an Escape prefix.
    public static let alt = KeyModifiers(rawValue: 1 << 1)
    /// Shift, reported only for keys where it is not already in the character (arrows, Home, End).
    public static let shift = KeyModifiers(rawValue: 1 << 2)
}
