/// The console's panes, in Tab order; `1`-`6` jump to them.
public enum PaneID: Int, Sendable, Hashable, CaseIterable {
    case regionHealth = 1
    case replication
    case softDelete
    case failover
    case timeline
    case xray

    /// The title shown in the pane's border.
    public var title: String {
        switch self {
        case .regionHealth: "Region health"
        case .replication: "Replication matrix"
        case .softDelete: "Soft-delete recovery"
        case .failover: "Failover"
        case .timeline: "Timeline"
        case .xray: "X-ray"
        }
    }

    /// A short title for the compact layout's tabs.
    public var shortTitle: String {
        switch self {
        case .regionHealth: "Regions"
        case .replication: "Replication"
        case .softDelete: "Deleted"
        case .failover: "Failover"
        case .timeline: "Timeline"
        case .xray: "X-ray"
        }
    }

    /// The next pane in Tab order (wrapping).
    public var next: PaneID { PaneID(rawValue: rawValue % Self.allCases.count + 1) ?? .regionHealth }

    /// The previous pane in Tab order (wrapping).
    public var previous: PaneID {
        PaneID(rawValue: (rawValue + Self.allCases.count - 2) % Self.allCases.count + 1) ?? .regionHealth
    }
}

/// What the console is showing: a simulation, a drill, or real health data. Always visible, so a drill is never
/// mistaken for a real incident.
public enum ConsoleMode: String, Sendable, Hashable {
    case simulation
    case drill
    case liveData

    /// The banner text.
    public var banner: String {
        switch self {
        case .simulation: " SIMULATION "
        case .drill: " DRILL - SIMULATED "
        case .liveData: " LIVE DATA "
        }
    }
}
