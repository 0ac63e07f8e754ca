import DRDomain
import Foundation

/// The simulation: an estate under faults and operator actions on a virtual clock.
///
/// Time is seconds from the start. Faults, clearings, messages and actions are scheduled at offsets and processed
/// in order of time, then of scheduling; the clock never goes back. Every resource has a ``ResourceStatus`` at
/// every moment, derived from the active faults and actions by the rules R1 to R11. A change recomputes only what
/// depends on it: the engine keeps a reverse-dependency index and recomputes the affected closure in dependency
/// order. Randomness (jittered step durations, unknown sync lag) comes from a ``SplitMix64`` seeded by `seed`,
/// so the same inputs and seed give the same timeline.
public struct SimulationEngine: Sendable {
    /// The estate being simulated.
    public let estate: Estate
    /// The seed of the random generator.
    public let seed: UInt64
    /// Seconds from the start.
    public internal(set) var now: TimeInterval = 0
    /// The timeline so far.
    public internal(set) var events: [SimulationEvent] = []
    /// The active faults and when each started.
    public internal(set) var activeFaults: [Fault: TimeInterval] = [:]

    /// How many resource statuses have been computed so far: the engine's unit of work, which tests use to check
    /// that a change costs what it reaches.
    public internal(set) var recomputations = 0
    /// Whether events are recorded in ``events`` (true by default; long benchmarks and probes turn it off).
    public var recordsEvents = true
    /// Whether delays settle at once and jobs do not stick (blast-radius probing): the state a fault leads to.
    var settled = false
    var changeLog: [Int]?

    let graph: EstateGraph
    var statuses: [ResourceStatus]
    var baselineStatuses: [ResourceStatus] = []
    var rng: SplitMix64

    var regionDown: [Bool]
    var zoneDown: [Bool]
    var zoneDownCount: [Int]
    /// The down zones of each region with any, joined for reasons.
    var downZoneText: [Int: String] = [:]
    var serviceDown: [Bool]
    var deleted: [Bool]
    var deletedAt: [Int: TimeInterval] = [:]
    var connectionLost: [Bool]
    var needsResubmit: [Bool]
    /// Why each failed job failed, kept for its reason until it is resubmitted.
    var resubmitCause: [Int: String] = [:]
    /// Jobs resubmitted while their project was served by the secondary hub.
    var resubmittedOnSecondary: Set<Int> = []
    /// Key Vaults whose cross-region failover Microsoft has started (a `keyvault-failover` inject): since when.
    var keyVaultFailoverStartedAt: [Int: TimeInterval] = [:]
    /// Key Vaults whose home is out, since when (for a scenario's fixed failover delay).
    var keyVaultOutSince: [Int: TimeInterval] = [:]
    /// A fixed delay after which Microsoft starts every Key Vault's failover, as a scenario may set to model the
    /// seed's "fails over automatically"; nil (the default) assumes nothing: the failover is an inject.
    public var keyVaultFailoverDelay: TimeInterval?

    /// Live health as an input, by node: a Resource Health state of an estate resource.
    var liveResource: [LiveResourceInput?]
    /// Live Service Health events by region and service (`region * services + service`).
    var liveService: [[LiveServiceEvent]]
    /// The live inputs as last set, or nil when there is no live data.
    public internal(set) var live: LiveInputs?
    /// How many times live inputs were set, so a view's memo can tell a change.
    public internal(set) var liveRevision = 0
    /// Primary hubs failed over (or failing over), by hub node.
    var hubFailovers: [Int: HubFailover] = [:]
    /// Hubs whose failback is in progress.
    var failbacksInProgress: Set<Int> = []
    /// Readiness checks that a failover step remediated or verified, with when (R6); they hold from then on.
    var remediatedChecks: [ReadinessKey: TimeInterval] = [:]
    /// Storage accounts failed over (ready time), by node.
    var storageFailovers: [Int: TimeInterval] = [:]
    /// Recoveries in progress, by node.
    var recoveriesInProgress: Set<Int> = []
    /// When each project stopped serving, for measured recovery times.
    var disruptedSince: [Int: (at: TimeInterval, disruption: Disruption)] = [:]

    var pending: [ScheduledItem] = []
    var nextSequence = 0
    var dirtyHeap = MinHeap()
    var queued: [Bool]
    /// Serving connections per purpose slot of ``PurposeIndex``.
    var purposeServing: [Int]
    /// Each hub's purpose slots with no serving connection.
    var lostPurposes: [Int: Set<Int>] = [:]

