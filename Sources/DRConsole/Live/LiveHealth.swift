import DRDomain
import DRImport
import DRSimulation
import Foundation

/// Live health from Resource Health and Service Health exports. It feeds the engine as an input (so what
/// depends on a live-unavailable resource follows by the rules), and keeps what the engine cannot use in sight:
/// records of resources the estate does not know, events for services it does not use, and every problem found
/// in the files.
public struct LiveHealth: Sendable, Hashable {
    /// What was read.
    public var snapshot: HealthSnapshot
    /// The files it came from, for the banner.
    public var sources: [String]
    /// Every problem found in the files, in the order found, and then the records that could not be told
    /// apart once bound to the estate.
    public var problems: [String]
    /// Which record is which resource, once bound to the estate (`bind(to:)`, which the console does as the
    /// files load); before that no record is any resource's.
    private var matching: LiveResourceMatching?

    public init(snapshot: HealthSnapshot, sources: [String], problems: [String] = []) {
        self.snapshot = snapshot
        self.sources = sources
        self.problems = problems
    }

    /// Matches the records to the estate's resources (by Azure name, ARM type, resource group and subscription;
    /// see `LiveResourceMatching`) and adds what could not be told apart to `problems`.
    public mutating func bind(to estate: Estate) {
        let matched = LiveResourceMatching(records: snapshot.resourceStatuses, estate: estate, targets: AzureTargets(estate))
        matching = matched
        problems += matched.problems
    }

    /// A resource's live availability, by its estate id (nil before `bind(to:)`).
    public func status(of id: ResourceID) -> ResourceHealthStatus? { matching?.byResource[id] }

    /// How the timeline and the journal name a record: the estate id of the resource it belongs to, as the
    /// panes do, or its Azure name when it belongs to none.
    public func name(of record: ResourceHealthStatus) -> String {
        matching?.owners[record.resourceID.lowercased()] ?? record.resourceName
    }

    /// The latest time the files state (a status reported, an event updated): the moment ages are measured at,
    /// so the console never reads the wall clock.
    public var asOf: Date? {
        let statusTimes = snapshot.resourceStatuses.flatMap { [$0.occurredAt, $0.reportedAt] }
        let eventTimes = snapshot.serviceEvents.flatMap {
            [$0.impactStart, $0.impactMitigation, $0.lastUpdate] + $0.updates.map(\.at)
        }
        return (statusTimes + eventTimes).compactMap { $0 }.max()
    }

    // MARK: The engine's inputs

    /// The inputs the engine takes: Resource Health states of the resources the records are bound to, and
    /// active Service Health events (per impacted region still active) for the services the estate uses.
    public func engineInputs() -> LiveInputs {
        var resources: [ResourceID: LiveResourceInput] = [:]
        for (id, status) in matching?.byResource ?? [:] {
            // `Unknown` is no information (Resource Health covers few of the estate's kinds): not a record.
            guard status.state != .unknown else { continue }
            let summary = status.summary.map { ": \($0)" } ?? ""
            resources[id] = LiveResourceInput(
                state: Self.state(status.state), detail: "\(status.stateText.lowercased()) (Resource Health\(summary))")
        }
        var events: [LiveServiceEvent] = []
        for event in snapshot.serviceEvents where Self.drivesState(event) {
            for impact in event.impacts {
                guard let service = Self.service(named: impact.service) else { continue }
                for region in impact.regions where event.isActive(in: region.region)
                    && (region.status?.lowercased() ?? "active") != "resolved"
                {
                    events.append(LiveServiceEvent(
                        trackingID: event.trackingID, service: service, region: region.region,
                        title: event.title ?? event.eventType ?? "service issue",
                        critical: (event.level ?? "").lowercased() == "critical"))
                }
            }
        }
        return LiveInputs(resources: resources, serviceEvents: events)
    }

    /// Resource Health records of resources the estate does not know (a classic VM, say): listed, never dropped,
    /// and never used for a region's state. Records that could be more than one resource are in `problems`.
    public var recordsOutsideEstate: [ResourceHealthStatus] { matching?.outside ?? snapshot.resourceStatuses }

    /// Active events whose services the estate does not use (networking, say): listed, not driving a region.
    public func eventsForOtherServices(in region: RegionName) -> [ServiceHealthEvent] {
        snapshot.activeEvents(in: region).filter { event in
            !event.activeServices(in: region).contains { Self.service(named: $0) != nil } || !Self.drivesState(event)
        }
    }

    /// Whether an event can change states: service issues do; planned maintenance, advisories and RCAs do not.
    static func drivesState(_ event: ServiceHealthEvent) -> Bool {
        let type = (event.eventType ?? "ServiceIssue").lowercased()
        return type == "serviceissue" || type == "emergingissues"
    }

    /// The engine's service for a Service Health service name (`Storage`, `Key Vault`, `Azure Machine Learning`),
    /// or nil for a service the estate's resources are not.
    static func service(named name: String) -> AzureService? {
        let key = name.lowercased().filter { $0.isLetter }
        switch key {
        case "storage", "azurestorage", "storageaccounts": return .storage
        case "keyvault", "azurekeyvault": return .keyVault
        case "containerregistry", "azurecontainerregistry": return .containerRegistry
        case "applicationinsights", "appinsights": return .appInsights
        case "cognitiveservices", "azureaiservices", "aiservices", "azureopenaiservice", "azureopenai",
            "foundrytools":
            return .aiServices
        case "machinelearning", "azuremachinelearning", "azureaifoundry", "aifoundry", "microsoftfoundry",
            "azureaistudio":
            return .machineLearning
        default: return nil
        }
    }

    private static func state(_ state: AvailabilityState) -> ResourceState {
        switch state {
        case .available, .unknown: .available
        case .degraded: .degraded
        case .unavailable: .unavailable
        }
    }

    // MARK: Text

    /// The badge of a live availability state.
    public static func badge(_ state: AvailabilityState) -> String {
        switch state {
        case .available: "LIVE OK"
        case .degraded: "LIVE DEGR"
        case .unavailable: "LIVE DOWN"
        case .unknown: "LIVE ?"
        }
    }

    /// An event in one line: tracking id, title, status, how long it has been active (as of the files' latest
    /// time) and when it was mitigated.
    public func line(_ event: ServiceHealthEvent) -> String {
        var parts = ["Service Health \(event.trackingID)", event.title ?? event.eventType ?? "event",
                     (event.status ?? (event.isActive ? "Active" : "Resolved")).lowercased()]
        if let start = event.impactStart {
            let end = event.impactMitigation ?? asOf ?? start
            let verb = event.impactMitigation == nil ? "active for" : "lasted"
            parts.append("started \(Self.stamp(start)), \(verb) \(ISODuration.human(max(0, end.timeIntervalSince(start))))")
        }
        parts.append(event.impactMitigation.map { "mitigated \(Self.stamp($0))" } ?? "not mitigated")
        return parts.joined(separator: ", ")
    }

    /// A time as the console shows wall-clock times: `2026-11-28 08:20Z`.
    public static func stamp(_ date: Date) -> String {
        let text = Timestamp.format(date)
        return String(text.prefix(16)).replacingOccurrences(of: "T", with: " ") + "Z"
    }
}
