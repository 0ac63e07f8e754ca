/// One cell to draw at a position.
public struct CellChange: Hashable, Sendable {
    /// Where to draw.
    public var position: Position
    /// What to draw; never a continuation cell (a wide character covers the next column itself).
    public var cell: Cell

    /// Creates a change.
    public init(position: Position, cell: Cell) {
        self.position = position
        self.cell = cell
    }
}

/// The cells to draw to turn a screen showing one buffer into a screen showing the next.
///
/// Continuation cells are never listed: drawing a wide character covers both of its columns. Because a
/// `Buffer` keeps wide characters whole, a cell whose previous content was half of a wide character is always
/// listed together with the change that broke that character, so the terminal never keeps half of one.
public struct BufferDiff: Hashable, Sendable {
    /// The cells to draw, row by row, left to right.
    public var changes: [CellChange]
    /// Whether the screen must be cleared first and every cell drawn (no previous frame or a new size).
    public var isFullRedraw: Bool

    /// The changes from `previous` (`nil` when the screen content is unknown) to `next`.
    public init(from previous: Buffer?, to next: Buffer) {
        guard let previous, previous.size == next.size else {
            isFullRedraw = true
            changes = next.cells.indices.compactMap { index in
                let cell = next.cells[index]
                guard !cell.isContinuation else { return nil }
                return CellChange(
                    position: Position(x: index % max(1, next.width), y: index / max(1, next.width)), cell: cell)
            }
            return
        }
        isFullRedraw = false
        var changes: [CellChange] = []
        for index in next.cells.indices {
            let cell = next.cells[index]
            guard !cell.isContinuation, cell != previous.cells[index] else { continue }
            changes.append(CellChange(position: Position(x: index % next.width, y: index / next.width), cell: cell))
        }
        self.changes = changes
    }
}
