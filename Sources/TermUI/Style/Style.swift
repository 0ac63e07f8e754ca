/// How a cell looks: colours and modifiers, any of which may be left unset so that it can be layered.
///
/// `nil` colours and modifiers not mentioned are inherited when a style is patched over another:
/// `Style(bg: .blue).patched(with: Style(fg: .white, bold: true))` is white bold text on blue.
public struct Style: Hashable, Sendable, CustomStringConvertible {
    /// The foreground colour, or `nil` to keep the one underneath.
    public var fg: Color?
    /// The background colour, or `nil` to keep the one underneath.
    public var bg: Color?
    /// Modifiers this style switches on.
    public var addModifiers: Modifiers
    /// Modifiers this style switches off when patched over another style.
    public var subModifiers: Modifiers

    /// Creates a style from colours and flags.
    public init(
        fg: Color? = nil, bg: Color? = nil, bold: Bool = false, dim: Bool = false, italic: Bool = false,
        underline: Bool = false, reverse: Bool = false
    ) {
        self.fg = fg
        self.bg = bg
        var modifiers: Modifiers = []
        if bold { modifiers.insert(.bold) }
        if dim { modifiers.insert(.dim) }
        if italic { modifiers.insert(.italic) }
        if underline { modifiers.insert(.underline) }
        if reverse { modifiers.insert(.reverse) }
        self.addModifiers = modifiers
        self.subModifiers = []
    }

    /// Creates a style from colours and modifier sets.
    public init(fg: Color? = nil, bg: Color? = nil, modifiers: Modifiers, removing: Modifiers = []) {
        self.fg = fg
        self.bg = bg
        self.addModifiers = modifiers
        self.subModifiers = removing.subtracting(modifiers)
    }

    /// The empty style: default colours, no modifiers, inherits everything.
    public static let plain = Style()

    /// The modifiers in effect for a cell with this style.
    public var modifiers: Modifiers { addModifiers }

    /// Whether bold is on.
    public var isBold: Bool { addModifiers.contains(.bold) }
    /// Whether dim is on.
    public var isDim: Bool { addModifiers.contains(.dim) }
    /// Whether italic is on.
    public var isItalic: Bool { addModifiers.contains(.italic) }
    /// Whether underline is on.
    public var isUnderlined: Bool { addModifiers.contains(.underline) }
    /// Whether reverse video is on.
    public var isReversed: Bool { addModifiers.contains(.reverse) }

    /// This style with `other` layered on top: its colours win when set, its modifiers are added or removed.
    public func patched(with other: Style) -> Style {
        var result = self
        result.patch(other)
        return result
    }

    /// Layers `other` on top of this style (see `patched(with:)`).
    public mutating func patch(_ other: Style) {
        if let fg = other.fg { self.fg = fg }
        if let bg = other.bg { self.bg = bg }
        addModifiers = addModifiers.subtracting(other.subModifiers).union(other.addModifiers)
        subModifiers = subModifiers.subtracting(other.addModifiers).union(other.subModifiers)
    }

    /// This style with a foreground colour.
    public func fg(_ color: Color) -> Style {
        var result = self
        result.fg = color
        return result
    }

    /// This style with a background colour.
    public func bg(_ color: Color) -> Style {
        var result = self
        result.bg = color
        return result
    }

    /// This style with `modifiers` switched on.
    public func adding(_ modifiers: Modifiers) -> Style {
        var result = self
        result.addModifiers.formUnion(modifiers)
        result.subModifiers.subtract(modifiers)
        return result
    }

    /// This style with `modifiers` switched off (also when patched over another style).
    public func removing(_ modifiers: Modifiers) -> Style {
        var result = self
        result.addModifiers.subtract(modifiers)
        result.subModifiers.formUnion(modifiers)
        return result
    }

    /// The style as a cell shows it: `.default` colours as `nil` and no record of removed modifiers, so two
    /// styles that look the same compare equal.
    public var normalized: Style {
        Style(
            fg: fg == .default ? nil : fg, bg: bg == .default ? nil : bg, modifiers: addModifiers, removing: [])
    }

    public var description: String {
        var parts: [String] = []
        if let fg, fg != .default { parts.append("fg=\(fg)") }
        if let bg, bg != .default { parts.append("bg=\(bg)") }
        parts += Modifiers.named.filter { addModifiers.contains($0.0) }.map(\.1)
        return parts.isEmpty ? "plain" : parts.joined(separator: " ")
    }
}
