import DRSimulation
import Foundation

/// `n`: the clock jumps to the next thing that happens (an event or a drill inject) and the message line says what
/// happened there; a jump that would cross a soft-delete purge deadline asks first.
enum JumpGuard {
    /// Jumps to the next event, or asks first when the jump crosses a purge deadline.
    static func next(_ state: inout AppState) {
        let target = state.drill != nil ? DrillControls.nextEventTime(state) : state.engine.nextEventTime
        guard let target else {
            state.flash = Flash("nothing scheduled")
            return
        }
        if let purge = state.purgeDeadlines.first(where: { $0.at > state.engine.now && $0.at <= target }) {
            let question = "n to T+\(Clock.format(target)) crosses the purge of \(purge.id) at T+\(Clock.format(purge.at)) "
                + "(no recovery after it): y or n jumps, any other key stays"
            state.input = .confirm(Confirmation(question, then: .jump(to: target), again: .char("n")))
            return
        }
        jump(to: target, &state)
    }

    /// Moves the clock to `time` and says what happened there.
    static func jump(to time: TimeInterval, _ state: inout AppState) {
        let before = state.engine.events.count
        state.flash = nil
        if state.drill != nil {
            DrillControls.advance(to: time, &state)
        } else {
            state.engine.advance(to: time)
        }
        // The drill's own word (its end) wins; otherwise what the jump brought.
        if state.flash == nil {
            state.flash = Flash(happened(Array(state.engine.events.dropFirst(before)), at: state.engine.now))
        }
    }

    /// The last message to the players among `events`, as the message line shows it.
    static func message(in events: ArraySlice<SimulationEvent>) -> String? {
        events.last { $0.kind == .message }.map { "T+\(Clock.format($0.at)) message to \($0.target): \($0.detail)" }
    }

    /// What the events of a jump were: an inject's message to the players, else the event jumped to (the first; the
    /// rest are its consequences).
    static func happened(_ events: [SimulationEvent], at time: TimeInterval) -> String {
        let stamp = "T+\(Clock.format(time))"
        if let message = message(in: events[...]) { return message }
        guard let shown = events.first else { return "\(stamp): nothing happened" }
        let more = events.count > 1 ? " (+\(events.count - 1) more in the timeline)" : ""
        return "\(stamp) \(shown.kind.rawValue) \(shown.target): \(shown.detail)\(more)"
    }

}

extension AppState {
    /// When each deleted resource that can still be recovered is purged, as clock offsets, soonest first.
    public var purgeDeadlines: [(id: String, at: TimeInterval)] {
        SoftDeleteRows.entries(self).compactMap { entry in
            guard !entry.recovered, let purge = entry.purgeAt else { return nil }
            return (entry.id, purge.timeIntervalSince(startTime))
        }.sorted { $0.at < $1.at }
    }
}
