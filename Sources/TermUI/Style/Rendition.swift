/// A style reduced to what a terminal of a given capability can show: colour numbers and attributes.
///
/// Colour numbers follow curses: -1 is the terminal default, 0-7 the basic colours, 8-255 palette indexes.
/// On a monochrome terminal colour meaning is kept with attributes: a coloured background becomes reverse
/// video, and red, yellow or magenta text (the alarm colours) becomes bold.
public struct Rendition: Hashable, Sendable {
    /// The foreground colour number, -1 for the default.
    public var foreground: Int
    /// The background colour number, -1 for the default.
    public var background: Int
    /// The attributes to switch on.
    public var modifiers: Modifiers

    /// Creates a rendition.
    public init(foreground: Int, background: Int, modifiers: Modifiers) {
        self.foreground = foreground
        self.background = background
        self.modifiers = modifiers
    }

    /// The rendition of `style` on a terminal with `capability`.
    public init(_ style: Style, capability: ColorCapability) {
        let fg = (style.fg ?? .default)
        let bg = (style.bg ?? .default)
        var modifiers = style.addModifiers
        switch capability {
        case .monochrome:
            let basicBackground = bg.downgraded(to: .basic8)
            if basicBackground != .default && basicBackground != .black { modifiers.insert(.reverse) }
            let basicForeground = fg.downgraded(to: .basic8)
            if [.red, .yellow, .magenta].contains(basicForeground) { modifiers.insert(.bold) }
            self.init(foreground: -1, background: -1, modifiers: modifiers)
        case .basic8, .indexed256:
            self.init(
                foreground: Rendition.number(of: fg.downgraded(to: capability)),
                background: Rendition.number(of: bg.downgraded(to: capability)), modifiers: modifiers)
        }
    }

    /// The curses colour number of an already downgraded colour.
    static func number(of color: Color) -> Int {
        switch color {
        case .default: return -1
        case .indexed(let index): return Int(index)
        case .rgb(let r, let g, let b): return Int(Color.nearestPaletteIndex(r: r, g: g, b: b))
        default: return color.basicIndex ?? -1
        }
    }
}
