import Foundation
import TermUI

/// The console's loop: events in, `reduce`, effects performed, the screen redrawn by diff.
///
/// One thread drives it. It waits for input at most one tick, so an idle console wakes once a second (to move
/// the clock) and draws only the cells that changed.
public final class ConsoleRuntime<Backend: TerminalBackend> {
    /// The state, readable by tests after a run.
    public private(set) var state: AppState
    private let terminal: Terminal
    /// The backend, for tests.
    public let backend: Backend
    private let tick: Duration
    private let clock: () -> TimeInterval
    private let loadTheme: (String) -> (Theme, [String])
    private let health: HealthWatcher?
    private let watchesHealth: Bool
    /// The render side's memo of pane tables, read by the views and by the reducer.
    private let tables = PaneTables()

    /// Creates a runtime.
    /// - Parameters:
    ///   - clock: monotonic seconds (tests pass a fixed clock so nothing ticks).
    ///   - loadTheme: finds a theme by name or path, answering problems as text (the only file access).
    public init(
        state: AppState, backend: Backend, tick: Duration = .seconds(1),
        clock: @escaping () -> TimeInterval = { ProcessInfo.processInfo.systemUptime },
        health: HealthWatcher? = nil, watchesHealth: Bool = false,
        loadTheme: @escaping (String) -> (Theme, [String])
    ) {
        self.health = health
        self.watchesHealth = watchesHealth
        self.state = state
        self.terminal = Terminal(backend: backend)
        self.backend = backend
        self.tick = tick
        self.clock = clock
        self.loadTheme = loadTheme
    }

    /// Runs until the state asks to quit or `interrupt` returns a signal number; returns the exit status
    /// (0, or 128 + the signal).
    /// - Parameter stopWhenIdle: ends the loop when no event arrives (headless tests with scripted keys).
    public func run(stopWhenIdle: Bool = false, interrupt: () -> Int32? = { nil }) throws -> Int32 {
        state.size = backend.size
        if let health { dispatch(Self.loaded(health)) }
        try draw()
        var lastTick = clock()
        let tickSeconds = Double(tick.components.seconds) + Double(tick.components.attoseconds) / 1e18
        while !state.shouldQuit {
            if let signal = interrupt() { return 128 + signal }
            let event = try terminal.nextEvent(timeout: tick)
            if event == nil && stopWhenIdle { break }
            var changed = false
            if let event {
                dispatch(action(for: event))
                changed = true
            }
            let now = clock()
            if now - lastTick >= tickSeconds {
                if watchesHealth, let health, health.hasChanged() { dispatch(Self.loaded(health)) }
                dispatch(.clockTicked(now - lastTick))
                lastTick = now
                changed = true
            }
            if changed && !state.shouldQuit { try draw() }
        }
        return 0
    }

    /// Applies an action and performs the effects it asks for.
    public func dispatch(_ action: AppAction) {
        var pending = Reducer.reduce(&state, action, tables: tables)
        while !pending.isEmpty {
            let effect = pending.removeFirst()
            switch effect {
            case .loadTheme(let name):
                let (theme, problems) = loadTheme(name)
                pending += Reducer.reduce(&state, .themeLoaded(theme, problems: problems), tables: tables)
            case .quit:
                state.shouldQuit = true
            }
        }
    }

    private static func loaded(_ watcher: HealthWatcher) -> AppAction {
        let (snapshot, problems) = watcher.load()
        return .healthLoaded(LiveHealth(snapshot: snapshot, sources: watcher.paths), problems: problems)
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
