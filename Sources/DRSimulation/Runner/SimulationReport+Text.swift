import DRDomain
import Foundation

extension SimulationReport {
    /// The report for people: the timeline, then the final state as a table (at `until`, by default the run's end).
    public func text(until: TimeInterval? = nil) -> String {
        var out = "Simulation of \(estate) (seed \(seed))\n\nTimeline\n"
        if events.isEmpty { out += "  (no events)\n" }
        let kindWidth = events.map(\.kind.rawValue.count).max() ?? 0
        let targetWidth = min(events.map(\.target.count).max() ?? 0, 28)
        for event in events {
            let rule = event.rule.map { " [\($0.rawValue)]" } ?? ""
            out += "  \(Self.clock(event.at))  \(Self.pad(event.kind.rawValue, kindWidth))  "
                + "\(Self.pad(event.target, targetWidth))  \(event.detail)\(rule)\n"
        }
        out += "\nFinal state at \(Self.clock(until ?? endTime))\n"
        let header = ["ID", "KIND", "REGION", "STATE", "SERVED FROM", "RULES"]
        let rows = final.resources.map { r in
            [r.id, r.kind.rawValue, r.region, r.state.rawValue, r.servedFrom ?? "-",
             r.rules.isEmpty ? "-" : r.rules.map(\.rawValue).joined(separator: ",")]
        }
        let widths = header.indices.map { c in ([header[c]] + rows.map { $0[c] }).map(\.count).max() ?? 0 }
        for row in [header] + rows {
            let cells = row.indices.map { c in c == row.count - 1 ? row[c] : Self.pad(row[c], widths[c]) }
            out += "  " + cells.joined(separator: "  ") + "\n"
        }
        return out
    }

    /// `T+01:05:00`: hours, minutes and seconds from the start (hours may pass 24).
    public static func clock(_ t: TimeInterval) -> String {
        let s = max(0, Int(t.rounded()))
        return String(format: "T+%02d:%02d:%02d", s / 3_600, (s % 3_600) / 60, s % 60)
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
