import TermUI

/// The selection of a pane's table, kept as the selected row's id so it stays on the same resource, region or
/// event when rows come and go (a `:delete` adds a soft-delete row above it, a filter hides rows).
public struct PaneSelection: Sendable, Hashable {
    /// The id of the selected row (`PaneRow.id`).
    public var rowID: String?
    /// Where the row was when selected: the selection falls back to this position when the row is gone.
    public var index: Int
    /// The first row shown, settled against the rows and the pane's height when stored.
    public var offset: Int

    public init(rowID: String?, index: Int, offset: Int = 0) {
        self.rowID = rowID
        self.index = index
        self.offset = offset
    }

    /// The selection of `state` against `rows`, stored with the id of the row it lands on.
    public init(_ state: TableState, in rows: [PaneRow]) {
        let index = state.selection.map { min(max(0, $0), max(0, rows.count - 1)) } ?? 0
        rowID = rows.indices.contains(index) ? rows[index].id : nil
        self.index = index
        offset = state.offset
    }

    /// The table state against `rows` now: the row with the stored id, else the stored position clamped.
    public func tableState(in rows: [PaneRow]) -> TableState {
        guard !rows.isEmpty else { return TableState(selection: nil, offset: 0) }
        let found = rowID.flatMap { id in rows.firstIndex { $0.id == id } }
        let selection = found ?? min(max(0, index), rows.count - 1)
        // Keep the row where it was on screen when it moved, so the list does not jump under the operator.
        let moved = selection - index
        return TableState(selection: selection, offset: max(0, offset + moved))
    }
}
