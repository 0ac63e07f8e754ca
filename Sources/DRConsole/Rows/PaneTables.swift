/// The table of any pane, with the pane's filter applied.
public enum PaneTables {
    /// The unfiltered table of a pane.
    public static func table(_ pane: PaneID, _ state: AppState) -> PaneTable {
        switch pane {
        case .regionHealth: RegionHealthRows.table(state)
        case .replication: ReplicationRows.table(state, columnOffset: state.columnOffsets[pane] ?? 0)
        case .softDelete: SoftDeleteRows.table(state)
        case .failover: FailoverRows.table(state)
        case .timeline: TimelineRows.table(state)
        case .xray: XRayRows.table(state)
        }
    }

    /// The rows a pane shows: its table's rows that match the pane's filter.
    public static func visibleRows(_ pane: PaneID, _ state: AppState) -> [PaneRow] {
        let filter = state.filters[pane] ?? ""
        let rows = table(pane, state).rows
        return filter.isEmpty ? rows : rows.filter { $0.matches(filter) }
    }
}
