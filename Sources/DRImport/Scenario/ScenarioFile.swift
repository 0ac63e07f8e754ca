import DRDomain
import DRSimulation
import Foundation

/// Scenario files: YAML master scenario events lists (MSEL) read into a `Scenario` with located errors.
///
/// The format is documented in `docs/scenario-format.md`. Loading never throws: every problem comes back as a
/// `Diagnostic` naming the file, line and column, and the scenario is returned only when there are none. Given
/// an estate, fault and action targets are checked against it (with "did you mean"); without one, only their
/// grammar and the built-in region catalog are.
public enum ScenarioFile {
    /// The limits scenario files are held to (1 MiB, nesting 64 deep, 100,000 nodes).
    public static let limits = YAMLLimits.standard

    /// Parses scenario text; `file` names it in diagnostics.
    public static func parse(_ text: String, file: String, estate: Estate? = nil) -> ScenarioLoadResult {
        decode(YAMLLoader.load(text: text, file: file, limits: limits), file: file, estate: estate)
    }

    /// Loads a scenario file from disk; a missing, unreadable or oversized file, or a directory, is a diagnostic.
    public static func load(path: String, estate: Estate? = nil) -> ScenarioLoadResult {
        decode(YAMLLoader.load(path: path, limits: limits), file: path, estate: estate)
    }

    /// Loads a built-in scenario by name (`BuiltInScenarios.names`), or nil when there is none by that name.
    public static func builtIn(named name: String, estate: Estate? = nil) -> ScenarioLoadResult? {
        guard let yaml = BuiltInScenarios.yaml(named: name) else { return nil }
        return parse(yaml, file: "<scenario:\(name)>", estate: estate)
    }

    /// Resolves `--scenario FILE|NAME`: a built-in scenario when one has this name, otherwise the file at the path.
    public static func resolve(_ nameOrPath: String, estate: Estate? = nil) -> ScenarioLoadResult {
        builtIn(named: nameOrPath, estate: estate) ?? load(path: nameOrPath, estate: estate)
    }

    private static func decode(_ loaded: YAMLLoadResult, file: String, estate: Estate?) -> ScenarioLoadResult {
        let diagnostics = DiagnosticCollector(file: file, limit: limits.maxDiagnostics)
        diagnostics.add(contentsOf: loaded.diagnostics)
        guard let document = loaded.document else {
            return ScenarioLoadResult(file: file, scenario: nil, diagnostics: diagnostics.diagnostics)
        }
        let reader = YAMLReader(document: document, diagnostics: diagnostics)
        let scenario = ScenarioDecoder(reader: reader, estate: estate).decode()
        return ScenarioLoadResult(
            file: file, scenario: diagnostics.hasErrors ? nil : scenario, diagnostics: diagnostics.diagnostics)
    }
}
