import DRDomain
import DRImport
import DRSimulation
import Foundation

/// Loads a scenario by built-in name or file path, printing every diagnostic to standard error.
enum ScenarioSource {
    /// The scenario a command was given, if any; `.failure` after printing why it could not be loaded.
    static func optional(_ nameOrPath: String?, estate: Estate, context: CommandContext) -> Result<Scenario?, ScenarioNotLoaded> {
        guard let nameOrPath else { return .success(nil) }
        guard let scenario = load(nameOrPath, estate: estate, context: context) else { return .failure(ScenarioNotLoaded()) }
        return .success(scenario)
    }

    /// The scenario, or nil after printing why it could not be loaded.
    static func load(_ nameOrPath: String, estate: Estate, context: CommandContext) -> Scenario? {
        let looksLikePath = nameOrPath.contains("/") || nameOrPath.hasSuffix(".yaml") || nameOrPath.hasSuffix(".yml")
        if !looksLikePath, BuiltInScenarios.yaml(named: nameOrPath) == nil, !FileManager.default.fileExists(atPath: nameOrPath) {
            let names = BuiltInScenarios.names
            context.printError("\(nameOrPath): no such scenario file or built-in scenario\(Suggestion.didYouMean(nameOrPath, in: names)); built-in: \(names.joined(separator: ", "))")
            return nil
        }
        let result = ScenarioFile.resolve(nameOrPath, estate: estate)
        for diagnostic in result.diagnostics { context.printError(diagnostic.description) }
        guard let scenario = result.scenario else {
            context.printError("\(result.file): not a valid scenario (\(result.diagnostics.count) problem\(result.diagnostics.count == 1 ? "" : "s"))")
            return nil
        }
        return scenario
    }
}

extension ScenarioSource {
    /// The YAML text of a scenario given by built-in name or path (already loaded once), for the journal.
    static func text(_ nameOrPath: String) -> String? {
        BuiltInScenarios.yaml(named: nameOrPath) ?? (try? String(contentsOfFile: nameOrPath, encoding: .utf8))
    }
}

/// A scenario could not be loaded; the reasons were already printed.
struct ScenarioNotLoaded: Error {}
