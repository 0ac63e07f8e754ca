/// A table: a header row and rows of styled cells in columns, with a highlighted selection that stays in view.
///
/// Columns take widths from constraints (see `Constraint`); cell text is clipped to its column, with an
/// ellipsis when it is cut. Styles layer in this order: the row's style, the cell's style, then the selection
/// style over the whole selected row.
public struct Table: Widget, Sendable {
    /// A column: its header, width constraint and alignment.
    public struct Column: Hashable, Sendable {
        /// The header text.
        public var header: String
        /// How wide the column is.
        public var width: Constraint
        /// How text sits in the column.
        public var alignment: Alignment

        /// Creates a column.
        public init(_ header: String, width: Constraint, alignment: Alignment = .leading) {
            self.header = header
            self.width = width
            self.alignment = alignment
        }
    }

    /// The text of one cell and its style (layered over the row style): a span.
    public typealias Cell = Span

    /// One row of cells with a style for the whole row.
    public struct Row: Hashable, Sendable {
        /// The cells, one per column (missing cells are blank, extra cells are ignored).
        public var cells: [Cell]
        /// The style of the whole row.
        public var style: Style

        /// Creates a row.
        public init(_ cells: [Cell], style: Style = .plain) {
            self.cells = cells
            self.style = style
        }
    }

    /// The columns.
    public var columns: [Column]
    /// The rows.
    public var rows: [Row]
    /// The selection and scroll offset.
    public var state: TableState
    /// Whether the header row is shown.
    public var showsHeader: Bool
    /// The header row's style.
    public var headerStyle: Style
    /// The style layered over the selected row.
    public var selectionStyle: Style
    /// A marker drawn left of the selected row (e.g. `"▶ "`); `nil` reserves no column for it.
    public var highlightSymbol: String?
    /// Columns of space between columns.
    public var columnSpacing: Int

    /// Creates a table.
    public init(
        columns: [Column], rows: [Row], state: TableState = TableState(), showsHeader: Bool = true,
        headerStyle: Style = Style(bold: true), selectionStyle: Style = Style(reverse: true),
        highlightSymbol: String? = nil, columnSpacing: Int = 1
    ) {
        self.columns = columns
        self.rows = rows
        self.state = state
        self.showsHeader = showsHeader
        self.headerStyle = headerStyle
        self.selectionStyle = selectionStyle
        self.highlightSymbol = highlightSymbol
        self.columnSpacing = columnSpacing
    }

    /// The number of data rows visible in `area`.
    public func visibleRowCount(in area: Rect) -> Int {
        max(0, area.height - (showsHeader ? 1 : 0))
    }

    /// The state as it will be drawn in `area`: offset adjusted so the selection is visible. Store it back in
    /// the application state so that scrolling is stable between frames.
    public func adjustedState(for area: Rect) -> TableState {
        state.scrolledToSelection(visibleRows: visibleRowCount(in: area), rowCount: rows.count)
    }

    /// The column rectangles of one row of `area` (after the highlight symbol's columns).
    public func columnRects(in area: Rect) -> [Rect] {
        let symbolWidth = highlightSymbol?.displayWidth ?? 0
        let body = area.inset(top: 0, left: symbolWidth, bottom: 0, right: 0)
        return body.columns(columns.map(\.width), spacing: columnSpacing)
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        let area = area.boundedForDrawing
        guard !area.intersection(buffer.area).isEmpty else { return }
        let state = adjustedState(for: area)
        let columnRects = columnRects(in: Rect(x: area.x, y: area.y, width: area.width, height: 1))
        var y = area.y
        if showsHeader {
            let header = Rect(x: area.x, y: y, width: area.width, height: 1)
            buffer.setStyle(headerStyle, in: header)
            for (column, rect) in zip(columns, columnRects) {
                put(column.header, column: column, in: rect.offsetRows(y - rect.y), style: headerStyle, buffer: &buffer)
            }
            y += 1
        }
        let visible = visibleRowCount(in: area)
        guard visible > 0, state.offset < rows.count else { return }
        for index in state.offset..<min(rows.count, state.offset + visible) {
            let row = rows[index]
            let line = Rect(x: area.x, y: y, width: area.width, height: 1)
            buffer.setStyle(row.style, in: line)
            let isSelected = index == state.selection
            if let symbol = highlightSymbol, isSelected {
                buffer.put(symbol, at: line.origin, style: row.style, maxWidth: min(symbol.displayWidth, area.width))
            }
            for (column, (rect, cell)) in zip(columns, zip(columnRects, row.cells)) {
                put(cell.text, column: column, in: rect.offsetRows(y - rect.y), style: cell.style, buffer: &buffer)
            }
            if isSelected { buffer.setStyle(selectionStyle, in: line) }
            y += 1
        }
    }

    private func put(_ text: String, column: Column, in rect: Rect, style: Style, buffer: inout Buffer) {
        buffer.put(text.truncated(toWidth: rect.width), in: rect, alignment: column.alignment, style: style)
    }
}

extension Rect {
    /// The rectangle moved down by `rows`.
    fileprivate func offsetRows(_ rows: Int) -> Rect {
        Rect(x: x, y: y.saturatingAdd(rows), width: width, height: height)
    }
}
