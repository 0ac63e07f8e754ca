import DRSimulation

/// The message line after a command, derived from the events the command produced: done, partly done, or
/// refused with the reason. The message never says more than the timeline does.
enum CommandReport {
    /// The message for an operator action (`verb`) from the events it produced.
    ///
    /// - Parameter underWay: what to say when nothing finished or was refused yet (steps on the clock).
    /// - Parameter doneText: how to say that these targets are done.
    static func action(
        _ verb: String, events: [SimulationEvent], underWay: String,
        doneText: (([String]) -> String)? = nil
    ) -> Flash {
        let refused = events.filter { $0.kind == .refused }
        let done = events.filter { $0.kind == .outcome }
        let said = doneText ?? { "\(verb) done: " + $0.joined(separator: ", ") }
        if refused.isEmpty {
            guard !done.isEmpty else { return Flash(underWay) }
            return Flash(said(done.map(\.target)))
        }
        let reasons = refused.map { "\($0.target): \($0.detail)" }.joined(separator: "; ")
        if done.isEmpty {
            // One refusal of the action's own target reads as the engine wrote it.
            if refused.count == 1 { return Flash("\(verb) refused: \(refused[0].detail)", isError: true) }
            return Flash("\(verb) refused for all \(refused.count): \(reasons)", isError: true)
        }
        return Flash("partly done: \(said(done.map(\.target))); \(refused.count) refused: \(reasons)", isError: true)
    }

    /// The message for injects or clears: the faults that started or ended, and those the engine left as they were
    /// (already active, not active).
    static func faults(_ verb: String, events: [SimulationEvent], changed kind: SimulationEventKind) -> Flash {
        let changed = events.filter { $0.kind == kind }
        let unchanged = events.filter { $0.kind == .note && ($0.detail == "already active" || $0.detail.hasPrefix("not active")) }
        let rules = Set(changed.compactMap(\.rule?.rawValue)).sorted()
        // An inject says what started (its summary); a clear names the fault it ended.
        let done = changed.map { $0.kind == .inject ? $0.detail : $0.target }.joined(separator: ", ")
            + (rules.isEmpty ? "" : " (\(rules.joined(separator: ", ")))")
        let left = unchanged.map { "\($0.target): \($0.detail)" }.joined(separator: "; ")
        switch (changed.isEmpty, unchanged.isEmpty) {
        case (false, true): return Flash("\(verb): \(done)")
        case (false, false): return Flash("\(verb): \(done); unchanged: \(left)", isError: true)
        case (true, false): return Flash("nothing \(verb): \(left)", isError: true)
        case (true, true): return Flash("nothing \(verb)", isError: true)
        }
    }
}
