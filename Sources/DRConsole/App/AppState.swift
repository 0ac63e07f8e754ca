import DRDomain
import DRDrill
import DRSimulation
import Foundation
import TermUI

/// What the bottom line is doing: showing keys, taking a `:` command, taking a `/` filter, asking to quit, or
/// asking before something the operator may not mean.
public enum InputLine: Sendable, Hashable {
    case idle
    case command(String)
    case filter(String)
    case confirmQuit
    case confirm(Confirmation)
}

/// A short message on the bottom line, cleared after a while or by the next key.
public struct Flash: Sendable, Hashable {
    public var text: String
    public var isError: Bool

    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}

/// Everything the console shows, in one value. Changed only by `reduce`.
public struct AppState: Sendable {
    /// The estate shown.
    public var estate: Estate {
        didSet { lookups = ConsoleLookups(estate) }
    }
    /// The simulation of the estate (faults, actions, the virtual clock).
    public var engine: SimulationEngine
    public var mode: ConsoleMode
    /// Injects and actions are refused.
    public var isReadOnly: Bool
    public var theme: Theme
    /// Names offered by `:theme` completion.
    public var themeNames: [String]
    public var keyMap: KeyMap
    public var size: Size
    public var focus: PaneID = .regionHealth
    /// Selection (by row id) and scroll of each pane's table; a pane without one selects its first row.
    public var selections: [PaneID: PaneSelection] = [:]
    /// How many timeline events there were when the operator moved away from the newest; nil while the timeline
    /// follows new events (`G` follows again).
    public var timelineSeen: Int?
    /// Horizontal scroll of each pane (wide tables such as the replication matrix).
    public var columnOffsets: [PaneID: Int] = [:]
    /// The filter text of each pane (`/`).
    public var filters: [PaneID: String] = [:]
    public var input: InputLine = .idle
    public var history = CommandHistory()
    /// The candidates a Tab that could not complete further listed (shown above the command line until the next key).
    public var completions: [String] = []
    public var flash: Flash?
    public var showsHelp = false
    /// Whether the help overlay shows the service catalog (the seed's tables) instead of the keys.
    public var helpShowsCatalog = false
    /// The command the help overlay describes (`:help VERB`); nil for all keys and commands.
    public var helpTopic: String?
    /// How far the help or detail overlay is scrolled (clamped by the reducer as it stores it).
    public var overlayScroll = 0
    /// The detail view of the focused pane's selected row (Enter).
    public var showsDetail = false
    /// The hub the failover and x-ray panes show.
    public var selectedHub: ResourceID?
    /// Whether the virtual clock runs with real time.
    public var isPlaying = true
    /// Virtual seconds per real second.
    public var speed: Double = 1
    /// Live health files are read again when they change (`--watch`).
    public var watchesHealth = false
    /// The scenario loaded, if any.
    public var scenarioName: String?
    /// The facilitator's side of a drill or incident (injects fired and skipped, journal numbering); when set,
    /// every change of the simulation goes through it and is journaled (see `AppState+Drill`).
    public var drill: DrillProgress?
    /// Entries made by the last action, handed to the runtime as an effect to commit before the next draw.
    var pendingJournal: [JournalEntry] = []
    /// This console's seat at a team drill sharing its journal; nil when the console is on its own.
    public var team: TeamSeat?
    /// Where the journal is, shown in the header; nil when nothing is journaled.
    public var journalPath: String?
    /// The last journal write that failed, shown until a write succeeds.
    public var journalProblem: String?
    /// The facilitator's overlay of coming injects and their expected answers (off by default).
    public var showsFacilitator = false
    /// The world map shows the whole world instead of the estate's regions (`z`).
    public var mapShowsWorld = false
    /// Whether the focused pane is shown alone, the whole width of a screen large enough for all panes (`w`).
    public var paneZoomed = false
    /// Mouse clicks select panes and rows.
    public var mouseEnabled = true
    /// Live health read from Resource Health and Service Health exports (`--health`), shown beside the
    /// simulation and never mixed with it.
    public var live: LiveHealth? {
        didSet { liveRevision += 1 }
    }
    /// Counts loads of live health, so memoised tables know when it changed.
    public private(set) var liveRevision = 0
    /// The wall-clock time of the simulation's start: the estate's snapshot time, or when the console opened.
    public let startTime: Date
    /// The posture gaps of each resource, from assessment (the estate does not change while the console runs).
    public let gaps: [ResourceID: [Finding]]
    /// Lookups over the estate, built once (rebuilt only if the estate is replaced).
    public private(set) var lookups: ConsoleLookups

    /// Creates the state for an estate, focused on region health, with the first primary hub selected.
    ///
    /// - Parameter now: the wall-clock time the console opens at, used when the estate has no snapshot time.
    public init(
        estate: Estate, engine: SimulationEngine? = nil, mode: ConsoleMode = .simulation, isReadOnly: Bool = false,
        theme: Theme = .plain, themeNames: [String] = [], keyMap: KeyMap = .standard,
        size: Size = Size(width: 80, height: 24), now: Date
    ) {
        startTime = estate.snapshotTime ?? now
        self.estate = estate
        lookups = ConsoleLookups(estate)
        self.engine = engine ?? SimulationEngine(estate: estate)
        self.mode = mode
        self.isReadOnly = isReadOnly
        self.theme = theme
        self.themeNames = themeNames
        self.keyMap = keyMap
        self.size = size
        selectedHub = (estate.hubs.first { $0.role == .primary } ?? estate.hubs.first)?.id
        var gaps: [ResourceID: [Finding]] = [:]
        for finding in Assessor(now: startTime).assess(estate).findings
        where finding.severity != .info {
            for id in finding.resources { gaps[id, default: []].append(finding) }
        }
        self.gaps = gaps
    }

    /// The wall-clock time the virtual clock stands for: the start time plus elapsed simulated time.
    public var wallClock: Date {
        startTime.addingTimeInterval(engine.now)
    }

    /// The selection of a pane's table against its rows now. Until the operator moves in it, the timeline
    /// follows the newest event.
    public func selection(_ pane: PaneID, in rows: [PaneRow]) -> TableState {
        if let stored = selections[pane] { return stored.tableState(in: rows) }
        if pane == .timeline, filters[pane] == nil { return TableState(selection: rows.isEmpty ? nil : rows.count - 1) }
        return TableState(selection: rows.isEmpty ? nil : 0)
    }

    /// The active faults, sorted, as `kind:target`.
    public var activeFaultNames: [String] { engine.activeFaults.keys.sorted().map(\.description) }
}
