/// How many colours a terminal can show.
public enum ColorCapability: Int, Hashable, Sendable, Comparable, CaseIterable, CustomStringConvertible {
    /// No colour: only attributes such as bold, underline and reverse.
    case monochrome = 0
    /// The 8 basic colours.
    case basic8 = 8
    /// The xterm 256-colour palette.
    case indexed256 = 256

    /// The capability of a terminal that reports `colorCount` colours (the terminfo `colors` value).
    public init(colorCount: Int) {
        if colorCount >= 256 {
            self = .indexed256
        } else if colorCount >= 8 {
            self = .basic8
        } else {
            self = .monochrome
        }
    }

    /// The capability to use given the `NO_COLOR` convention: any non-empty value forces monochrome.
    public func honouringNoColor(_ noColorValue: String?) -> ColorCapability {
        guard let noColorValue, !noColorValue.isEmpty else { return self }
        return .monochrome
    }

    public static func < (lhs: ColorCapability, rhs: ColorCapability) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String {
        switch self {
        case .monochrome: "monochrome"
        case .basic8: "8 colours"
        case .indexed256: "256 colours"
        }
    }
}
