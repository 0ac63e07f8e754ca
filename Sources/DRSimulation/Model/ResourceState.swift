import DRDomain
import Foundation

/// The state of one resource at one moment of a simulation. The raw values are the JSON contract's `state`.
public enum ResourceState: String, Sendable, Hashable, CaseIterable, Codable {
    /// Serving normally.
    case available
    /// Serving, with a reduced function or redundancy (a lost replica, a read-only dependency).
    case degraded
    /// Paused by a zone outage (R2): running, but data cannot be refreshed until the zone returns.
    case paused
    /// Readable, not writable (a failed-over Key Vault, a read-access geo-secondary).
    case readOnly
    /// Not known: it may be down (a locally redundant resource in an unknown zone while a zone of its region is
    /// down). Not counted as serving, and neither is what depends on it.
    case unknown
    /// Not serving.
    case unavailable
    /// Deleted: soft-deleted where the kind supports it (R9), otherwise gone.
    case deleted

    /// Whether the resource still does its job, possibly reduced (available, degraded or read-only).
    public var isServing: Bool { self == .available || self == .degraded || self == .readOnly }

    /// Whether the resource is out (unavailable or deleted).
    public var isDown: Bool { self == .unavailable || self == .deleted }

    /// How bad the state is, for combining causes:
    /// available < degraded < readOnly < paused < unknown < unavailable < deleted.
    public var severity: Int {
        switch self {
        case .available: 0
        case .degraded: 1
        case .readOnly: 2
        case .paused: 3
        case .unknown: 4
        case .unavailable: 5
        case .deleted: 6
        }
    }
}

/// A resource's state, where it is served from when another region serves it, the rules that explain it, and
/// the reason in words.
public struct ResourceStatus: Sendable, Hashable {
    public var state: ResourceState
    /// The region serving the resource when it is not its home region (a failed-over vault, a registry replica,
    /// a geo-secondary, a project on the secondary hub).
    public var servedFrom: RegionName?
    /// The rules behind the state, sorted, without duplicates.
    public var rules: [RuleID]
    /// Why, in one line.
    public var reason: String
    /// What the state comes from: the simulation's faults and actions, live health data, or both. Empty while
    /// the resource serves normally.
    public var source: StateSource

    /// Creates a status; the rules are sorted and made unique.
    public init(
        _ state: ResourceState, servedFrom: RegionName? = nil, rules: [RuleID] = [], reason: String = "",
        source: StateSource = []
    ) {
        self.state = state
        self.servedFrom = servedFrom
        self.rules = rules.count < 2 ? rules : Self.normalized(rules)
        self.reason = reason
        self.source = source
    }

    /// Sorted without duplicates; rule lists are short, so this avoids building a set.
    private static func normalized(_ rules: [RuleID]) -> [RuleID] {
        var out: [RuleID] = []
        out.reserveCapacity(rules.count)
        for rule in rules.sorted() where out.last != rule { out.append(rule) }
        return out
    }

    /// Serving normally, with nothing to explain.
    public static let available = ResourceStatus(.available)

    /// Whether two statuses show the same thing to an operator (state and serving region).
    public func looksLike(_ other: ResourceStatus) -> Bool {
        state == other.state && servedFrom == other.servedFrom
    }
}

/// Where a state comes from, shown beside it so an operator never mistakes a drill for the real thing.
public struct StateSource: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// A simulated fault or operator action.
    public static let simulated = StateSource(rawValue: 1)
    /// Live health data (Resource Health, Service Health).
    public static let live = StateSource(rawValue: 2)

    /// A short label: `sim`, `live`, `live+sim`, or `-` for none.
    public var label: String {
        switch (contains(.live), contains(.simulated)) {
        case (true, true): "live+sim"
        case (true, false): "live"
        case (false, true): "sim"
        case (false, false): "-"
        }
    }
}
