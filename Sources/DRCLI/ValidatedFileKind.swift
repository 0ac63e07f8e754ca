import ArgumentParser
import DRConsole
import DRConsoleFiles
import DRDomain
import DRImport
import Foundation

/// The kinds of file `validate` checks.
enum ValidatedFileKind: String, CaseIterable, ExpressibleByArgument {
    case estate
    case scenario
    case theme

    /// What validating a file found: its diagnostics, and a one-line summary when valid.
    struct Outcome {
        var diagnostics: [Diagnostic]
        var summary: String?
    }

    /// Recognises a file by its top-level keys (`injects` for scenarios, `roles` for themes); estate otherwise.
    static func sniff(path: String) -> ValidatedFileKind {
        guard let handle = FileHandle(forReadingAtPath: path) else { return .estate }
        defer { try? handle.close() }
        let head = String(decoding: (try? handle.read(upToCount: 64 * 1024)) ?? Data(), as: UTF8.self)
        for line in head.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("injects:") { return .scenario }
            if line.hasPrefix("roles:") { return .theme }
        }
        return .estate
    }

    /// Validates the file as this kind.
    func validate(path: String, estate: Estate?) -> Outcome {
        switch self {
        case .estate:
            let result = EstateFile.load(path: path)
            return Outcome(diagnostics: result.diagnostics, summary: result.estate.map(Self.describe))
        case .scenario:
            let result = ScenarioFile.load(path: path, estate: estate)
            return Outcome(diagnostics: result.diagnostics, summary: result.scenario.map {
                "'\($0.name)', \($0.injects.count) injects"
            })
        case .theme:
            let result = ThemeFile.load(path: path, base: nil)
            return Outcome(diagnostics: result.diagnostics, summary: "'\(result.theme.name)'")
        }
    }

    private static func describe(_ estate: Estate) -> String {
        let resources = estate.allResources.count
        return "'\(estate.name)', \(estate.hubs.count) hubs, \(estate.projects.count) projects, \(resources) resources"
    }
}
