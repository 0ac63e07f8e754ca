import Foundation

/// The Markdown format: a heading, a summary table, and the findings grouped by severity, with commands in
/// shell code blocks.
enum MarkdownAssessmentRenderer {
    static func render(_ assessment: Assessment) -> String {
        var lines = [
            "# DR assessment: \(escape(assessment.estate))", "",
            "| Severity | Findings |", "| --- | ---: |",
        ]
        lines += Severity.allCases.map { "| \($0.groupTitle) | \(assessment.count($0)) |" }
        if assessment.findings.isEmpty {
            lines += ["", "No findings: the estate meets every check."]
        }
        for (severity, findings) in assessment.groupedBySeverity {
            lines += ["", "## \(severity.groupTitle) (\(findings.count))"]
            for finding in findings {
                lines.append("")
                lines += render(finding)
            }
        }
        let rules = Set(assessment.findings.map(\.rule)).sorted()
        if !rules.isEmpty {
            lines += ["", "## Rules cited", ""]
            lines += rules.map { "- **\($0.rawValue) \(escape($0.title)).** \(escape($0.summary))" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func render(_ finding: Finding) -> [String] {
        var lines = [
            "### \(finding.severity.label) \(finding.rule.rawValue) \(code(finding.id))", "",
            escape(finding.message),
        ]
        if !finding.resources.isEmpty {
            lines.append("")
            lines.append("Resources: " + finding.resources.map(code).joined(separator: ", "))
        }
        var commands: [String] = []
        var first = true
        func flush() {
            guard !commands.isEmpty else { return }
            lines += ["", "```sh"] + commands + ["```"]
            commands = []
        }
        for part in RemedyPart.parts(of: finding.remedy) {
            switch part {
            case .prose(let text):
                flush()
                lines += ["", (first ? "**Remedy:** " : "") + escape(text)]
            case .command(let command):
                if first { lines += ["", "**Remedy:**"] }
                commands.append(command)
            }
            first = false
        }
        flush()
        return lines
    }

    /// An inline code span that holds any text.
    static func code(_ text: String) -> String {
        let fence = text.contains("`") ? "`` " : "`"
        return fence + text + String(fence.reversed())
    }

    /// Escapes Markdown syntax outside inline code spans, which are kept as written.
    static func escape(_ text: String) -> String {
        let special: Set<Character> = ["\\", "*", "_", "<", ">", "[", "]", "|"]
        var out = ""
        var inCode = false
        for c in text {
            if c == "`" {
                inCode.toggle()
            } else if !inCode, special.contains(c) {
                out.append("\\")
            }
            out.append(c)
        }
        return out
    }
}
