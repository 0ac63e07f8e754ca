import TermUI

/// The rows of a table that fit on screen: the selection and scroll are settled against all the rows, then
/// only the visible slice goes to the `Table` widget, so drawing a pane costs its visible rows, not all of them.
struct TableWindow: Equatable {
    /// The indices of the rows drawn.
    var range: Range<Int>
    /// The state to draw the slice with: the selection relative to the slice, no offset.
    var relativeState: TableState

    /// The window of `rowCount` rows shown `visibleRows` at a time, scrolled as `state` says.
    init(_ state: TableState, rowCount: Int, visibleRows: Int) {
        let settled = state.scrolledToSelection(visibleRows: visibleRows, rowCount: rowCount)
        let start = min(max(0, settled.offset), max(0, rowCount))
        let end = min(rowCount, start + max(0, visibleRows))
        range = start..<max(start, end)
        relativeState = TableState(selection: settled.selection.map { $0 - start }, offset: 0)
    }
}
