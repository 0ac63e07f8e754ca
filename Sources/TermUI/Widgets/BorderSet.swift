/// Which sides of a block have a border.
public struct Borders: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8

    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// The top side.
    public static let top = Borders(rawValue: 1 << 0)
    /// The right side.
    public static let right = Borders(rawValue: 1 << 1)
    /// The bottom side.
    public static let bottom = Borders(rawValue: 1 << 2)
    /// The left side.
    public static let left = Borders(rawValue: 1 << 3)
    /// All four sides.
    public static let all: Borders = [.top, .right, .bottom, .left]
}

/// The box-drawing characters of a border.
public struct BorderSet: Hashable, Sendable {
    /// The horizontal line.
    public var horizontal: Character
    /// The vertical line.
    public var vertical: Character
    /// The top-left corner.
    public var topLeft: Character
    /// The top-right corner.
    public var topRight: Character
    /// The bottom-left corner.
    public var bottomLeft: Character
    /// The bottom-right corner.
    public var bottomRight: Character

    /// Creates a border set.
    public init(
        horizontal: Character, vertical: Character, topLeft: Character, topRight: Character, bottomLeft: Character,
        bottomRight: Character
    ) {
        self.horizontal = horizontal
        self.vertical = vertical
        self.topLeft = topLeft
        self.topRight = topRight
        self.bottomLeft = bottomLeft
        self.bottomRight = bottomRight
    }

    /// `┌─┐ │ └─┘`
    public static let plain = BorderSet(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘")
    /// `╭─╮ │ ╰─╯`
    public static let rounded = BorderSet(
        horizontal: "─", vertical: "│", topLeft: "╭", topRight: "╮", bottomLeft: "╰", bottomRight: "╯")
    /// `┏━┓ ┃ ┗━┛`
    public static let thick = BorderSet(
        horizontal: "━", vertical: "┃", topLeft: "┏", topRight: "┓", bottomLeft: "┗", bottomRight: "┛")
    /// `╔═╗ ║ ╚═╝`
    public static let double = BorderSet(
        horizontal: "═", vertical: "║", topLeft: "╔", topRight: "╗", bottomLeft: "╚", bottomRight: "╝")
    /// `+-+ | +-+` for terminals without line drawing.
    public static let ascii = BorderSet(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+")
}
