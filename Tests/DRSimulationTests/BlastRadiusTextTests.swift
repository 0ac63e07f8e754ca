import DRDomain
import DRTestSupport
import Foundation
import Testing

@testable import DRSimulation

/// The failure-mode table is built from counts taken once per cell (issue 14); its text is what the earlier
/// string-by-string code wrote, on the sample and on a generated estate where a fault takes down hundreds.
@Suite("Blast radius: the table's text")
struct BlastRadiusTextTests {
    @Test("the text is the earlier code's, row for row", arguments: [false, true])
    func sameText(significantOnly: Bool) {
        for estate in [Sample.estate, EstateGenerator.make(resources: 1_500, seed: 5)] {
            let report = BlastRadius.enumerate(estate)
            #expect(report.text(significantOnly: significantOnly) == Reference.text(report, significantOnly: significantOnly))
        }
    }

    @Test("the changed nodes of a fault are the sorted set of the change log")
    func changedNodes() {
        for log in [[], [4], [3, 1, 3, 2, 1, 9, 9, 0], [7, 7, 7], Array((0..<50).reversed()) + Array(0..<50)] {
            var changed = log.sorted()
            changed.removeDuplicatesFromSorted()
            #expect(changed == Array(Set(log)).sorted())
        }
    }

    /// The earlier implementation.
    enum Reference {
        static func text(_ report: BlastRadiusReport, significantOnly: Bool) -> String {
            let rows = table(report, significantOnly: significantOnly)
            let widths = (0..<5).map { c in rows.map { $0[c].count }.max() ?? 0 }
            var out = "Failure modes of \(report.estate): \(report.modes.count) single faults\n"
            for row in rows {
                out += "  " + row.indices.map { c in
                    c == row.count - 1 ? row[c] : row[c] + String(repeating: " ", count: max(0, widths[c] - row[c].count))
                }.joined(separator: "  ") + "\n"
            }
            out += String(format: "Resilience: %.1f%% of critical projects keep serving, averaged over all single faults\n",
                          report.resilience * 100)
            if let worst = report.worstRecovery {
                out += "Worst bounded recovery: \(ISODuration.human(worst.recoveryTime ?? 0)) (\(worst.fault))\n"
            }
            out += "Unbounded: \(report.unboundedModes.count) faults no operator action recovers\n"
            return out
        }

        static func table(_ report: BlastRadiusReport, significantOnly: Bool, maxListed: Int = 4) -> [[String]] {
            var rows = [["FAULT", "TAKES DOWN", "CRITICAL SERVING", "RECOVERY", "HOW"]]
            for mode in report.modes where !significantOnly || mode.isSignificant {
                let down = mode.takesDown.map(\.id)
                let more = mode.takesDownCount - min(maxListed, down.count)
                let listed = down.prefix(maxListed).joined(separator: ", ") + (more > 0 ? " +\(more)" : "")
                rows.append([
                    mode.fault.description, down.isEmpty ? "-" : listed, "\(mode.criticalServing)/\(mode.criticalProjects)",
                    mode.recoveryTime.map(ISODuration.human) ?? "unbounded", mode.recoveryPath,
                ])
            }
            return rows
        }
    }
}
