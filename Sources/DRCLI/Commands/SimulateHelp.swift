import Foundation
import DRSimulation

/// The discussion of `simulate --help`, generated from the grammar's tables so a new fault kind or action
/// shows here by itself. Every line stays under 80 columns, so the help's table is never wrapped.
enum SimulateHelp {
    static var discussion: String {
        var lines = ["Injects are KIND:TARGET[@OFFSET], offsets ISO 8601 durations (PT10M):"]
        for kind in FaultKinds.all {
            let example = "\(kind.word):\(kind.example)"
            lines.append("  " + example.padding(toLength: max(example.count, 32), withPad: " ", startingAt: 0) + " " + kind.summary)
        }
        lines += wrapped("Services: " + AzureService.allCases.map(\.rawValue).joined(separator: ", ") + ".")
        lines += wrapped("Readiness checks: " + ReadinessCheck.allCases.map(\.rawValue).joined(separator: ", ") + ".")
        lines += ["A last @ gives the offset: service:Storage@eastus2@PT10M, region:eastus2@PT5M.",
                  "Actions are VERB:TARGET[@OFFSET]:"]
        for kind in ActionKinds.all {
            let shape = "\(kind.verb):\(kind.slot.placeholder)"
            lines.append("  " + shape.padding(toLength: max(shape.count, 26), withPad: " ", startingAt: 0) + " " + kind.summary)
        }
        lines.append("Same inputs and seed, byte-identical output. Exit 0, or 2 for bad input.")
        return lines.joined(separator: "\n")
    }

    /// A sentence broken at spaces into lines of at most 76 columns, continuation lines indented.
    static func wrapped(_ text: String) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > 76 {
                lines.append(line)
                line = "  " + word
            } else {
                line += (line.isEmpty ? "" : " ") + word
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
