import DRDomain
import DRSimulation
import TermUI

/// The timeline: injects, state changes, operator actions and outcomes, stamped with the virtual clock.
public enum TimelineRows {
    /// The pane's table, oldest first.
    public static func table(_ state: AppState) -> PaneTable {
        let theme = state.theme
        let columns = [Table.Column("T+", width: .length(8)), Table.Column("Kind", width: .length(9)),
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
                cells: [Table.Cell(Clock.format(event.at)), Table.Cell(event.kind.rawValue, style: theme.style(role)),
                        Table.Cell(event.target), Table.Cell(event.rule?.rawValue ?? ""), Table.Cell(event.detail)],
                detail: ["T+\(Clock.format(event.at)) \(event.kind.rawValue) \(event.target)", event.detail,
                         event.rule.map { "\($0.rawValue) \($0.title): \($0.summary)" } ?? ""])
        }
        return PaneTable(columns: columns, rows: rows)
    }
}
