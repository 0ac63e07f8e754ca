import DRDomain
import Foundation

/// A resource's availability as Resource Health reports it.
public enum AvailabilityState: String, Sendable, Hashable, CaseIterable {
    case available = "Available"
    case unavailable = "Unavailable"
    case degraded = "Degraded"
    /// Unknown, or a value this version does not know (kept in `ResourceHealthStatus.stateText`).
    case unknown = "Unknown"

    /// The state named by `text`, compared case-insensitively; anything else is `unknown`.
    public init(text: String?) {
        let lowered = text?.lowercased()
        self = Self.allCases.first { $0.rawValue.lowercased() == lowered } ?? .unknown
    }
}

/// One resource's current availability status.
public struct ResourceHealthStatus: Sendable, Hashable {
    /// The resource's ARM id: the status id without its `/providers/Microsoft.ResourceHealth/...` suffix.
    public var resourceID: String
    /// The resource's name (the last segment of its id), as estates name resources.
    public var resourceName: String
    /// The resource's ARM type, lowercased, when the id says it.
    public var resourceType: String?
    /// The subscription and resource group the resource's id names, when it does.
    public var subscription: String?
    public var resourceGroup: String?
    /// The programmatic region name, when the status states a known location.
    public var region: RegionName?
    public var state: AvailabilityState
    /// The state as written in the export.
    public var stateText: String
    public var previousState: AvailabilityState?
    /// Free text such as `Unplanned`, `Planned`, `UserInitiated`, `PlatformInitiated`.
    public var reasonType: String?
    public var title: String?
    public var summary: String?
    /// When the state began (`occuredTime` in REST, `occurredTime` elsewhere).
    public var occurredAt: Date?
    public var reportedAt: Date?
    /// The file it came from.
    public var file: String

    public init(
        resourceID: String, resourceName: String, resourceType: String? = nil, subscription: String? = nil,
        resourceGroup: String? = nil, region: RegionName? = nil,
        state: AvailabilityState, stateText: String? = nil, previousState: AvailabilityState? = nil,
        reasonType: String? = nil, title: String? = nil, summary: String? = nil, occurredAt: Date? = nil,
        reportedAt: Date? = nil, file: String = ""
    ) {
        self.resourceID = resourceID
        self.resourceName = resourceName
        self.resourceType = resourceType
        self.subscription = subscription
        self.resourceGroup = resourceGroup
        self.region = region
        self.state = state
        self.stateText = stateText ?? state.rawValue
        self.previousState = previousState
        self.reasonType = reasonType
        self.title = title
        self.summary = summary
        self.occurredAt = occurredAt
        self.reportedAt = reportedAt
        self.file = file
    }
}

/// A region an event impacts, with the impact's status there.
public struct ImpactedRegion: Sendable, Hashable {
    /// The programmatic name (`eastus2`), mapped from the display name Service Health writes.
    public var region: RegionName
    /// `Active` or `Resolved`, when stated.
    public var status: String?

    public init(region: RegionName, status: String? = nil) {
        self.region = region
        self.status = status
    }
}

/// One impacted service of an event and the regions it is impacted in.
public struct ServiceImpact: Sendable, Hashable {
    public var service: String
    public var regions: [ImpactedRegion]

    public init(service: String, regions: [ImpactedRegion]) {
        self.service = service
        self.regions = regions
    }
}

/// One update Service Health posted about an event in an impacted region.
public struct EventUpdate: Sendable, Hashable {
    public var service: String
    /// The programmatic region name, or the name as written when the catalog does not know it.
    public var region: String
    public var summary: String
    /// When it was posted (`updateDateTime`).
    public var at: Date?

    public init(service: String, region: String, summary: String, at: Date?) {
        self.service = service
        self.region = region
        self.summary = summary
        self.at = at
    }
}

/// A Service Health event (service issue, planned maintenance, advisory).
public struct ServiceHealthEvent: Sendable, Hashable {
    /// The tracking id (the event's name), such as `ABCD-123`.
    public var trackingID: String
    /// `ServiceIssue`, `PlannedMaintenance`, `HealthAdvisory`, `RCA`, `EmergingIssues`, `SecurityAdvisory`, ...
    public var eventType: String?
    /// `Active` or `Resolved`.
    public var status: String?
    public var level: String?
    public var title: String?
    public var summary: String?
    public var impactStart: Date?
    public var impactMitigation: Date?
    public var lastUpdate: Date?
    public var impacts: [ServiceImpact]
    /// Region names in the event that the region catalog does not know (such as `Global`), kept for display.
    public var unmappedRegions: [String]
    /// The updates posted in its impacted regions, oldest first.
    public var updates: [EventUpdate] = []
    public var file: String

    public init(
        trackingID: String, eventType: String? = nil, status: String? = nil, level: String? = nil,
        title: String? = nil, summary: String? = nil, impactStart: Date? = nil, impactMitigation: Date? = nil,
        lastUpdate: Date? = nil, impacts: [ServiceImpact] = [], unmappedRegions: [String] = [], file: String = ""
    ) {
        self.trackingID = trackingID
        self.eventType = eventType
        self.status = status
        self.level = level
        self.title = title
        self.summary = summary
        self.impactStart = impactStart
        self.impactMitigation = impactMitigation
        self.lastUpdate = lastUpdate
        self.impacts = impacts
        self.unmappedRegions = unmappedRegions
        self.file = file
    }

    /// Every region impacted, sorted and without repeats.
    public var regions: [RegionName] { Array(Set(impacts.flatMap { $0.regions.map(\.region) })).sorted() }

    /// Whether the event is still active (status `Active`, or no status and no mitigation time).
    public var isActive: Bool {
        if let status { return status.lowercased() == "active" }
        return impactMitigation == nil
    }

    /// Whether the event is active in a region: the event is active and that region's impact is not resolved.
    public func isActive(in region: RegionName) -> Bool {
        guard isActive else { return false }
        return impacts.contains { impact in
            impact.regions.contains { $0.region == region && ($0.status?.lowercased() ?? "active") != "resolved" }
        }
    }

    /// The services impacted in a region while the event is active there.
    public func activeServices(in region: RegionName) -> [String] {
        guard isActive else { return [] }
        return impacts.filter { impact in
            impact.regions.contains { $0.region == region && ($0.status?.lowercased() ?? "active") != "resolved" }
        }.map(\.service)
    }
}

/// Live health data for the console: resource statuses and service events, with programmatic region names
/// and resource names.
public struct HealthSnapshot: Sendable, Hashable {
    /// One status per resource (the most recent when several files hold one), sorted by name then id.
    public var resourceStatuses: [ResourceHealthStatus]
    /// One event per tracking id, sorted by tracking id.
    public var serviceEvents: [ServiceHealthEvent]

    public init(resourceStatuses: [ResourceHealthStatus] = [], serviceEvents: [ServiceHealthEvent] = []) {
        self.resourceStatuses = resourceStatuses
        self.serviceEvents = serviceEvents
    }

    /// The status of the resource with this name, if any.
    public func status(ofResourceNamed name: String) -> ResourceHealthStatus? {
        resourceStatuses.first { $0.resourceName.lowercased() == name.lowercased() }
    }

    /// Active events impacting a region (a region whose impact is resolved is left out).
    public func activeEvents(in region: RegionName) -> [ServiceHealthEvent] {
        serviceEvents.filter { $0.isActive(in: region) }
    }
}
