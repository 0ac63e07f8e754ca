import TermUI

/// One selectable row of a pane: its cells, the text a filter searches, and what Enter shows.
public struct PaneRow: Sendable, Hashable {
    /// A stable id (a resource, region or event), so the selection survives updates.
    public var id: String
    public var cells: [Table.Cell]
    /// Lines shown in the detail view.
    public var detail: [String]
    /// The hub this row selects for the failover and x-ray panes, if any.
    public var hub: String?
    /// A row style layered under the cells' own styles.
    public var style: Style
    /// The exact command the row asks for (a recovery, a failover), which `y` copies; nil when there is none.
    public var command: String?

    public init(
        id: String, cells: [Table.Cell], detail: [String] = [], hub: String? = nil, style: Style = .plain,
        command: String? = nil
    ) {
        self.id = id
        self.cells = cells
        self.detail = detail
        self.hub = hub
        self.style = style
        self.command = command
    }

    /// Whether the row matches a filter (case-insensitive substring of any cell); an empty filter matches all.
    public func matches(_ filter: String) -> Bool {
        RowFilter(filter).matches(self)
    }
}

/// A pane's table: columns and rows before filtering.
public struct PaneTable: Sendable {
    public var columns: [Table.Column]
    public var rows: [PaneRow]

    public init(columns: [Table.Column], rows: [PaneRow]) {
        self.columns = columns
        self.rows = rows
    }
}