    /// Creates a simulation of `estate` at time zero with no faults.
    public init(estate: Estate, seed: UInt64 = 0) {
        self.estate = estate
        self.seed = seed
        graph = EstateGraph(estate: estate)
        rng = SplitMix64(seed: seed)
        let count = graph.nodes.count
        statuses = Array(repeating: .available, count: count)
        regionDown = Array(repeating: false, count: graph.regionNames.count)
        zoneDownCount = Array(repeating: 0, count: graph.regionNames.count)
        zoneDown = Array(repeating: false, count: graph.zoneNames.count)
        serviceDown = Array(repeating: false, count: graph.regionNames.count * AzureService.allCases.count)
        deleted = Array(repeating: false, count: count)
        connectionLost = Array(repeating: false, count: count)
        needsResubmit = Array(repeating: false, count: count)
        liveResource = Array(repeating: nil, count: count)
        liveService = Array(repeating: [], count: graph.regionNames.count * AzureService.allCases.count)
        queued = Array(repeating: false, count: count)
        purposeServing = graph.purposes.slots.map(\.connections.count)
        let recording = recordsEvents
        recordsEvents = false
        touch(0..<count)
        recordsEvents = recording
        baselineStatuses = statuses
    }

    // MARK: Reading the state

    /// The status of a resource now, or nil when the estate has no such resource.
    public func status(of id: ResourceID) -> ResourceStatus? {
        graph.index(of: id).map { statuses[$0] }
    }

    /// The state of a resource now, or nil when the estate has no such resource.
    public func state(of id: ResourceID) -> ResourceState? { status(of: id)?.state }

    /// The status of a resource with no faults and no actions.
    public func baselineStatus(of id: ResourceID) -> ResourceStatus? {
        graph.index(of: id).map { baselineStatuses[$0] }
    }

    /// Every resource's status now, in the estate's fixed order (`Estate.allResources`).
    public var snapshot: [ResourceSnapshot] {
        graph.reportOrder.map { i in
            let node = graph.nodes[i]
            return ResourceSnapshot(id: node.id, kind: node.kind, region: node.region, status: statuses[i])
        }
    }

    /// Jobs that must be resubmitted (R4), in the estate's order.
    public var jobsToResubmit: [ResourceID] {
        graph.reportOrder.filter { graph.nodes[$0].kind == .job && needsResubmit[$0] }.map { graph.nodes[$0].id }
    }

    /// Whether a primary hub's projects are (being) served by its secondary hub.
    public func isFailedOver(hub id: ResourceID) -> Bool {
        graph.index(of: id).map { hubFailovers[$0] != nil } ?? false
    }

    /// The resources deleted now that can still be recovered, dependencies first (the order to recover them in,
    /// R9, R10); hubs, projects and kinds without soft delete are left out.
    public var recoveryOrder: [ResourceID] {
        graph.nodes.indices.filter { n in
            let kind = graph.nodes[n].kind
            return deleted[n] && kind != .hub && kind != .project && SoftDeletePolicy.of(kind).isSupported
        }.map { graph.nodes[$0].id }
    }

    /// The time of the next scheduled item, if any.
    public var nextEventTime: TimeInterval? { pending.first?.at }

    // MARK: Driving the clock

    /// Schedules a fault to start at `offset` (clamped to now), and optionally to clear at `until`.
    public mutating func schedule(_ fault: Fault, at offset: TimeInterval, until: TimeInterval? = nil) {
        enqueue(.startFault(fault), at: offset)
        if let until { enqueue(.clearFault(fault), at: max(until, offset)) }
    }

    /// Schedules a fault to clear at `offset`.
    public mutating func scheduleClear(_ fault: Fault, at offset: TimeInterval) {
        enqueue(.clearFault(fault), at: offset)
    }

    /// Schedules an operator action at `offset`.
    public mutating func schedule(_ action: OperatorAction, at offset: TimeInterval) {
        enqueue(.action(action), at: offset)
    }

    /// Schedules a message to the players (a scenario inject with no fault) at `offset`.
    public mutating func scheduleMessage(_ text: String, to audience: String, at offset: TimeInterval) {
        enqueue(.message(audience: audience, text: text), at: offset)
    }

    /// Processes everything scheduled up to and including `time`, then sets the clock to `time`.
    /// Returns false and does nothing when `time` is before now: the clock never goes back.
    @discardableResult
    public mutating func advance(to time: TimeInterval) -> Bool {
        guard time >= now, time.isFinite else { return false }
        while let first = pending.first, first.at <= time {
            pending.removeFirst()
            now = max(now, first.at)
            process(first.item)
        }
        now = time
        return true
    }

