import Foundation

/// The JSON format, a contract scripts rely on (docs/assess-format.md):
/// `{"estate", "findings": [{"id", "severity", "rule", "resources", "message", "remedy"}], "summary": {"error",
/// "warning", "info"}}`, pretty-printed with sorted keys and unescaped slashes.
enum JSONAssessmentRenderer {
    private struct Document: Encodable {
        var estate: String
        var findings: [Finding]
        var summary: Summary
    }

    private struct Summary: Encodable {
        var error: Int
        var warning: Int
        var info: Int
    }

    static func render(_ assessment: Assessment) -> String {
        let document = Document(
            estate: assessment.estate, findings: assessment.findings,
            summary: Summary(
                error: assessment.count(.error), warning: assessment.count(.warning), info: assessment.count(.info)))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Strings, integers and arrays of them always encode; the fallback is never taken.
        guard let data = try? encoder.encode(document) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
