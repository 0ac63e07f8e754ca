import DRDomain
import DRImport
import DRSimulation
import Foundation
import TermUI

/// The timeline: live data at its own (wall-clock) times first, then injects, state changes, operator actions and
/// outcomes stamped with the virtual clock.
public enum TimelineRows {
    /// The pane's table: live entries oldest first, then the simulation's events oldest first.
    public static func table(_ state: AppState) -> PaneTable {
        let theme = state.theme
        let live = state.live.map { liveRows($0, state) } ?? []
        let columns = [Table.Column(live.isEmpty ? "T+" : "Time", width: .length(live.isEmpty ? 8 : 11)),
                       Table.Column("Kind", width: .length(9)),
                       Table.Column("Target", width: .min(18)), Table.Column("Rule", width: .length(4)),
                       Table.Column("Detail", width: .fill(1))]
        let rows = state.engine.events.enumerated().map { index, event -> PaneRow in
            let role: ThemeRole = switch event.kind {
            case .inject, .refused: .timelineInject
            case .action, .preflight, .step, .outcome: .timelineAction
            case .message, .note, .stop: .timelineNote
            case .clear, .state: .timelineState
            }
            return PaneRow(
                id: "event:\(index)",
                cells: [Table.Cell((live.isEmpty ? "" : "T+") + Clock.format(event.at)),
                        Table.Cell(event.kind.rawValue, style: theme.style(role)),
                        Table.Cell(event.target), Table.Cell(event.rule?.rawValue ?? ""),
                        Table.Cell(event.detail + (TeamSeat.namesAuthor(event.kind) ? state.team?.byline(ofEvent: index) ?? "" : ""))],
                detail: ["T+\(Clock.format(event.at)) \(event.kind.rawValue) \(event.target)",
                         event.detail + (state.team?.byline(ofEvent: index) ?? ""),
                         event.rule.map { "\($0.rawValue) \($0.title): \($0.summary)" } ?? ""])
        }
        return PaneTable(columns: columns, rows: live + rows)
    }

    /// The empty timeline's hint, naming a region of the estate in front of it (a primary hub's, else the first
    /// region in use).
    public static func emptyHint(_ state: AppState) -> String {
        let region = state.estate.hubs.first { $0.role == .primary }?.region ?? state.lookups.usedRegions.first
        return region.map { "no events yet: try :inject region \($0)" } ?? "no events yet: try :inject region REGION"
    }

    /// One live entry before it becomes a row.
    private struct Entry {
        var at: Date
        var kind: String
        var target: String
        var detail: String
        var more: [String]
    }

    /// Service Health events (start, each update, mitigation) and Resource Health changes, at their own times.
    private static func liveRows(_ live: LiveHealth, _ state: AppState) -> [PaneRow] {
        var entries: [Entry] = []
        for event in live.snapshot.serviceEvents {
            let services = event.impacts.map(\.service).joined(separator: ", ")
            let summary = live.line(event)
            if let start = event.impactStart {
                entries.append(Entry(at: start, kind: "live", target: event.trackingID,
                                     detail: "started: \(event.title ?? event.eventType ?? "event") (\(services))",
                                     more: [summary]))
            }
            for update in event.updates {
                guard let at = update.at else { continue }
                entries.append(Entry(at: at, kind: "live", target: event.trackingID,
                                     detail: "update (\(update.service), \(update.region)): \(update.summary)",
                                     more: [summary]))
            }
            if let mitigated = event.impactMitigation {
                entries.append(Entry(at: mitigated, kind: "live", target: event.trackingID,
                                     detail: "mitigated: \(event.title ?? "event")", more: [summary]))
            }
        }
        for record in live.snapshot.resourceStatuses where record.state != .available {
            guard let at = record.occurredAt ?? record.reportedAt else { continue }
            entries.append(Entry(at: at, kind: "live", target: live.name(of: record),
                                 detail: "Resource Health: \(record.stateText)\(record.summary.map { ": \($0)" } ?? "")",
                                 more: ["Id: \(record.resourceID)"]))
        }
        entries.sort { ($0.at, $0.target, $0.detail) < ($1.at, $1.target, $1.detail) }
        let style = state.theme.style(.bannerLive)
        return entries.enumerated().map { index, entry in
            let stamp = LiveHealth.stamp(entry.at)
            return PaneRow(
                id: "live:\(index)",
                cells: [Table.Cell(String(stamp.dropFirst(5).dropLast())), Table.Cell(entry.kind, style: style),
                        Table.Cell(entry.target), Table.Cell(""), Table.Cell(entry.detail)],
                detail: ["\(stamp) live data (wall clock, not the simulation's) \(entry.target)", entry.detail] + entry.more)
        }
    }
}
