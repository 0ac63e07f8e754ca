/// A terminal colour: the terminal's default, one of the 8 basic colours, a 256-colour palette index, or RGB.
///
/// Backends show what the terminal can: see `downgraded(to:)` for the mapping 256 -> 8 -> monochrome.
public enum Color: Hashable, Sendable, CustomStringConvertible {
    /// The terminal's own foreground or background.
    case `default`
    /// Basic colour 0.
    case black
    /// Basic colour 1.
    case red
    /// Basic colour 2.
    case green
    /// Basic colour 3.
    case yellow
    /// Basic colour 4.
    case blue
    /// Basic colour 5.
    case magenta
    /// Basic colour 6.
    case cyan
    /// Basic colour 7.
    case white
    /// An index into the xterm 256-colour palette (0-15 system, 16-231 a 6x6x6 cube, 232-255 greys).
    case indexed(UInt8)
    /// A true colour, shown as the nearest palette colour.
    case rgb(UInt8, UInt8, UInt8)

    /// The basic colours in palette order (index 0 to 7).
    public static let basic: [Color] = [.black, .red, .green, .yellow, .blue, .magenta, .cyan, .white]

    /// The palette number 0-7 of a basic colour, `nil` for the others.
    public var basicIndex: Int? {
        switch self {
        case .black: 0
        case .red: 1
        case .green: 2
        case .yellow: 3
        case .blue: 4
        case .magenta: 5
        case .cyan: 6
        case .white: 7
        case .default, .indexed, .rgb: nil
        }
    }

    public var description: String {
        switch self {
        case .default: "default"
        case .black: "black"
        case .red: "red"
        case .green: "green"
        case .yellow: "yellow"
        case .blue: "blue"
        case .magenta: "magenta"
        case .cyan: "cyan"
        case .white: "white"
        case .indexed(let index): "indexed(\(index))"
        case .rgb(let r, let g, let b): "rgb(\(r),\(g),\(b))"
        }
    }
}
