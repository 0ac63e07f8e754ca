import DRDomain
import Foundation

/// A resource's state as live health data reports it (Resource Health), as an input of the engine.
public struct LiveResourceInput: Sendable, Hashable {
    /// `available`, `degraded`, `unavailable` or `unknown`, as Resource Health says.
    public var state: ResourceState
    /// What the data says, for the reason: `Resource Health: Unavailable (summary)`.
    public var detail: String

    public init(state: ResourceState, detail: String) {
        self.state = state
        self.detail = detail
    }
}

/// An active Service Health event for one of the estate's services in one region, as an input of the engine.
public struct LiveServiceEvent: Sendable, Hashable {
    /// The tracking id (`ABCD-123`).
    public var trackingID: String
    public var service: AzureService
    public var region: RegionName
    public var title: String
    /// Whether Service Health rates it critical (level `Critical`).
    public var critical: Bool

    public init(trackingID: String, service: AzureService, region: RegionName, title: String, critical: Bool) {
        self.trackingID = trackingID
        self.service = service
        self.region = region
        self.title = title
        self.critical = critical
    }
}

/// Live health as the engine takes it: inputs like faults, so what depends on a live-unavailable resource
/// follows by the same rules, and every state says whether it comes from the simulation, live data or both.
public struct LiveInputs: Sendable, Hashable {
    /// Resource Health states of the estate's resources, by estate id.
    public var resources: [ResourceID: LiveResourceInput]
    /// Active Service Health events for the estate's services.
    public var serviceEvents: [LiveServiceEvent]

    public init(resources: [ResourceID: LiveResourceInput] = [:], serviceEvents: [LiveServiceEvent] = []) {
        self.resources = resources
        self.serviceEvents = serviceEvents
    }
}
