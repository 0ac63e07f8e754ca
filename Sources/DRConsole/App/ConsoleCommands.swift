import DRDomain
import DRSimulation

/// Carries out `:` commands. Parsing and every check against the estate happen in the command table
/// (`ConsoleVerbs.table`), so a typo gets the same did-you-mean here as in `simulate` and scenario files.
enum ConsoleCommands {
    static func execute(_ line: String, _ state: inout AppState) -> [Effect] {
        let parsed: (verb: Verb<ConsoleCommand>, command: ConsoleCommand)
        do {
            parsed = try ConsoleVerbs.table.parse(line, in: ConsoleVerbs.context(state))
        } catch {
            return fail(error.message, &state)
        }
        if state.isReadOnly && parsed.verb.mutates {
            return fail("read-only: injects and actions are disabled", &state)
        }
        switch parsed.command {
        case .simulation(let command):
            run(command, &state)
        case .theme(let name):
            return [.loadTheme(name)]
        case .help(let topic):
            if let topic, ConsoleVerbs.table.verb(named: topic) == nil {
                let names = ConsoleVerbs.table.verbs.map(\.name)
                return fail("no command '\(topic)'\(Suggestion.didYouMean(topic, in: names)); :help lists them", &state)
            }
            state.helpTopic = topic
            state.showsHelp = true
            state.overlayScroll = 0
        case .quit:
            return Reducer.requestQuit(&state)
        }
        return []
    }

    private static func run(_ command: SimulationCommand, _ state: inout AppState) {
        switch command {
        case .inject(let fault):
            state.operate(.inject(fault.description))
            state.flash = Flash("injected: \(fault.summary) (\(fault.rule.rawValue))")
        case .clear(let faults):
            for fault in faults { state.operate(.clear(fault.description)) }
            state.flash = Flash("cleared \(faults.map(\.description).joined(separator: ", "))")
        case .clearAll:
            let count = state.engine.activeFaults.count
            state.operate(.clearAll)
            state.flash = Flash(count == 0 ? "no active faults" : "cleared \(count) fault\(count == 1 ? "" : "s")")
        case .perform(let action):
            if case .failover(let hub) = action { state.selectedHub = hub }
            if case .failback(let hub) = action { state.selectedHub = hub }
            perform(action, &state)
        case .resubmitAll:
            let jobs = state.engine.jobsToResubmit
            guard !jobs.isEmpty else {
                state.flash = Flash("no jobs to resubmit", isError: true)
                return
            }
            for job in jobs { state.operate(.perform(OperatorAction.resubmit(target: job).description)) }
            state.flash = Flash("resubmitted \(jobs.count) job\(jobs.count == 1 ? "" : "s"): \(jobs.joined(separator: ", "))")
        case .note(let text):
            state.writeNote(text)
        }
    }

    /// Performs an action and reports a refusal (which the engine also writes to the timeline).
    private static func perform(_ action: OperatorAction, _ state: inout AppState) {
        let before = state.engine.events.count
        state.operate(.perform(action.description))
        let new = state.engine.events.dropFirst(before)
        if let refusal = new.first(where: { $0.kind == .refused }) {
            state.flash = Flash("\(action.verb) refused: \(refusal.detail)", isError: true)
        } else {
            state.flash = Flash("\(action.verb) \(action.target): under way; see the timeline and the failover pane")
        }
    }

    private static func fail(_ message: String, _ state: inout AppState) -> [Effect] {
        state.flash = Flash(message, isError: true)
        return []
    }
}
