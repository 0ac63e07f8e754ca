import DRDomain
import DRSimulation

/// The facilitator's overlay (`f`): the injects still to come, with their messages and expected answers, which
/// the players on the main screen do not see.
enum FacilitatorOverlay {
    static func lines(_ state: AppState) -> [String] {
        guard let drill = state.drill else { return [] }
        var lines = ["Facilitator only: close before sharing the screen (\(state.keyMap.firstKey(.toggleFacilitator)) or \(state.keyMap.firstKey(.back))).", ""]
        lines.append("Clock T+\(Clock.format(state.engine.now)) \(state.isPlaying ? "running" : "paused") x\(Int(state.speed))"
            + (drill.endTime.map { ", drill ends at T+\(Clock.format($0))" } ?? ""))
        let keys = state.keyMap
        lines.append("Keys: \(keys.firstKey(.stepInject)) step to the next inject  \(keys.firstKey(.triggerInject)) trigger it now  "
            + "\(keys.firstKey(.skipInject)) skip it  \(keys.firstKey(.cycleSpeed)) speed  \(keys.firstKey(.togglePlay)) pause")
        lines.append("")
        let coming = drill.comingInjects
        if coming.isEmpty { lines.append("No inject left to come.") }
        for inject in coming {
            lines.append("T+\(Clock.format(inject.at))  \(inject.id)\(inject.to.map { " -> \($0)" } ?? "")")
            if let message = inject.message { lines.append("    says:   \(message)") }
            if let expect = inject.expect { lines.append("    expect: \(expect)") }
            if let action = inject.expectedAction { lines.append("    action: \(action.action.description)") }
        }
        let done = (drill.scenario?.orderedInjects ?? []).filter { drill.fired[$0.id] != nil || drill.skipped.contains($0.id) }
        if !done.isEmpty {
            lines.append("")
            lines.append("Done: " + done.map { drill.skipped.contains($0.id) ? "\($0.id) (skipped)" : "\($0.id) at T+\(Clock.format(drill.fired[$0.id] ?? 0))" }
                .joined(separator: ", "))
        }
        return lines
    }
}
