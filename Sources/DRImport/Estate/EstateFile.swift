import DRDomain
import Foundation

/// Estate files: YAML descriptions of a Foundry hub deployment, read into an `Estate` with located errors.
///
/// The format is documented in `docs/estate-format.md`; the built-in sample (`SampleEstate.yaml`) shows it whole.
/// Loading never throws: every problem, from a missing file to a dangling reference, comes back as a
/// `Diagnostic` naming the file, line and column, and the estate is returned only when there are none.
public enum EstateFile {
    /// The limits estate files are held to: 8 MiB, nesting 64 deep, aliases adding at most 100,000 nodes.
    public static let limits = YAMLLimits.estate

    /// Parses estate text; `file` names it in diagnostics.
    public static func parse(_ text: String, file: String) -> EstateLoadResult {
        decode(YAMLLoader.load(text: text, file: file, limits: limits), file: file)
    }

    /// Loads an estate file from disk; a missing, unreadable or oversized file, or a directory, is a diagnostic.
    public static func load(path: String) -> EstateLoadResult {
        decode(YAMLLoader.load(path: path, limits: limits), file: path)
    }

    /// The built-in sample estate, which is valid by construction (the test suite proves it).
    public static func loadSample() -> Estate {
        parse(SampleEstate.yaml, file: SampleEstate.fileName).estate ?? Estate(name: SampleEstate.name)
    }

    private static func decode(_ loaded: YAMLLoadResult, file: String) -> EstateLoadResult {
        let diagnostics = DiagnosticCollector(file: file, limit: limits.maxDiagnostics)
        diagnostics.add(contentsOf: loaded.diagnostics)
        guard let document = loaded.document else {
            return EstateLoadResult(file: file, estate: nil, diagnostics: diagnostics.diagnostics)
        }
        let reader = YAMLReader(document: document, diagnostics: diagnostics)
        let decoded = EstateDecoder(reader: reader).decode()
        var validator = EstateValidator(draft: decoded, diagnostics: diagnostics)
        let draft = validator.validate()
        let estate = diagnostics.hasErrors ? nil : draft.build()
        return EstateLoadResult(
            file: file, estate: estate, diagnostics: diagnostics.diagnostics, locations: draft.locations)
    }
}
