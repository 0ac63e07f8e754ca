import DRDomain
import DRSimulation
import Foundation

/// A cheap fingerprint of the simulation: it changes whenever a resource's status can have changed.
///
/// Statuses change only when a fault starts or clears (`activeFaults`), when an action runs (it records events)
/// or when a scheduled item is processed (the next scheduled time moves on). Comparing these three is constant
/// time for the console's purposes, where comparing statuses would cost a pass over the estate.
struct EngineMark: Hashable {
    var eventCount: Int
    var activeFaults: [Fault: TimeInterval]
    var nextEventTime: TimeInterval?
    var liveRevision: Int

    init(_ engine: SimulationEngine) {
        liveRevision = engine.liveRevision
        eventCount = engine.events.count
        activeFaults = engine.activeFaults
        nextEventTime = engine.nextEventTime
    }
}

/// What a pane's table depends on: when two keys are equal, the tables built for them are equal.
///
/// A row builder that starts reading another part of the state (live health, say) must add it here, or its pane
/// keeps showing the old table. `PaneTableCacheTests` replays operator steps with and without the memo to catch
/// a missing input; extend its steps with the new input.
struct PaneTableKey: Hashable {
    var pane: PaneID
    var engine: EngineMark
    var theme: Theme
    /// The hub of the failover and x-ray panes.
    var hub: ResourceID?
    /// The first region column of the replication matrix.
    var columnOffset: Int
    /// The virtual clock, for panes that show time: countdowns, "since", elapsed failover steps.
    var now: TimeInterval?
    /// Live health shows in region health and the x-ray.
    var liveRevision: Int
    /// How many events the timeline knows the author of (team mode: a rebuild from the journal adds them).
    var authors: Int

    init(_ pane: PaneID, _ state: AppState, columnOffset: Int? = nil) {
        self.pane = pane
        engine = EngineMark(state.engine)
        theme = state.theme
        hub = pane == .failover || pane == .xray ? state.selectedHub : nil
        self.columnOffset = columnOffset ?? (pane == .replication ? state.columnOffsets[pane] ?? 0 : 0)
        now = Self.showsTime(pane, state) ? state.engine.now : nil
        liveRevision = state.liveRevision
        authors = pane == .timeline ? state.team?.eventAuthors.count ?? 0 : 0
    }

    /// Whether a pane's table changes as the clock moves with nothing else happening.
    static func showsTime(_ pane: PaneID, _ state: AppState) -> Bool {
        switch pane {
        case .regionHealth: !state.engine.activeFaults.isEmpty
        case .softDelete, .failover: true
        case .replication, .timeline, .xray: false
        }
    }
}
