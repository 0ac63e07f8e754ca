import DRSimulation

/// Why quitting must be confirmed: a drill is running, or the session's timeline holds the operator's notes or
/// actions, which a simulation console does not save.
enum QuitGuard {
    /// The question to ask before quitting, or nil when quitting loses nothing.
    static func reason(_ state: AppState) -> String? {
        if state.mode == .drill { return "A drill is running. Quit? (y/N)" }
        let events = state.engine.events
        let actions = events.filter { $0.kind == .action }.count
        let notes = events.filter { $0.kind == .note && ($0.target == "operator" || $0.target.hasPrefix("@")) }.count
        guard actions + notes > 0 else { return nil }
        var held: [String] = []
        if notes > 0 { held.append("\(notes) note\(notes == 1 ? "" : "s")") }
        if actions > 0 { held.append("\(actions) action\(actions == 1 ? "" : "s")") }
        return "The timeline holds \(held.joined(separator: " and ")) and is not saved. Quit? (y/N)"
    }
}
