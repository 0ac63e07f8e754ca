import DRDomain
import DRSimulation

/// What the console asks or says before and after an action the operator may not mean: a failover whose preflight
/// failed or could not be verified, and a recovery into a region that is down.
enum GuardRails {
    /// The question to ask before running `command`, or nil when it runs without one.
    static func question(before command: SimulationCommand, line: String, _ state: AppState) -> Confirmation? {
        guard case .perform(.failover(let hub)) = command, !state.engine.isFailedOver(hub: hub),
              let plan = state.engine.failoverPlan(for: hub), plan.blockedReason == nil else { return nil }
        let doubtful = plan.preflight.filter { $0.result != .pass }
        guard !doubtful.isEmpty else { return nil }
        let named = doubtful.map { "\($0.name) \($0.result == .fail ? "FAILS" : "unknown")" }.joined(separator: ", ")
        return Confirmation("preflight of \(plan.secondaryHub ?? hub): \(named); fail over anyway? y goes ahead, any other key stays",
                            then: .command(line))
    }

    /// What will happen after an accepted action that the operator may not expect, or nil.
    static func consequence(of action: OperatorAction, events: [SimulationEvent], _ state: AppState) -> String? {
        guard case .recover(let id) = action, !events.contains(where: { $0.kind == .refused }),
              let region = state.lookups.summary(of: id)?.region ?? state.estate.deleted.first(where: { $0.id == id })?.region,
              state.engine.activeFaults.keys.contains(.regionOutage(region)) else { return nil }
        return "\(region) is down: \(id) comes back there and stays unavailable until \(region) serves again"
    }
}
