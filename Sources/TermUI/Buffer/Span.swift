/// A run of text in one style, for lines that mix styles.
public struct Span: Hashable, Sendable, ExpressibleByStringInterpolation {
    /// The text.
    public var text: String
    /// The style layered over the cells it covers.
    public var style: Style

    /// Creates a span.
    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    public init(stringInterpolation: DefaultStringInterpolation) {
        self.init(String(stringInterpolation: stringInterpolation))
    }

    /// The number of columns the text takes.
    public var width: Int { text.displayWidth }
}

/// Horizontal placement of text in the space given to it.
public enum Alignment: Hashable, Sendable {
    /// Flush left.
    case leading
    /// Centred (extra column on the right).
    case center
    /// Flush right.
    case trailing
}
