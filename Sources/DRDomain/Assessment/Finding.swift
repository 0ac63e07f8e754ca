import Foundation

/// How serious a finding is.
public enum Severity: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case error
    case warning
    case info

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .info: 2
        }
    }
}

/// One thing assessment found, citing the rule behind it (the `assess` JSON contract).
public struct Finding: Sendable, Hashable, Identifiable, Codable {
    /// Stable id: the check's id, a colon, and the main resource (`registry-not-replicated:acr-contoso`).
    public var id: String
    public var severity: Severity
    public var rule: RuleID
    public var resources: [ResourceID]
    public var message: String
    public var remedy: String

    public init(id: String, severity: Severity, rule: RuleID, resources: [ResourceID], message: String, remedy: String) {
        self.id = id
        self.severity = severity
        self.rule = rule
        self.resources = resources
        self.message = message
        self.remedy = remedy
    }
}

/// The result of assessing an estate.
public struct Assessment: Sendable, Hashable {
    public var estate: String
    /// Findings sorted by severity, then rule, then id.
    public var findings: [Finding]

    public init(estate: String, findings: [Finding]) {
        self.estate = estate
        self.findings = findings.sorted {
            ($0.severity, $0.rule, $0.id) < ($1.severity, $1.rule, $1.id)
        }
    }

    /// How many findings of a severity.
    public func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }

    /// The findings grouped by severity, most severe first, leaving out severities with none.
    public var groupedBySeverity: [(severity: Severity, findings: [Finding])] {
        Severity.allCases.compactMap { severity in
            let findings = self.findings.filter { $0.severity == severity }
            return findings.isEmpty ? nil : (severity, findings)
        }
    }

    /// Whether any finding is an error (assess exits 1).
    public var hasErrors: Bool { findings.contains { $0.severity == .error } }
}
