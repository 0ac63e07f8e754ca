import DRDomain
import Foundation

/// A region's effective state: the simulated and the live state combined (the worse wins), with every cause and
/// its source, so no view has to work it out from fault names.
public struct RegionState: Sendable, Hashable {
    /// How bad a region is: healthy, degraded (a zone or a service out), or down.
    public enum Level: Int, Sendable, Hashable, Comparable {
        case healthy, degraded, down

        public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// One reason for the region's state, with where it comes from.
    public struct Cause: Sendable, Hashable {
        public var source: StateSource
        public var level: Level
        public var text: String
        /// The simulation offset it started at (simulated causes).
        public var since: TimeInterval?
        public var rule: RuleID?
    }

    public var region: RegionName
    /// The state under the simulated faults.
    public var simulated: Level
    /// The state live data gives, or nil when there is no live data.
    public var live: Level?
    /// The region's zones, and those down under simulated faults.
    public var zones: [ZoneName]
    public var zonesDown: [ZoneName]
    /// When the earliest simulated fault touching the region started.
    public var since: TimeInterval?
    /// Every cause, simulated first, in a fixed order.
    public var causes: [Cause]

    /// The effective level: the worse of simulated and live.
    public var level: Level { max(simulated, live ?? .healthy) }

    /// Which sources make the effective level (empty when healthy).
    public var source: StateSource {
        guard level > .healthy else { return [] }
        var source: StateSource = []
        if simulated == level { source.insert(.simulated) }
        if live == level { source.insert(.live) }
        return source
    }
}
