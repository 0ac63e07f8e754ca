import DRDomain
import DRSimulation
import Foundation

/// Shortcuts that keep the rule tests readable.
extension SimulationEngine {
    /// A simulation of the sample estate.
    static func sample(seed: UInt64 = 7) -> SimulationEngine { SimulationEngine(estate: Sample.estate, seed: seed) }

    /// Injects a fault and lets `settle` seconds pass (Key Vault failover takes minutes).
    mutating func inject(_ fault: Fault, settle: TimeInterval) {
        inject(fault)
        advance(to: now + settle)
    }

    /// Performs an action and lets `settle` seconds pass.
    mutating func perform(_ action: OperatorAction, settle: TimeInterval) {
        perform(action)
        advance(to: now + settle)
    }

    func rules(of id: ResourceID) -> [RuleID] { status(of: id)?.rules ?? [] }
    func servedFrom(_ id: ResourceID) -> RegionName? { status(of: id)?.servedFrom }
    func refusals() -> [SimulationEvent] { events.filter { $0.kind == .refused } }
}
