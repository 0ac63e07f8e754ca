import Foundation

/// The text format: findings grouped by severity under `[ERROR] R3 id` headers, message, resources and remedy
/// indented and wrapped to the width, and a closing summary line.
struct TextAssessmentRenderer {
    /// The widest a line may be (commands that cannot be broken, and very long words, may exceed it).
    var width: Int

    private let bodyIndent = "    "
    private let commandIndent = "      "
    private let continuationIndent = "          "

    func render(_ assessment: Assessment) -> String {
        var lines = ["DR assessment of \(assessment.estate)", assessment.countsLine]
        if assessment.findings.isEmpty {
            lines += ["", "No findings: the estate meets every check."]
        }
        for (severity, findings) in assessment.groupedBySeverity {
            lines += ["", "\(severity.groupTitle.uppercased()) (\(findings.count))"]
            for finding in findings {
                lines.append("")
                lines += render(finding)
            }
        }
        lines += ["", "Summary: \(assessment.countsLine) (\(assessment.estate))"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// One finding's block.
    func render(_ finding: Finding) -> [String] {
        var lines = ["[\(finding.severity.label)] \(finding.rule.rawValue) \(finding.id)"]
        lines += TextWrap.wrap(finding.message, width: width, firstIndent: bodyIndent, indent: bodyIndent)
        if !finding.resources.isEmpty {
            lines += TextWrap.wrap(
                "Resources: " + finding.resources.joined(separator: ", "), width: width, firstIndent: bodyIndent,
                indent: bodyIndent + "  ")
        }
        var first = true
        for part in RemedyPart.parts(of: finding.remedy) {
            switch part {
            case .prose(let text):
                lines += TextWrap.wrap(
                    first ? "Remedy: " + text : text, width: width, firstIndent: bodyIndent, indent: bodyIndent)
            case .command(let command):
                if first { lines.append(bodyIndent + "Remedy:") }
                lines += TextWrap.wrapCommand(
                    command, width: width, indent: commandIndent, continuation: continuationIndent)
            }
            first = false
        }
        return lines
    }
}
