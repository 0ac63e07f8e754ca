/// A cell position on a terminal grid: `x` is the column, `y` the row, both counted from zero at the top left.
///
/// Positions may be negative or lie outside any buffer; drawing code clips them instead of failing.
public struct Position: Hashable, Sendable, CustomStringConvertible {
    /// The column, counted from zero at the left.
    public var x: Int
    /// The row, counted from zero at the top.
    public var y: Int

    /// Creates a position from a column and a row.
    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }

    /// The top-left corner.
    public static let zero = Position(x: 0, y: 0)

    /// The position `rows` rows below this one.
    public func down(_ rows: Int = 1) -> Position {
        Position(x: x, y: y.saturatingAdd(rows))
    }

    /// The position `columns` columns to the right of this one.
    public func right(_ columns: Int = 1) -> Position {
        Position(x: x.saturatingAdd(columns), y: y)
    }

    /// The position moved by `dx` columns and `dy` rows.
    public func offset(dx: Int, dy: Int) -> Position {
        Position(x: x.saturatingAdd(dx), y: y.saturatingAdd(dy))
    }

    public var description: String { "(\(x), \(y))" }
}
