/// The selection and scroll position of a table, kept in application state between frames.
public struct TableState: Hashable, Sendable {
    /// The selected row index, if any.
    public var selection: Int?
    /// The index of the first row shown.
    public var offset: Int

    /// Creates a table state.
    public init(selection: Int? = nil, offset: Int = 0) {
        self.selection = selection
        self.offset = offset
    }

    /// The state with the offset moved just enough for the selection to be visible in `visibleRows` rows, and
    /// selection and offset clamped to `rowCount`.
    public func scrolledToSelection(visibleRows: Int, rowCount: Int) -> TableState {
        let visible = max(0, visibleRows)
        let count = max(0, rowCount)
        var result = self
        result.selection = selection.map { $0.clamped(0, count - 1) }
        if count == 0 { result.selection = nil }
        var offset = self.offset.clamped(0, max(0, count - visible))
        if let selected = result.selection, visible > 0 {
            if selected < offset { offset = selected }
            if selected >= offset + visible { offset = selected - visible + 1 }
        }
        result.offset = offset
        return result
    }

    /// Selects the next row (the first when nothing is selected), stopping at the last.
    public mutating func selectNext(rowCount: Int) {
        move(by: 1, rowCount: rowCount)
    }

    /// Selects the previous row (the first when nothing is selected), stopping at the first.
    public mutating func selectPrevious(rowCount: Int) {
        move(by: -1, rowCount: rowCount)
    }

    /// Moves the selection by `delta` rows (negative moves up), clamped to the rows.
    public mutating func move(by delta: Int, rowCount: Int) {
        guard rowCount > 0 else {
            selection = nil
            return
        }
        guard let current = selection else {
            selection = 0
            return
        }
        selection = current.saturatingAdd(delta).clamped(0, rowCount - 1)
    }

    /// Selects the first row, if there is one.
    public mutating func selectFirst(rowCount: Int) {
        selection = rowCount > 0 ? 0 : nil
    }

    /// Selects the last row, if there is one.
    public mutating func selectLast(rowCount: Int) {
        selection = rowCount > 0 ? rowCount - 1 : nil
    }
}
