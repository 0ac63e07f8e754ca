import DRDomain
import DRSimulation

/// How far a hub's failover has come, read from the same timeline events the timeline pane shows: a step is done
/// when the engine wrote its `step` event since the failover began, so the failover pane never runs ahead of or
/// lags behind the timeline.
struct FailoverProgress {
    /// The details of the step events written since the hub's current failover began (`hot/hot: ... (2/5) done`).
    private let doneSteps: [String]

    /// The progress of `hub`'s failover; empty when the hub is not failed over.
    init(events: [SimulationEvent], hub: ResourceID, active: Bool) {
        guard active, let start = Self.start(of: hub, in: events) else {
            doneSteps = []
            return
        }
        doneSteps = events[start...].filter { $0.kind == .step && $0.target == hub }.map(\.detail)
    }

    /// Whether the engine wrote the step of a posture's playbook as done.
    func isDone(_ posture: DeploymentPosture, _ step: FailoverStep) -> Bool {
        let prefix = "\(posture.rawValue): \(step.title) ("
        return doneSteps.contains { $0.hasPrefix(prefix) }
    }

    /// The index of the failover action that started the hub's current failover: the last one the engine did not
    /// refuse.
    private static func start(of hub: ResourceID, in events: [SimulationEvent]) -> Int? {
        let failover = OperatorAction.failover(hub: hub).description
        var start: Int?
        var candidate: Int?
        for (index, event) in events.enumerated() where event.target == hub {
            switch event.kind {
            case .action:
                if let accepted = candidate { start = accepted }
                candidate = event.detail == failover ? index : nil
            case .refused:
                candidate = nil
            default:
                break
            }
        }
        return candidate ?? start
    }
}
