import DRSimulation

extension OperatorInput {
    /// Applies the input to a simulation, the one way both the console and replay do it; false (and nothing
    /// done) when its text is not in the inject or action grammar.
    @discardableResult
    public func apply(to engine: inout SimulationEngine) -> Bool {
        switch self {
        case .inject(let text):
            guard let fault = try? SimulationInput.parseFault(text) else { return false }
            engine.inject(fault)
        case .clear(let text):
            guard let fault = try? SimulationInput.parseFault(text) else { return false }
            engine.clear(fault)
        case .clearAll:
            engine.clearAllFaults()
        case .perform(let text):
            guard let action = try? SimulationInput.parseAction(text).action else { return false }
            engine.perform(action)
        }
        return true
    }
}
