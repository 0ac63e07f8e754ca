import DRDomain
import DRSimulation

/// Carries out `:` commands. Parsing and every check against the estate happen in the command table
/// (`ConsoleVerbs.table`), so a typo gets the same did-you-mean here as in `simulate` and scenario files.
enum ConsoleCommands {
    /// Runs a command line; `confirmed` when the operator already said yes to what it asked (a failover whose
    /// preflight did not pass).
    static func execute(_ line: String, _ state: inout AppState, confirmed: Bool = false) -> [Effect] {
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
            if !confirmed, let question = GuardRails.question(before: command, line: line, state) {
                state.input = .confirm(question)
                return []
            }
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
        let before = state.engine.events.count
        switch command {
        case .inject(let fault):
            state.operate(.inject(fault.description))
            state.flash = CommandReport.faults("injected", events: produced(since: before, state), changed: .inject)
        case .clear(let faults):
            for fault in faults { state.operate(.clear(fault.description)) }
            state.flash = CommandReport.faults("cleared", events: produced(since: before, state), changed: .clear)
        case .clearAll:
            let count = state.engine.activeFaults.count
            state.operate(.clearAll)
            state.flash = count == 0 ? Flash("no active faults")
                : CommandReport.faults("cleared", events: produced(since: before, state), changed: .clear)
        case .perform(let action):
            perform(action, &state)
        case .resubmitAll:
            let jobs = state.engine.jobsToResubmit
            guard !jobs.isEmpty else {
                state.flash = Flash("no jobs to resubmit", isError: true)
                return
            }
            for job in jobs { state.operate(.perform(OperatorAction.resubmit(target: job).description)) }
            state.flash = CommandReport.action("resubmit", events: produced(since: before, state), underWay: "resubmitting") {
                "resubmitted \($0.count) job\($0.count == 1 ? "" : "s"): \($0.joined(separator: ", "))"
            }
        case .note(let text):
            state.writeNote(text)
        }
    }

    /// The events the engine wrote since it held `count` of them.
    private static func produced(since count: Int, _ state: AppState) -> [SimulationEvent] {
        Array(state.engine.events.dropFirst(count))
    }

    /// Performs an action and reports what the engine made of it: refused (which the engine also writes to the
    /// timeline), done, or under way. A refused failover or failback leaves the panes on the hub they showed.
    private static func perform(_ action: OperatorAction, _ state: inout AppState) {
        let before = state.engine.events.count
        state.operate(.perform(action.description))
        let events = produced(since: before, state)
        let flash = CommandReport.action(
            action.verb, events: events,
            underWay: "\(action.verb) \(action.target): under way; see the timeline and the failover pane")
        state.flash = flash
        if let consequence = GuardRails.consequence(of: action, events: events, state), !flash.isError {
            state.flash = Flash("\(flash.text); \(consequence)")
        }
        switch action {
        case .failover(let hub), .failback(let hub):
            if !events.contains(where: { $0.kind == .refused }) { state.selectedHub = hub }
        default:
            break
        }
    }

    private static func fail(_ message: String, _ state: inout AppState) -> [Effect] {
        state.flash = Flash(message, isError: true)
        return []
    }
}
