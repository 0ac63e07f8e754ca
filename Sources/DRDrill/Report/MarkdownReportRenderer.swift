import DRDomain
import Foundation

/// The after-action report as Markdown (GitHub tables), for a wiki page or a ticket.
public enum MarkdownReportRenderer {
    /// The kinds the timeline section shows; the appendix shows every event.
    static let timelineKinds: Set<String> = [
        "inject", "clear", "fired", "message", "action", "refused", "outcome", "note", "clock", "skip", "trigger", "stop",
        "resumed", "live",
    ]

    public static func render(_ report: AfterActionReport) -> String {
        var out: [String] = []
        let title = report.scenario.map { $0.title.isEmpty ? $0.name : $0.title } ?? "Incident on \(report.estateName)"
        out.append("# After-action report: \(escape(title))")
        out.append("")
        if let summary = report.scenario?.summary, !summary.isEmpty { out += [escape(summary), ""] }
        out.append("## Overview")
        out.append("")
        out += ["| | |", "| --- | --- |"]  // a key-value table: no header names
        out.append("| Kind | \(report.setup.mode == .drill ? "tabletop drill (simulated)" : "incident") |")
        if let name = report.scenario?.name { out.append("| Scenario | `\(name)` |") }
        out.append("| Estate | \(escape(report.estateName)) |")
        out.append("| Started | \(JournalTime.formatSeconds(report.setup.startedAt)) |")
        if let last = report.lastWrite { out.append("| Last entry | \(JournalTime.formatSeconds(last)) |") }
        out.append("| Drill time reached | T+\(ReportTime.offset(report.drillEnd)) |")
        out.append("| Participants | \(report.participants.isEmpty ? "not recorded" : report.participants.map { "@" + $0 }.joined(separator: ", ")) |")
        out.append("| Score | \(report.score.score.map { "\($0) / 100" } ?? "not scored (no outage, no expected action)") |")
        out.append("")
        out.append("## Objectives and results")
        out.append("")
        if report.score.objectives.isEmpty {
            out.append("No project stopped serving.")
        } else {
            out += tableHead("Project", "Disruption", "Out at", "Served again", "Recovery time", "RTO", "Data at risk", "RPO", "Met")
            for result in report.score.objectives {
                out.append("| \(result.project)\(result.critical ? " (critical)" : "") | \(result.disruption.rawValue) "
                    + "| T+\(ReportTime.offset(result.outageAt)) | \(result.recoveredAt.map { "T+" + ReportTime.offset($0) } ?? "not by the end") "
                    + "| \(ISODuration.human(result.recoveryTime)) | \(ISODuration.human(result.rto)) "
                    + "| \(ReportText.dataAtRisk(result.dataAtRisk)) | \(ISODuration.human(result.rpo)) | \(result.met ? "yes" : "**no**") |")
            }
        }
        out.append("")
        out.append("### Expected actions")
        out.append("")
        if report.score.expected.isEmpty {
            out.append("The scenario expects no action in the action grammar.")
        } else {
            out += tableHead("Inject", "Expected", "Action", "Due by", "Done at", "Status")
            for result in report.score.expected {
                out.append("| \(result.inject) | \(escape(result.expect ?? "")) | `\(result.action)` | T+\(ReportTime.offset(result.due)) "
                    + "| \(result.doneAt.map { "T+" + ReportTime.offset($0) } ?? "-") | \(result.status.rawValue) |")
            }
        }
        out.append("")
        out.append("## Timeline")
        out.append("")
        out += eventTable(report.events.filter { timelineKinds.contains($0.kind) })
        out.append("")
        out.append("## Strengths")
        out.append("")
        out += bullets(report.strengths, empty: "None recorded.")
        out.append("")
        out.append("## Areas for improvement")
        out.append("")
        out += bullets(report.improvements, empty: "None found.")
        out.append("")
        out.append("## Improvement plan")
        out.append("")
        if report.plan.isEmpty {
            out.append("No TODO note was written.")
        } else {
            out += tableHead("#", "Owner", "Action", "Raised at")
            for (i, item) in report.plan.enumerated() {
                out.append("| \(i + 1) | \(item.note.owner.map { "@" + $0 } ?? "unassigned") | \(escape(item.note.text)) | T+\(ReportTime.offset(item.at)) |")
            }
        }
        out.append("")
        out.append("## Notes")
        out.append("")
        if report.notes.isEmpty {
            out.append("No note was written.")
        } else {
            out += tableHead("Drill time", "Wall time", "Tag", "Note", "Inject", "Resource")
            for note in report.notes {
                out.append("| T+\(ReportTime.offset(note.at)) | \(note.wallTime.map(JournalTime.formatSeconds) ?? "-") | \(note.note.tag.rawValue) "
                    + "| \(escape(note.note.text))\(note.author.map { " (by \($0))" } ?? "") | \(note.note.inject ?? "-") | \(note.note.resource ?? "-") |")
            }
        }
        out.append("")
        out.append("## Appendix: event log")
        out.append("")
        out += eventTable(report.events)
        return out.joined(separator: "\n") + "\n"
    }

    private static func eventTable(_ events: [AfterActionReport.Event]) -> [String] {
        guard !events.isEmpty else { return ["Nothing happened."] }
        return tableHead("Drill time", "Kind", "Target", "Detail")
            + events.map { "| T+\(ReportTime.offset($0.at)) | \($0.kind) | \(escape($0.target)) | \(escape($0.detail)) |" }
    }

    /// A table's header row and the separator row under it, one column per name.
    private static func tableHead(_ columns: String...) -> [String] {
        ["| " + columns.joined(separator: " | ") + " |", "|" + String(repeating: " --- |", count: columns.count)]
    }

    private static func bullets(_ lines: [String], empty: String) -> [String] {
        lines.isEmpty ? [empty] : lines.map { "- " + escape($0) }
    }

    /// Keeps table cells in one cell and one line.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}

/// Wordings shared by the renderers.
enum ReportText {
    static func dataAtRisk(_ window: TimeInterval?) -> String {
        guard let window else { return "since the last backup" }
        return window == 0 ? "none" : "up to " + ISODuration.human(window)
    }
}
