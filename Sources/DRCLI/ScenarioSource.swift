import DRDomain
import DRImport
import DRSimulation
import Foundation

/// Loads a scenario by built-in name or file path, printing every diagnostic to standard error.
enum ScenarioSource {
    /// The scenario, or nil after printing why it could not be loaded.
    static func load(_ nameOrPath: String, estate: Estate, context: CommandContext) -> Scenario? {
        let result: ScenarioLoadResult
        if let builtIn = ScenarioFile.builtIn(named: nameOrPath, estate: estate) {
            result = builtIn
        } else if FileManager.default.fileExists(atPath: nameOrPath) || nameOrPath.contains("/")
                    || nameOrPath.hasSuffix(".yaml") || nameOrPath.hasSuffix(".yml") {
            result = ScenarioFile.load(path: nameOrPath, estate: estate)
        } else {
            let names = BuiltInScenarios.all.map(\.name)
            context.printError("\(nameOrPath): no such scenario file or built-in scenario\(Suggestion.didYouMean(nameOrPath, in: names)); built-in: \(names.joined(separator: ", "))")
            return nil
        }
        for diagnostic in result.diagnostics { context.printError(diagnostic.description) }
        guard let scenario = result.scenario else {
            context.printError("\(result.file): not a valid scenario (\(result.diagnostics.count) problem\(result.diagnostics.count == 1 ? "" : "s"))")
            return nil
        }
        return scenario
    }
}
