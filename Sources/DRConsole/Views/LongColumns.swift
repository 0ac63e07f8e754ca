import TermUI

/// `h`/`l` in a pane other than the replication matrix: its long columns (those that take the room left, such as
/// Detail, Recovery, Why, Gaps) scroll their text sideways, so what the width cut off can be read in place.
enum LongColumns {
    /// Characters moved per key.
    static let step = 8

    /// The indices of the columns that take the room left.
    static func fills(_ columns: [Table.Column]) -> [Int] {
        columns.indices.filter { if case .fill = columns[$0].width { true } else { false } }
    }

    /// The furthest offset worth scrolling to: the longest text in a long column, less one step.
    static func limit(_ columns: [Table.Column], _ rows: [PaneRow]) -> Int {
        let fills = fills(columns)
        let longest = rows.flatMap { row in fills.compactMap { row.cells.indices.contains($0) ? row.cells[$0].text.count : nil } }.max() ?? 0
        return max(0, longest - step)
    }

    /// The cells with the long columns' text started `shift` characters in.
    static func shifted(_ cells: [Table.Cell], _ columns: [Table.Column], by shift: Int) -> [Table.Cell] {
        guard shift > 0 else { return cells }
        var cells = cells
        for index in fills(columns) where cells.indices.contains(index) {
            cells[index].text = String(cells[index].text.dropFirst(shift))
        }
        return cells
    }

    /// A zoomed pane's long columns sized by what they hold rather than shared equally: each gets the width of
    /// its longest text when that fits its fair share, and the room the shorter ones leave goes to the longer.
    /// `width` is the table's (less the selection marker); the other columns keep their widths.
    static func fitted(_ columns: [Table.Column], _ rows: [PaneRow], width: Int, spacing: Int) -> [Table.Column] {
        let fills = fills(columns)
        guard fills.count > 1 else { return columns }
        let widths = Layout.lengths(for: columns.map(\.width), total: width - spacing * (columns.count - 1))
        var room = fills.reduce(0) { $0 + widths[$1] }
        let needs = fills.map { index in
            rows.reduce(columns[index].header.displayWidth) { longest, row in
                row.cells.indices.contains(index) ? max(longest, row.cells[index].text.displayWidth) : longest
            }
        }
        let byNeed = needs.indices.sorted { needs[$0] < needs[$1] }
        var granted = [Int](repeating: 0, count: fills.count)
        for (served, slot) in byNeed.enumerated() {
            granted[slot] = min(needs[slot], room / (byNeed.count - served))
            room -= granted[slot]
        }
        if let longest = byNeed.last { granted[longest] += room }
        var fitted = columns
        for (slot, index) in fills.enumerated() { fitted[index].width = .length(granted[slot]) }
        return fitted
    }

    /// ` [+16 h/l]` in the title of a pane scrolled sideways.
    static func marker(_ pane: PaneID, _ state: AppState) -> String {
        guard pane != .replication, let offset = state.columnOffsets[pane], offset > 0 else { return "" }
        return " [+\(offset) \(state.keyMap.shortestKey(.left))/\(state.keyMap.shortestKey(.right))]"
    }
}
