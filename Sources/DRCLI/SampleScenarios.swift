import DRSimulation

/// `sample scenario [NAME]`: lists the built-in scenarios, or prints one.
enum SampleScenarios {
    static func print(name: String?, in context: CommandContext) -> Int32 {
        guard let name else {
            for scenario in BuiltInScenarios.all { context.print(scenario.name) }
            return ExitStatus.success
        }
        guard let yaml = BuiltInScenarios.yaml(named: name) else {
            context.printError("no built-in scenario '\(name)'; built-in: \(BuiltInScenarios.names.joined(separator: ", "))")
            return ExitStatus.badInput
        }
        context.print(yaml)
        return ExitStatus.success
    }
}