    /// Starts a fault now.
    public mutating func inject(_ fault: Fault) { startFault(fault) }

    /// Clears a fault now.
    public mutating func clear(_ fault: Fault) { clearFault(fault) }

    /// Clears every active fault now, in a fixed order.
    public mutating func clearAllFaults() {
        for fault in activeFaults.keys.sorted() { clearFault(fault) }
    }

    /// Takes an operator action now; its outcome and any later steps appear in the timeline.
    public mutating func perform(_ action: OperatorAction) { run(action) }

    /// Records a person's note in the timeline now (the scribe's lane: decisions, observations, follow-ups).
    /// It changes no state.
    public mutating func recordNote(_ text: String, by author: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return }
        let recording = recordsEvents
        recordsEvents = true
        emit(.note, author, trimmed, nil)
        recordsEvents = recording
    }

    // MARK: Internals shared by the extensions

    mutating func enqueue(_ item: ScheduledItem.Item, at offset: TimeInterval) {
        let entry = ScheduledItem(at: max(offset, now), sequence: nextSequence, item: item)
        nextSequence += 1
        // Binary search for the first entry that comes after the new one (time, then sequence).
        var low = 0
        var high = pending.count
        while low < high {
            let mid = (low + high) / 2
            if pending[mid].at <= entry.at { low = mid + 1 } else { high = mid }
        }
        pending.insert(entry, at: low)
    }

    mutating func emit(_ kind: SimulationEventKind, _ target: String, _ detail: String, _ rule: RuleID?) {
        guard recordsEvents else { return }
        events.append(SimulationEvent(at: now, kind: kind, target: target, detail: detail, rule: rule))
    }

    private mutating func process(_ item: ScheduledItem.Item) {
        switch item {
        case .startFault(let fault): startFault(fault)
        case .clearFault(let fault): clearFault(fault)
        case .action(let action): run(action)
        case .message(let audience, let text): emit(.message, audience, text, nil)
        case .wake(let nodes): touch(nodes)
        case .completion(let completion): complete(completion)
        }
    }
}

/// One resource's state in a snapshot or a report.
public struct ResourceSnapshot: Sendable, Hashable {
    public var id: ResourceID
    public var kind: ResourceKind
    /// The home region.
    public var region: RegionName
    public var status: ResourceStatus

    public init(id: ResourceID, kind: ResourceKind, region: RegionName, status: ResourceStatus) {
        self.id = id
        self.kind = kind
        self.region = region
        self.status = status
    }
}

/// Something waiting on the simulation clock.
struct ScheduledItem: Sendable {
    var at: TimeInterval
    var sequence: Int
    var item: Item

    enum Item: Sendable {
        case startFault(Fault)
        case clearFault(Fault)
        case action(OperatorAction)
        case message(audience: String, text: String)
        /// Recompute these nodes (a Key Vault failover converged).
        case wake([Int])
        case completion(Completion)
    }

    /// The end of something an action started.
    enum Completion: Sendable {
        case failoverStep(hub: Int, title: String, group: String, rule: RuleID, remediates: ReadinessKey?)
        case failoverProjectReady(hub: Int, project: Int)
        case failoverFinished(hub: Int)
        case failbackFinished(hub: Int)
        case accountFailoverFinished(storage: Int)
        case recoveryFinished(node: Int)
        case recoveryOfDeletedFinished(id: ResourceID)
    }
}

/// A primary hub failing over or failed over to its secondary.
struct HubFailover: Sendable {
    var secondary: Int
    var startedAt: TimeInterval
    /// When each project of the hub is served by the secondary.
    var projectReadyAt: [Int: TimeInterval]
    /// The steps the failover started with, by posture.
    var steps: [DeploymentPosture: [FailoverStep]] = [:]
    /// Remediation steps whose time passed while an injected gap kept their check failing: they, and the
    /// projects of their posture, wait until the gap clears (R6).
    var blockedSteps: [BlockedStep] = []
    /// Whether the failover's end came while steps were blocked, so its outcome is written when they clear.
    var finishPending = false
}

/// A failover step that could not be done because an injected readiness gap is active.
struct BlockedStep: Sendable {
    var title: String
    var group: String
    var rule: RuleID
    var key: ReadinessKey
}

/// A readiness check in one region (R6).
struct ReadinessKey: Sendable, Hashable {
    var check: ReadinessCheck
    var region: RegionName
}
