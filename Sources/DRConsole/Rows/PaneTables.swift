/// The table of any pane, with the pane's filter applied.
///
/// Tables are memoised in the state's cache on what they depend on (`PaneTableKey`): a frame or a key press
/// that changes none of a pane's inputs reuses its table instead of rebuilding every row.
public enum PaneTables {
    /// The unfiltered table of a pane.
    public static func table(_ pane: PaneID, _ state: AppState) -> PaneTable {
        state.tableCache.table(PaneTableKey(pane, state)) { build(pane, state) }
    }

    /// The rows a pane shows: its table's rows that match the pane's filter.
    public static func visibleRows(_ pane: PaneID, _ state: AppState) -> [PaneRow] {
        state.tableCache.rows(PaneTableKey(pane, state), filter: state.filters[pane] ?? "") { build(pane, state) }
    }

    /// Builds a pane's table from scratch.
    static func build(_ pane: PaneID, _ state: AppState) -> PaneTable {
        switch pane {
        case .regionHealth: RegionHealthRows.table(state)
        case .replication: ReplicationRows.table(state, columnOffset: state.columnOffsets[pane] ?? 0)
        case .softDelete: SoftDeleteRows.table(state)
        case .failover: FailoverRows.table(state)
        case .timeline: TimelineRows.table(state)
        case .xray: XRayRows.table(state)
        }
    }
}
