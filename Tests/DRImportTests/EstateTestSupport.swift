import DRDomain
import Foundation
import Testing

@testable import DRImport

/// Helpers shared by the estate loader tests.
enum EstateFixture {
    /// A small valid estate; tests append sections (or storage accounts: that list comes last) or replace lines
    /// to plant one error at a time.
    static let base = """
        name: tiny
        keyVaults:
          - id: kv-a
            region: eastus2
        hubs:
          - id: hub-a
            region: eastus2
            storage: st-a
            keyVault: kv-a
        storageAccounts:
          - id: st-a
            region: eastus2
            sku: Standard_ZRS

        """

    /// Parses estate text under the file name `t.yaml`.
    static func parse(_ text: String) -> EstateLoadResult {
        EstateFile.parse(text, file: "t.yaml")
    }

    /// The 1-based line and column of the `occurrence`-th appearance of `needle` in `text`.
    static func position(of needle: String, occurrence: Int = 1, in text: String) -> SourcePosition {
        var seen = 0
        for (index, line) in text.components(separatedBy: "\n").enumerated() {
            var searchStart = line.startIndex
            while let range = line.range(of: needle, range: searchStart..<line.endIndex) {
                seen += 1
                if seen == occurrence {
                    let column = line.unicodeScalars.distance(
                        from: line.unicodeScalars.startIndex, to: range.lowerBound.samePosition(in: line.unicodeScalars)
                            ?? line.unicodeScalars.startIndex)
                    return SourcePosition(line: index + 1, column: column + 1)
                }
                searchStart = range.upperBound
            }
        }
        Issue.record("'\(needle)' (occurrence \(occurrence)) not found")
        return .none
    }
}

/// Expects exactly one diagnostic in `result`, at `position`, whose message contains `fragment`.
func expectOnlyDiagnostic(
    _ result: EstateLoadResult, at position: SourcePosition, _ fragment: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(result.estate == nil, sourceLocation: sourceLocation)
    #expect(result.diagnostics.count == 1, "\(result.diagnostics)", sourceLocation: sourceLocation)
    guard let diagnostic = result.diagnostics.first else { return }
    #expect(diagnostic.position == position, "\(diagnostic)", sourceLocation: sourceLocation)
    #expect(diagnostic.message.contains(fragment), "\(diagnostic.message)", sourceLocation: sourceLocation)
}

/// Expects a diagnostic at `position` whose message contains `fragment`, among possibly others.
func expectEstateDiagnostic(
    _ diagnostics: [Diagnostic], at position: SourcePosition, _ fragment: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let match = diagnostics.contains { $0.position == position && $0.message.contains(fragment) }
    #expect(match, "no '\(fragment)' at \(position) in:\n\(diagnostics.map(\.description).joined(separator: "\n"))",
        sourceLocation: sourceLocation)
}
