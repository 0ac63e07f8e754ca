import DRDomain
import DRSimulation
import Foundation

/// The after-action report of a drill or an incident, built from its journal: overview, objectives and results,
/// timeline, strengths, areas for improvement, the improvement plan (TODO notes and their owners), and the full
/// event log. The Markdown, HTML and JSON renderers all read this one value.
public struct AfterActionReport: Sendable {
    /// One entry of the timeline.
    public struct Event: Sendable, Hashable {
        public var at: TimeInterval
        public var wallTime: Date?
        /// A simulation kind (`inject`, `state`, `action`, ...) or a facilitator's (`fired`, `clock`, `skip`,
        /// `trigger`, `resumed`).
        public var kind: String
        public var target: String
        public var detail: String
        /// The region lane it belongs to; nil for the team's lane (messages, notes, the facilitator).
        public var region: RegionName?
    }

    /// One note of the scribe's lane.
    public struct Note: Sendable, Hashable {
        public var at: TimeInterval
        public var wallTime: Date?
        public var note: DrillNote
        /// Who wrote it (a team journal).
        public var author: String? = nil
    }

    /// One region of the estate, for the map and the timeline's lanes.
    public struct RegionMark: Sendable, Hashable {
        public var name: RegionName
        public var displayName: String
        public var latitude: Double?
        public var longitude: Double?
        /// The region it is paired with, when that is also in the estate.
        public var pair: RegionName?
        /// Whether a fault took it (or a zone or service of it) down during the drill.
        public var wasHit: Bool
    }

    public var setup: DrillSetup
    public var scenario: Scenario?
    public var estateName: String
    /// The wall time of the last entry.
    public var lastWrite: Date?
    /// The drill time the journal stops at.
    public var drillEnd: TimeInterval
    public var events: [Event]
    public var notes: [Note]
    public var regions: [RegionMark]
    public var score: DrillScore
    /// The owners named in notes, sorted.
    public var participants: [String]

    /// Builds the report of a replayed drill.
    public init(session: DrillSession) {
        let entries = session.entries
        let estate = session.estate
        setup = session.progress.setup
        scenario = session.progress.scenario
        estateName = estate.name
        lastWrite = entries.compactMap(\.wallTime).max()
        drillEnd = session.engine.now
        let locate = RegionLocator(estate: estate)
        // In drill-time order; entries of one moment keep the journal's order.
        events = entries.compactMap { Self.event($0, locate: locate) }.enumerated()
            .sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
        notes = entries.compactMap { entry in
            if case .note(let note) = entry.body {
                return Note(at: entry.drillTime, wallTime: entry.wallTime, note: note, author: entry.author)
            }
            return nil
        }
        let hit = Set(events.filter { $0.kind == "inject" }.compactMap(\.region))
        let used = estate.usedRegions
        regions = used.compactMap { name in
            guard let region = estate.regions.region(named: name) else { return nil }
            return RegionMark(
                name: name, displayName: region.displayName, latitude: region.latitude, longitude: region.longitude,
                pair: region.pair.flatMap { used.contains($0) ? $0 : nil }, wasHit: hit.contains(name))
        }
        score = DrillScore(entries: entries, estate: estate, scenario: scenario, end: session.engine.now)
        participants = Array(Set(notes.compactMap(\.note.owner) + entries.compactMap(\.author))).sorted()
    }

    /// The wall time a drill time stands for (the estate's clock at drill time zero, plus the offset).
    public func clockTime(_ at: TimeInterval) -> Date { setup.clockOrigin.addingTimeInterval(at) }

    /// What went well: objectives met and expected actions done on time.
    public var strengths: [String] {
        var lines = score.expected.filter { $0.status == .done }.map {
            "`\($0.action)` done at T+\(ReportTime.offset($0.doneAt ?? 0)), on time (inject \($0.inject))."
        }
        lines += score.objectives.filter(\.met).map {
            "\($0.project) served again after \(ISODuration.human($0.recoveryTime)), within its \($0.disruption.rawValue) RTO of \(ISODuration.human($0.rto))."
        }
        lines += notes.filter { $0.note.tag == .observation }.map { "Observed: \($0.note.text)" }
        return lines
    }

