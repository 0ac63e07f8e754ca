import DRSimulation
import TermUI

/// The text badge of every state: information is never carried by colour alone.
public enum Badge {
    /// The badge of a resource state.
    public static func text(_ state: ResourceState?) -> String {
        switch state {
        case .available: "OK"
        case .degraded: "DEGR"
        case .paused: "PAUSED"
        case .readOnly: "R/O"
        case .unavailable: "DOWN"
        case .deleted: "DEL"
        case .unknown: "UNKN"
        case nil: "?"
        }
    }

    /// The theme role of a resource state.
    public static func role(_ state: ResourceState?) -> ThemeRole {
        switch state {
        case .available: .statusOK
        case .degraded: .statusDegraded
        case .paused: .statusPaused
        case .readOnly: .statusReadOnly
        case .unavailable: .statusDown
        case .deleted: .statusDeleted
        case .unknown, nil: .statusUnknown
        }
    }

    /// A styled table cell for a state.
    public static func cell(_ state: ResourceState?, theme: Theme) -> Table.Cell {
        Table.Cell(text(state), style: theme.style(role(state)))
    }
}

/// The health of a region as the console shows it.
public enum RegionHealth: String, Sendable, Hashable {
    case healthy
    case degraded
    case outage
    case unknown

    /// The badge text.
    public var badge: String {
        switch self {
        case .healthy: "OK"
        case .degraded: "DEGR"
        case .outage: "DOWN"
        case .unknown: "?"
        }
    }

    /// Orders healths from healthy to outage (unknown between).
    public var severity: Int {
        switch self {
        case .healthy: 0
        case .unknown: 1
        case .degraded: 2
        case .outage: 3
        }
    }

    /// The theme role.
    public var role: ThemeRole {
        switch self {
        case .healthy: .statusOK
        case .degraded: .statusDegraded
        case .outage: .statusDown
        case .unknown: .statusUnknown
        }
    }
}
