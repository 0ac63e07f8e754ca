import Foundation

/// The output formats of `foundry-dr assess`.
public enum AssessmentFormat: String, Sendable, Hashable, CaseIterable {
    /// For people at an 80-column terminal: grouped by severity, wrapped, with a closing summary line.
    case text
    /// The contract for scripts: see docs/assess-format.md.
    case json
    /// For reports and pull requests: a heading, a summary table and the findings by severity.
    case markdown
}

/// Renders an assessment in a format. The output is byte-deterministic for a given assessment and ends with a
/// newline; write it as it is.
public func render(_ assessment: Assessment, as format: AssessmentFormat) -> String {
    switch format {
    case .text: TextAssessmentRenderer(width: 80).render(assessment)
    case .json: JSONAssessmentRenderer.render(assessment)
    case .markdown: MarkdownAssessmentRenderer.render(assessment)
    }
}

extension Severity {
    /// The severity's label in headers: `ERROR`, `WARNING`, `INFO`.
    var label: String { rawValue.uppercased() }

    /// The heading of a group of findings: `Errors`, `Warnings`, `Info`.
    var groupTitle: String {
        switch self {
        case .error: "Errors"
        case .warning: "Warnings"
        case .info: "Info"
        }
    }

    /// A count with the severity as noun: `1 error`, `2 warnings`, `3 info`.
    func counted(_ n: Int) -> String {
        switch self {
        case .info: "\(n) info"
        default: "\(n) \(rawValue)\(n == 1 ? "" : "s")"
        }
    }
}

extension Assessment {
    /// `2 errors, 5 warnings, 3 info`.
    var countsLine: String {
        Severity.allCases.map { $0.counted(count($0)) }.joined(separator: ", ")
    }
}