    /// What to improve: late and missed expected actions, objectives missed.
    public var improvements: [String] {
        var lines = score.expected.filter { $0.status != .done }.map { result -> String in
            let when = result.doneAt.map { "done at T+\(ReportTime.offset($0)), after its due time T+\(ReportTime.offset(result.due))" }
                ?? "not done (due by T+\(ReportTime.offset(result.due)))"
            return "`\(result.action)` \(when) (inject \(result.inject))."
        }
        lines += score.objectives.filter { !$0.met }.map { result -> String in
            var parts: [String] = []
            if !result.recoveryMet {
                parts.append(result.recoveredAt == nil
                    ? "still out after \(ISODuration.human(result.recoveryTime)) at the end (RTO \(ISODuration.human(result.rto)))"
                    : "out \(ISODuration.human(result.recoveryTime)) against an RTO of \(ISODuration.human(result.rto))")
            }
            if !result.dataMet {
                parts.append(result.dataAtRisk.map { "\(ISODuration.human($0)) of writes at risk against an RPO of \(ISODuration.human(result.rpo))" }
                    ?? "all writes since the last backup at risk (RPO \(ISODuration.human(result.rpo)))")
            }
            return "\(result.project) (\(result.disruption.rawValue) outage): " + parts.joined(separator: "; ") + "."
        }
        return lines
    }

    /// The improvement plan: every TODO note, with its owner (or unassigned).
    public var plan: [Note] { notes.filter { $0.note.tag == .todo } }

    private static func event(_ entry: JournalEntry, locate: RegionLocator) -> Event? {
        let at = entry.drillTime
        func make(_ kind: String, _ target: String, _ detail: String, _ region: RegionName?) -> Event {
            // In a team journal each line says who did it (the input's author, also on what the input caused).
            Event(at: at, wallTime: entry.wallTime, kind: kind, target: target,
                  detail: detail + (entry.author.map { " (by \($0))" } ?? ""), region: region)
        }
        switch entry.body {
        case .event(let event):
            let region: RegionName? = switch event.kind {
            case .message, .note: nil
            case .inject, .clear: locate.region(ofFault: event.target)
            default: locate.region(of: event.target)
            }
            return make(event.kind.rawValue, event.target, event.detail, region)
        case .injectFired(let id): return make("fired", id, "inject \(id) fired", nil)
        case .injectControl(.trigger(let id)): return make("trigger", id, "the facilitator triggered inject \(id) now", nil)
        case .injectControl(.skip(let id)): return make("skip", id, "the facilitator skipped inject \(id)", nil)
        case .clock(.pause): return make("clock", "clock", "paused", nil)
        case .clock(.play): return make("clock", "clock", "running", nil)
        case .clock(.speed(let speed)): return make("clock", "clock", "speed x\(Int(speed))", nil)
        case .clock(.step(let t)): return make("clock", "clock", "stepped to the next inject at T+\(ReportTime.offset(t))", nil)
        case .resumed: return make("resumed", "journal", "the console opened the journal again", nil)
        case .live(let live): return make("live", "health", live.summary, nil)
        case .started, .clock(.advance), .operator, .note, .risk: return nil
        }
    }
}

/// Finds the region a resource or a fault belongs to.
struct RegionLocator {
    private var resources: [ResourceID: RegionName] = [:]
    private let estate: Estate

    init(estate: Estate) {
        self.estate = estate
        for resource in estate.allResources where resources[resource.id] == nil { resources[resource.id] = resource.region }
    }

    func region(of id: String) -> RegionName? { resources[id].flatMap { $0.isEmpty ? nil : $0 } }

    func region(ofFault text: String) -> RegionName? {
        guard let fault = try? SimulationInput.parseFault(text) else { return nil }
        switch fault {
        case .regionOutage(let region), .serviceOutage(_, let region), .readinessGap(_, let region): return region
        case .zoneOutage(let zone): return estate.regions.region(ofZone: zone)?.name
        case .resourceDeleted(let id), .connectionLost(let id), .keyVaultFailover(let id): return region(of: id)
        }
    }
}

/// Drill offsets as reports write them: `H:MM:SS`.
public enum ReportTime {
    public static func offset(_ seconds: TimeInterval) -> String {
        let total = Int(seconds.rounded(.down))
        return String(format: "%d:%02d:%02d", total / 3600, total / 60 % 60, total % 60)
    }
}
