import TermUI

/// The tables of the panes, memoised: the render side's memo, which the runtime owns and hands to the views and
/// to the reducer (for the rows it scrolls and selects in), so `AppState` stays a plain value.
///
/// Tables are memoised on what they depend on (`PaneTableKey`): a frame or a key press that changes none of a
/// pane's inputs reuses its table instead of rebuilding every row. A fresh `PaneTables()` builds from scratch.
public struct PaneTables: Sendable {
    private let cache: PaneTableCache

    /// An empty memo.
    public init() { cache = PaneTableCache() }

    /// The unfiltered table of a pane.
    public func table(_ pane: PaneID, _ state: AppState) -> PaneTable {
        cache.table(PaneTableKey(pane, state)) { build(pane, state) }
    }

    /// The rows a pane shows: its table's rows that match the pane's filter.
    public func visibleRows(_ pane: PaneID, _ state: AppState) -> [PaneRow] {
        cache.rows(PaneTableKey(pane, state), filter: state.filters[pane] ?? "") { build(pane, state) }
    }

    /// The selection and scroll of a pane against its rows now (the selected row found by its id).
    public func tableState(_ pane: PaneID, _ state: AppState) -> TableState {
        state.selection(pane, in: visibleRows(pane, state))
    }

    /// The summary strip's counts for the simulation now.
    func summaryCounts(_ state: AppState) -> SummaryCounts {
        cache.derived(.summaryCounts, EngineMark(state.engine)) { SummaryCounts(state) }
    }

    /// Builds a pane's table from scratch.
    private func build(_ pane: PaneID, _ state: AppState) -> PaneTable {
        switch pane {
        case .regionHealth:
            RegionHealthRows.table(state, facts: cache.derived(.regionFacts, EngineMark(state.engine)) {
                RegionHealthRows.RegionFacts.all(state)
            })
        case .replication:
            ReplicationRows.shifted(
                cache.unshifted(PaneTableKey(pane, state, columnOffset: 0)) { ReplicationRows.table(state) },
                by: state.columnOffsets[pane] ?? 0)
        case .softDelete: SoftDeleteRows.table(state)
        case .failover: FailoverRows.table(state)
        case .timeline: TimelineRows.table(state)
        case .xray: XRayRows.table(state)
        }
    }
}
