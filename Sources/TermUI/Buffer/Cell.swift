/// One terminal cell: a grapheme, its style, and whether it is the hidden second column of a wide character.
///
/// A wide character (CJK, emoji) is stored in its first cell; the cell to its right is a continuation cell with
/// an empty symbol. `Buffer` keeps the pair together: overwriting either half blanks the other.
public struct Cell: Hashable, Sendable {
    /// The grapheme shown in the cell; a single space when blank, empty in a continuation cell.
    public var symbol: String
    /// How the cell looks.
    public var style: Style
    /// Whether this is the second column of the wide character to its left.
    public var isContinuation: Bool

    /// Creates a cell showing `symbol` (which should be one grapheme of width 1 or 2).
    public init(_ symbol: String = " ", style: Style = .plain) {
        self.symbol = symbol
        self.style = style
        self.isContinuation = false
    }

    /// An empty cell with the plain style.
    public static let blank = Cell()

    /// The second column of a wide character with `style`.
    public static func continuation(style: Style) -> Cell {
        var cell = Cell("", style: style)
        cell.isContinuation = true
        return cell
    }

    /// The number of columns the cell's symbol takes: 0 for a continuation, else 1 or 2.
    public var width: Int {
        isContinuation ? 0 : max(1, symbol.displayWidth)
    }
}
