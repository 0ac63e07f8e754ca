import DRDrill
import Foundation
import TermUI

/// The console's loop: events in, `reduce`, effects performed, the screen redrawn by diff.
///
/// One thread drives it. It waits for input at most one tick, so an idle console wakes once a second (to move
/// the clock) and draws only the cells that changed. It is the only part of the console that reads files, and
/// only through `ConsoleFiles`, when an effect asks.
public final class ConsoleRuntime<Backend: TerminalBackend> {
    /// The state, readable by tests after a run.
    public private(set) var state: AppState
    /// Whether a `quit` effect was performed.
    public private(set) var hasQuit = false
    private let terminal: Terminal
    /// The backend, for tests.
    public let backend: Backend
    private let tick: Duration
    private let clock: () -> TimeInterval
    private let files: ConsoleFiles
    private let journal: JournalWriter?
    private let shared: SharedJournal?
    /// The render side's memo of pane tables, read by the views and by the reducer.
    private let tables = PaneTables()

    /// Creates a runtime.
    /// - Parameters:
    ///   - clock: monotonic seconds (tests pass a fixed clock so nothing ticks).
    ///   - files: how themes, the keys file and live health files are read.
    ///   - journal: where a drill or incident is journaled; each entry is committed before the screen shows it.
    ///   - shared: a team's shared journal instead: inputs are submitted to it, and what it answers (everyone's
    ///     inputs in the server's order) is what the screen shows; asked for news on every turn of the loop.
    public init(state: AppState, backend: Backend, tick: Duration = .seconds(1), clock: @escaping () -> TimeInterval,
                files: ConsoleFiles, journal: JournalWriter? = nil, shared: SharedJournal? = nil) {
        self.journal = journal
        self.shared = shared
        self.state = state
        self.terminal = Terminal(backend: backend)
        self.backend = backend
        self.tick = tick
        self.clock = clock
        self.files = files
    }

    /// Runs until a `quit` effect or `interrupt` returns a signal number; returns the exit status (0, or
    /// 128 + the signal).
    /// - Parameter stopWhenIdle: ends the loop when no event arrives (headless tests with scripted keys).
    public func run(stopWhenIdle: Bool = false, interrupt: () -> Int32? = { nil }) throws -> Int32 {
        dispatch(.resized(backend.size))
        dispatch(.started)
        try draw()
        var lastTick = clock()
        let tickSeconds = Double(tick.components.seconds) + Double(tick.components.attoseconds) / 1e18
        while !hasQuit {
            if let signal = interrupt() { return 128 + signal }
            let event = try terminal.nextEvent(timeout: tick)
            var changed = false
            // A team's news (others' inputs, who is here, the link) arrives between keys, at most a tick late.
            if let update = shared?.poll() {
                dispatch(.teamUpdated(update))
                changed = true
            }
            if event == nil && stopWhenIdle {
                if changed { try draw() }
                break
            }
            if let event {
                dispatch(action(for: event))
                changed = true
            }
            let now = clock()
            if now - lastTick >= tickSeconds {
                dispatch(.clockTicked(now - lastTick))
                lastTick = now
                changed = true
            }
            if changed && !hasQuit { try draw() }
        }
        return 0
    }

    /// Applies an action and performs the effects it asks for, each answered with actions in turn.
    public func dispatch(_ action: AppAction) {
        var pending = Reducer.reduce(&state, action, tables: tables)
        while !pending.isEmpty {
            let effect = pending.removeFirst()
            if let answer = perform(effect) { pending += Reducer.reduce(&state, answer, tables: tables) }
        }
    }

    /// Performs one effect; returns the action that answers it, if any.
    private func perform(_ effect: Effect) -> AppAction? {
        switch effect {
        case .loadTheme(let name):
            let (theme, problems) = files.loadTheme(name)
            return .themeLoaded(theme, problems: problems)
        case .loadKeyMap:
            return files.loadKeyMap().map { .keyMapLoaded($0.0, problems: $0.1) }
        case .loadHealth:
            return files.loadHealth().map { .healthLoaded($0.0, problems: $0.1) }
        case .reloadHealthIfChanged:
            guard files.healthChanged() else { return nil }
            return files.loadHealth().map { .healthLoaded($0.0, problems: $0.1) }
        case .journal(let entries):
            if let shared { return .teamUpdated(shared.submit(entries)) }
            guard let journal else { return nil }
            do {
                try journal.write(entries)
                return .journalWritten(problem: nil)
            } catch {
                return .journalWritten(problem: "\(error)")
            }
        case .copy(let text):
            do {
                return .copied("copied \(text) to \(try files.copy(text))", isError: false)
            } catch {
                return .copied("could not copy \(text): \(error)", isError: true)
            }
        case .quit:
            hasQuit = true
            return nil
        }
    }

    private func action(for event: TerminalEvent) -> AppAction {
        switch event {
        case .key(let key): .keyPressed(key)
        case .mouse(let mouse): .mouse(mouse)
        case .resize(let size): .resized(size)
        }
    }

    private func draw() throws {
        let state = self.state
        let tables = self.tables
        try terminal.draw { buffer in ConsoleScreen.render(state, into: &buffer, tables: tables) }
    }
}
