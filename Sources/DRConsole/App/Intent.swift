/// What a key asks the console to do. One key map turns keys into intents; the status bar and `?` help are
/// generated from the same map.
public enum Intent: String, Sendable, Hashable, CaseIterable {
    case nextPane, previousPane
    case focusRegionHealth, focusReplication, focusSoftDelete, focusFailover, focusTimeline, focusXRay
    case up, down, left, right, pageUp, pageDown, halfPageUp, halfPageDown, top, bottom
    case openDetail, back, copyCommand
    case filter, command, help, quit
    case togglePlay, nextEvent
    case nextHub, previousHub
    case toggleMapZoom
    case zoomPane
    case serviceCatalog
    case cycleSpeed, stepInject, triggerInject, skipInject, toggleFacilitator, noteRow

    /// The pane a focus intent jumps to.
    var pane: PaneID? {
        switch self {
        case .focusRegionHealth: .regionHealth
        case .focusReplication: .replication
        case .focusSoftDelete: .softDelete
        case .focusFailover: .failover
        case .focusTimeline: .timeline
        case .focusXRay: .xray
        default: nil
        }
    }
}
