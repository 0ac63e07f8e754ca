import DRSimulation
import Foundation

/// One line of a drill or incident journal: what happened, when on the drill clock, and when on the wall clock.
///
/// Entries are append-only and totally ordered by `sequence`; `id` makes a write idempotent (a store given an
/// entry it already holds skips it), so a writer may retry after a failure without doubling anything.
public struct JournalEntry: Sendable, Hashable {
    /// A key unique across every journal (`<drill id>/<sequence>`).
    public var id: String
    /// The position in the journal, from 1, without gaps.
    public var sequence: Int
    /// Seconds on the drill clock.
    public var drillTime: TimeInterval
    /// When it was written; stamped by the writer (the reducer that makes entries does no I/O).
    public var wallTime: Date?
    public var body: JournalBody
    /// Who wrote it, in a journal shared by several consoles (nil in a one-console journal).
    public var author: String?

    public init(
        id: String, sequence: Int, drillTime: TimeInterval, wallTime: Date? = nil, body: JournalBody, author: String? = nil
    ) {
        self.id = id
        self.sequence = sequence
        self.drillTime = drillTime
        self.wallTime = wallTime
        self.body = body
        self.author = author
    }
}

/// What a journal entry records. Inputs (`started`, `clock`, `injectControl`, `operator`, `note`) are what replay
/// plays again; outputs (`injectFired`, `event`, `risk`, `live`) are what the simulation or Azure answered, kept for the report.
public enum JournalBody: Sendable, Hashable {
    /// The first entry: the scenario, the estate, the seed.
    case started(DrillSetup)
    /// The console opened the journal again (after a crash or a normal exit).
    case resumed
    /// The facilitator or the clock changed the drill clock.
    case clock(ClockChange)
    /// The facilitator triggered an inject early or skipped it.
    case injectControl(InjectControl)
    /// An operator action or an ad-hoc fault.
    case `operator`(OperatorInput)
    /// A scribe's note.
    case note(DrillNote)
    /// A scenario inject fired (output).
    case injectFired(String)
    /// An entry of the simulation's timeline (output).
    case event(SimulationEvent)
    /// Data a failover put at risk, measured when it started (output, for scoring).
    case risk(RiskRecord)
    /// Live health was read (incident mode): what Azure said at that moment (output, not replayed).
    case live(LiveRecord)

    /// The kind word stored beside the payload (`started`, `clock`, `event`, ...).
    public var kind: String {
        switch self {
        case .started: "started"
        case .resumed: "resumed"
        case .clock: "clock"
        case .injectControl: "inject-control"
        case .operator: "operator"
        case .note: "note"
        case .injectFired: "inject-fired"
        case .event: "event"
        case .risk: "risk"
        case .live: "live"
        }
    }

    /// Whether replay plays this entry again (outputs are recomputed instead).
    public var isInput: Bool {
        switch self {
        case .started, .resumed, .clock, .injectControl, .operator, .note: true
        case .injectFired, .event, .risk, .live: false
        }
    }
}

/// A change of the drill clock.
public enum ClockChange: Sendable, Hashable, Codable {
    /// Time passed: the clock now reads this offset.
    case advance(to: TimeInterval)
    /// The facilitator stepped to the next inject, at this offset.
    case step(to: TimeInterval)
    case pause
    case play
    /// Drill seconds per real second (1, 10, 60).
    case speed(Double)
}

/// The facilitator's hand on one inject.
public enum InjectControl: Sendable, Hashable, Codable {
    /// Fire it now, before its time.
    case trigger(String)
    /// Never fire it.
    case skip(String)
}

/// What an operator did to the simulation, in the inject and action grammars so the journal reads plainly.
public enum OperatorInput: Sendable, Hashable, Codable {
    /// An ad-hoc fault (`region:eastus2`).
    case inject(String)
    /// One fault cleared (`region:eastus2`).
    case clear(String)
    /// Every active fault cleared.
    case clearAll
    /// An action (`failover:hub-eus2`).
    case perform(String)
}

/// Data at risk for one storage account when a hub failed over.
public struct RiskRecord: Sendable, Hashable, Codable {
    public var hub: String
    public var storage: String
    /// Seconds of writes at risk; nil means everything since the last backup.
    public var window: TimeInterval?
    public var rpo: TimeInterval

    public init(hub: String, storage: String, window: TimeInterval?, rpo: TimeInterval) {
        self.hub = hub
        self.storage = storage
        self.window = window
        self.rpo = rpo
    }
}

/// What live health said when it was read: the active Service Health events and the resources Resource Health
/// reported not available.
public struct LiveRecord: Sendable, Hashable, Codable {
    /// `TRACKING-ID: title` of each active service event.
    public var activeEvents: [String]
    /// `name: state` of each resource not available.
    public var resourcesNotAvailable: [String]

    public init(activeEvents: [String], resourcesNotAvailable: [String]) {
        self.activeEvents = activeEvents
        self.resourcesNotAvailable = resourcesNotAvailable
    }

    /// One line for the timeline.
    public var summary: String {
        var parts = ["\(activeEvents.count) active service event\(activeEvents.count == 1 ? "" : "s")"
            + (activeEvents.isEmpty ? "" : " (" + activeEvents.joined(separator: "; ") + ")")]
        parts.append("\(resourcesNotAvailable.count) resource\(resourcesNotAvailable.count == 1 ? "" : "s") not available"
            + (resourcesNotAvailable.isEmpty ? "" : " (" + resourcesNotAvailable.joined(separator: ", ") + ")"))
        return "live health: " + parts.joined(separator: "; ")
    }
}
