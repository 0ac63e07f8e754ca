import DRSimulation
import Foundation

/// What loading a scenario file produced: the scenario when the file is valid, and every problem found.
public struct ScenarioLoadResult: Sendable {
    /// The file as named in diagnostics.
    public var file: String
    /// The scenario, or nil when any error was found.
    public var scenario: Scenario?
    /// Every problem, sorted by line and column.
    public var diagnostics: [Diagnostic]

    /// Creates a result.
    public init(file: String, scenario: Scenario?, diagnostics: [Diagnostic]) {
        self.file = file
        self.scenario = scenario
        self.diagnostics = diagnostics
    }

    /// Whether the file loaded without errors.
    public var isValid: Bool { scenario != nil && diagnostics.isEmpty }
}
