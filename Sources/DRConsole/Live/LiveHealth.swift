import DRDomain
import DRImport

/// Live health from Resource Health and Service Health exports, kept apart from simulated faults so the two are
/// shown side by side and never confused.
public struct LiveHealth: Sendable, Hashable {
    /// What was read.
    public var snapshot: HealthSnapshot
    /// The files it came from, for the banner.
    public var sources: [String]
    private var statusByName: [String: ResourceHealthStatus]

    public init(snapshot: HealthSnapshot, sources: [String]) {
        self.snapshot = snapshot
        self.sources = sources
        var byName: [String: ResourceHealthStatus] = [:]
        for status in snapshot.resourceStatuses { byName[status.resourceName.lowercased()] = status }
        statusByName = byName
    }

    /// A region's live health: an outage when a critical service issue is active there, degraded for any other
    /// active event or an unavailable or degraded resource there; nil when the files say nothing of it.
    public func health(of region: RegionName) -> RegionHealth? {
        let events = snapshot.activeEvents(in: region).filter { ($0.eventType ?? "ServiceIssue").lowercased() != "plannedmaintenance" }
        if events.contains(where: { ($0.level ?? "").lowercased() == "critical" }) { return .outage }
        let resources = snapshot.resourceStatuses.filter { $0.region == region }
        if !events.isEmpty || resources.contains(where: { $0.state == .unavailable || $0.state == .degraded }) {
            return .degraded
        }
        if !resources.isEmpty || snapshot.serviceEvents.contains(where: { $0.regions.contains(region) }) {
            return .healthy
        }
        return nil
    }

    /// The services with an active event in a region (`Storage`, `Key Vault`...).
    public func services(in region: RegionName) -> [String] {
        let names = snapshot.activeEvents(in: region).flatMap { event in
            event.impacts.filter { $0.regions.contains { $0.region == region } }.map(\.service)
        }
        return Array(Set(names)).sorted()
    }

    /// A resource's live availability, by its name in the estate.
    public func status(of id: ResourceID) -> ResourceHealthStatus? { statusByName[id.lowercased()] }

    /// The badge of a live availability state.
    public static func badge(_ state: AvailabilityState) -> String {
        switch state {
        case .available: "LIVE OK"
        case .degraded: "LIVE DEGR"
        case .unavailable: "LIVE DOWN"
        case .unknown: "LIVE ?"
        }
    }
}
