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
    /// Not serving.
    case unavailable
    /// Deleted: soft-deleted where the kind supports it (R9), otherwise gone.
    case deleted

    /// Whether the resource still does its job, possibly reduced (available, degraded or read-only).
    public var isServing: Bool { self == .available || self == .degraded || self == .readOnly }

    /// Whether the resource is out (unavailable or deleted).
    public var isDown: Bool { self == .unavailable || self == .deleted }

    /// How bad the state is, for combining causes: available < degraded < readOnly < paused < unavailable < deleted.
    public var severity: Int {
        switch self {
        case .available: 0
        case .degraded: 1
        case .readOnly: 2
        case .paused: 3
        case .unavailable: 4
        case .deleted: 5
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

    /// Creates a status; the rules are sorted and made unique.
    public init(_ state: ResourceState, servedFrom: RegionName? = nil, rules: [RuleID] = [], reason: String = "") {
        self.state = state
        self.servedFrom = servedFrom
        self.rules = rules.count < 2 ? rules : Self.normalized(rules)
        self.reason = reason
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
