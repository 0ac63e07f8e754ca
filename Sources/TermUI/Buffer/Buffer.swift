/// A width x height grid of cells that views draw into; the screen is the diff of two buffers.
///
/// Every operation clips to the grid and never traps, whatever the position or size (including 0x0
/// buffers and negative positions). Wide characters always occupy two cells, head and continuation.
public struct Buffer: Hashable, Sendable {
    /// The largest width or height a buffer takes; larger requests are clamped (no terminal is this big).
    public static let maximumDimension = 4096

    /// The number of columns.
    public let width: Int
    /// The number of rows.
    public let height: Int
    /// The cells, row by row.
    public private(set) var cells: [Cell]

    /// Creates a blank buffer; sizes are clamped to `0...maximumDimension`.
    public init(width: Int, height: Int) {
        self.width = width.clamped(0, Buffer.maximumDimension)
        self.height = height.clamped(0, Buffer.maximumDimension)
        self.cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// Creates a blank buffer of `size`.
    public init(size: Size) {
        self.init(width: size.width, height: size.height)
    }

    /// Creates a buffer from lines of plain text (handy in tests); lines are padded or clipped to `width`.
    public init(lines: [String], width: Int? = nil) {
        let columns = width ?? lines.map(\.displayWidth).max() ?? 0
        self.init(width: columns, height: lines.count)
        for (row, line) in lines.enumerated() {
            put(line, at: Position(x: 0, y: row))
        }
    }

    /// The whole buffer as a rectangle at the origin.
    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }
    /// The buffer's size.
    public var size: Size { Size(width: width, height: height) }

    /// The cell at `position`, or `nil` outside the buffer.
    public subscript(position: Position) -> Cell? {
        guard let index = index(of: position) else { return nil }
        return cells[index]
    }

    /// The cell at column `x`, row `y`, or `nil` outside the buffer.
    public subscript(x: Int, y: Int) -> Cell? {
        self[Position(x: x, y: y)]
    }

    /// The index in `cells` of a position inside the buffer.
    func index(of position: Position) -> Int? {
        guard position.x >= 0, position.x < width, position.y >= 0, position.y < height else { return nil }
        return position.y * width + position.x
    }

    /// Replaces the cell at `position`, style included; a wide symbol also takes the next column, and is
    /// replaced by a blank when that column is outside the buffer. Continuation cells passed in are ignored.
    public mutating func set(_ cell: Cell, at position: Position) {
        guard !cell.isContinuation, index(of: position) != nil else { return }
        let width = cell.width
        if width == 2 && position.x + 1 >= self.width {
            write(Cell(" ", style: cell.style), columns: 1, at: position)
        } else {
            write(cell, columns: width, at: position)
        }
    }

    /// Writes a cell `columns` wide (1 or 2) at an in-bounds position, blanking any wide character it breaks.
    mutating func write(_ cell: Cell, columns: Int, at position: Position) {
        guard let index = index(of: position) else { return }
        detachWideCharacter(at: position)
        if columns == 2 {
            let next = position.right()
            detachWideCharacter(at: next)
            cells[index] = cell
            if let nextIndex = self.index(of: next) { cells[nextIndex] = .continuation(style: cell.style) }
        } else {
            cells[index] = cell
        }
    }

    /// Before a cell is overwritten, blanks the other half of a wide character that covers it.
    private mutating func detachWideCharacter(at position: Position) {
        guard let index = index(of: position) else { return }
        if cells[index].isContinuation {
            if let headIndex = self.index(of: Position(x: position.x - 1, y: position.y)) {
                cells[headIndex] = Cell(" ", style: cells[headIndex].style)
            }
            cells[index] = Cell(" ", style: cells[index].style)
        } else if let nextIndex = self.index(of: position.right()), cells[nextIndex].isContinuation {
            cells[nextIndex] = Cell(" ", style: cells[nextIndex].style)
        }
    }

    /// Replaces every cell in `rect` (clipped) with `symbol` in `style`; a symbol that is not one column wide is
    /// drawn as a space.
    public mutating func fill(_ rect: Rect, with symbol: Character = " ", style: Style = .plain) {
        let clipped = rect.intersection(area)
        guard !clipped.isEmpty else { return }
        let text = symbol.displayWidth == 1 ? String(symbol) : " "
        for y in clipped.y..<clipped.maxY {
            for x in clipped.x..<clipped.maxX {
                write(Cell(text, style: style), columns: 1, at: Position(x: x, y: y))
            }
        }
    }

    /// Layers `style` over every cell in `rect` (clipped), keeping the symbols; a wide character cut by the
    /// rectangle's edge takes the style in both its cells.
    public mutating func setStyle(_ style: Style, in rect: Rect) {
        let clipped = rect.intersection(area)
        guard !clipped.isEmpty else { return }
        for y in clipped.y..<clipped.maxY {
            for x in clipped.x..<clipped.maxX {
                cells[y * width + x].style.patch(style)
            }
        }
        for y in clipped.y..<clipped.maxY {
            if clipped.maxX < width && cells[y * width + clipped.maxX].isContinuation {
                cells[y * width + clipped.maxX].style.patch(style)
            }
            if clipped.x > 0 && cells[y * width + clipped.x].isContinuation {
                cells[y * width + clipped.x - 1].style.patch(style)
            }
        }
    }

    /// Makes every cell blank with the plain style.
    public mutating func clear() {
        for index in cells.indices { cells[index] = .blank }
    }
}
