import DRDomain
import DRSimulation
import Foundation

/// The failure-mode table and resilience figure that `assess` adds from the blast-radius enumeration.
enum FailureModeSection {
    /// The section as Markdown: a table of significant single faults and the summary figures.
    static func markdown(_ report: BlastRadiusReport) -> String {
        let rows = report.table()
        var out = "## Failure modes\n\n\(report.modes.count) single faults enumerated (each region, zone, service in a region, and resource deletion); the significant ones:\n\n"
        for (index, row) in rows.enumerated() {
            out += "| " + row.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |\n"
            if index == 0 { out += "|" + String(repeating: " --- |", count: row.count) + "\n" }
        }
        out += "\n" + summary(report).map { "- \($0)" }.joined(separator: "\n") + "\n"
        return out
    }

    /// The summary lines: resilience, worst bounded recovery, unbounded faults.
    static func summary(_ report: BlastRadiusReport) -> [String] {
        var lines = [String(format: "Resilience: %.1f%% of critical projects keep serving, averaged over all single faults",
                            report.resilience * 100)]
        if let worst = report.worstRecovery {
            lines.append("Worst bounded recovery: \(ISODuration.human(worst.recoveryTime ?? 0)) (\(worst.fault))")
        }
        lines.append("Unbounded: \(report.unboundedModes.count) faults no operator action recovers")
        return lines
    }

    /// The section as JSON values, added to the assess JSON only with `--failure-modes`.
    static func json(_ report: BlastRadiusReport) -> [String: Any] {
        let modes: [[String: Any]] = report.modes.filter(\.isSignificant).map { mode in
            var entry: [String: Any] = [
                "fault": mode.fault.description, "takesDown": mode.takesDown.map(\.id),
                "takesDownCount": mode.takesDownCount,
                "criticalServing": mode.criticalServing, "criticalProjects": mode.criticalProjects,
                "recoveryPath": mode.recoveryPath,
            ]
            entry["recoverySeconds"] = mode.recoveryTime.map { Int($0.rounded()) } ?? NSNull()
            return entry
        }
        return ["failureModes": modes, "resilience": resilience(report)]
    }

    /// The `failureModes` list of `json(_:)` as pretty JSON text, as it stands as a top-level member (its lines
    /// indented one level): the same bytes `JSONSerialization` writes for it, made without Foundation's casts.
    static func failureModesText(_ report: BlastRadiusReport) -> String {
        let modes: [PrettyJSONText.Value] = report.modes.filter(\.isSignificant).map { mode in
            .object([
                "fault": .string(mode.fault.description), "takesDown": .array(mode.takesDown.map { .string($0.id) }),
                "takesDownCount": .int(mode.takesDownCount), "criticalServing": .int(mode.criticalServing),
                "criticalProjects": .int(mode.criticalProjects), "recoveryPath": .string(mode.recoveryPath),
                "recoverySeconds": mode.recoveryTime.map { .int(Int($0.rounded())) } ?? .null,
            ])
        }
        var writer = PrettyJSONText()
        writer.write(.array(modes), level: 1)
        return writer.text
    }

    /// The `resilience` member of `json(_:)`.
    static func resilience(_ report: BlastRadiusReport) -> [String: Any] {
        [
            "criticalServingShare": (report.resilience * 1000).rounded() / 1000,
            "faultsEnumerated": report.modes.count,
            "worstRecoverySeconds": report.worstRecovery?.recoveryTime.map { Int($0.rounded()) } ?? NSNull(),
            "worstRecoveryFault": report.worstRecovery.map { $0.fault.description } ?? NSNull(),
            "unboundedFaults": report.unboundedModes.count,
        ]
    }
}
