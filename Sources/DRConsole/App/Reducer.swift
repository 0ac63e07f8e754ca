import DRDomain
import DRSimulation
import TermUI

/// The one place state changes: applies an action, performs no I/O, never throws, and returns effects for the
/// runtime to perform.
public enum Reducer {
    /// Applies `action` to `state`.
    public static func reduce(_ state: inout AppState, _ action: AppAction) -> [Effect] {
        switch action {
        case .keyPressed(let key):
            return handleKey(key, &state)
        case .mouse(let event):
            handleMouse(event, &state)
            return []
        case .resized(let size):
            state.size = size
            return []
        case .clockTicked(let seconds):
            guard state.isPlaying, seconds > 0, seconds.isFinite else { return [] }
            state.engine.advance(to: state.engine.now + seconds * state.speed)
            return []
        case .healthLoaded(let live, let problems):
            let first = state.live == nil
            state.live = live
            let counts = "\(live.snapshot.serviceEvents.count) events, \(live.snapshot.resourceStatuses.count) resource statuses"
            state.flash = problems.isEmpty
                ? Flash("live health \(first ? "loaded" : "reloaded"): \(counts)")
                : Flash("live health: \(problems.first ?? "")\(problems.count > 1 ? " (+\(problems.count - 1) more)" : "")", isError: true)
            return []
        case .themeLoaded(let theme, let problems):
            state.theme = theme
            state.flash = problems.isEmpty
                ? Flash("theme \(theme.name)")
                : Flash("theme: \(problems.first ?? "")\(problems.count > 1 ? " (+\(problems.count - 1) more)" : "")", isError: true)
            return []
        }
    }

    // MARK: Keys

    private static func handleKey(_ key: KeyEvent, _ state: inout AppState) -> [Effect] {
        switch state.input {
        case .confirmQuit:
            if key == .char("y") || key == .char("q") {
                state.shouldQuit = true
                return [.quit]
            }
            state.input = .idle
            state.flash = Flash("quit cancelled")
            return []
        case .command(let text):
            return editCommand(text, key, &state)
        case .filter(let text):
            editFilter(text, key, &state)
            return []
        case .idle:
            break
        }
        state.flash = nil
        guard let intent = state.keyMap.intent(for: key) else { return [] }
        if state.showsHelp || state.showsDetail, scrollOverlay(intent, &state) { return [] }
        if state.showsHelp {
            if intent == .help || intent == .back || intent == .quit { state.showsHelp = false }
            return []
        }
        if state.showsDetail, intent == .back || intent == .openDetail {
            state.showsDetail = false
            return []
        }
        return apply(intent, &state)
    }

    static func apply(_ intent: Intent, _ state: inout AppState) -> [Effect] {
        if let pane = intent.pane {
            state.focus = pane
            state.showsDetail = false
            return []
        }
        let rowCount = PaneTables.visibleRows(state.focus, state).count
        var table = state.table(state.focus)
        switch intent {
        case .nextPane: state.focus = state.focus.next; state.showsDetail = false
        case .previousPane: state.focus = state.focus.previous; state.showsDetail = false
        case .up: table.selectPrevious(rowCount: rowCount)
        case .down: table.selectNext(rowCount: rowCount)
        case .pageUp: table.move(by: -10, rowCount: rowCount)
        case .pageDown: table.move(by: 10, rowCount: rowCount)
        case .top: table.selectFirst(rowCount: rowCount)
        case .bottom: table.selectLast(rowCount: rowCount)
        case .left: state.columnOffsets[state.focus] = max(0, (state.columnOffsets[state.focus] ?? 0) - 1)
        case .right:
            let limit = max(0, ReplicationRows.regions(state).count - 1)
            state.columnOffsets[state.focus] = min(limit, (state.columnOffsets[state.focus] ?? 0) + 1)
        case .openDetail:
            let rows = PaneTables.visibleRows(state.focus, state)
            if let index = table.selection, rows.indices.contains(index) {
                if let hub = rows[index].hub { state.selectedHub = hub }
                state.showsDetail = true
                state.overlayScroll = 0
            }
        case .back:
            if state.filters[state.focus] != nil {
                state.filters[state.focus] = nil
                state.flash = Flash("filter cleared")
            }
        case .filter: state.input = .filter(state.filters[state.focus] ?? "")
        case .command: state.input = .command("")
        case .help:
            state.showsHelp = true
            state.helpTopic = nil
            state.overlayScroll = 0
        case .quit: return requestQuit(&state)
        case .togglePlay:
            state.isPlaying.toggle()
            state.flash = Flash(state.isPlaying ? "clock running" : "clock paused")
        case .nextEvent:
            if let next = state.engine.nextEventTime {
                state.engine.advance(to: next)
                state.flash = Flash("jumped to T+\(Clock.format(next))")
            } else {
                state.flash = Flash("nothing scheduled")
            }
        case .nextHub, .previousHub: cycleHub(by: intent == .nextHub ? 1 : -1, &state)
        case .toggleMapZoom:
            state.mapShowsWorld.toggle()
            state.flash = Flash(state.mapShowsWorld ? "map: the whole world" : "map: the estate's regions")
        case .focusRegionHealth, .focusReplication, .focusSoftDelete, .focusFailover, .focusTimeline, .focusXRay:
            break
        }
        state.tables[state.focus] = table
        return []
    }

    /// Scrolls an open overlay; false when the intent is not a movement.
    private static func scrollOverlay(_ intent: Intent, _ state: inout AppState) -> Bool {
        let page = max(1, state.size.height - 8)
        switch intent {
        case .up: state.overlayScroll = max(0, state.overlayScroll - 1)
        case .down: state.overlayScroll += 1
        case .pageUp: state.overlayScroll = max(0, state.overlayScroll - page)
        case .pageDown: state.overlayScroll += page
        case .top: state.overlayScroll = 0
        case .bottom: state.overlayScroll = Int(Int32.max)
        default: return false
        }
        return true
    }

    static func requestQuit(_ state: inout AppState) -> [Effect] {
        if state.mode == .drill {
            state.input = .confirmQuit
            return []
        }
        state.shouldQuit = true
        return [.quit]
    }

    private static func cycleHub(by step: Int, _ state: inout AppState) {
        let hubs = state.estate.hubs.map(\.id)
        guard !hubs.isEmpty else { return }
        let current = state.selectedHub.flatMap { hubs.firstIndex(of: $0) } ?? 0
        state.selectedHub = hubs[(current + step + hubs.count) % hubs.count]
        state.tables[.failover] = nil
        state.tables[.xray] = nil
        state.flash = Flash("hub \(state.selectedHub ?? "")")
    }

    // MARK: The `/` filter

    private static func editFilter(_ text: String, _ key: KeyEvent, _ state: inout AppState) {
        switch key.key {
        case .escape:
            state.filters[state.focus] = nil
            state.input = .idle
        case .enter:
            state.filters[state.focus] = text.isEmpty ? nil : text
            state.input = .idle
        case .backspace:
            let shorter = String(text.dropLast())
            state.filters[state.focus] = shorter.isEmpty ? nil : shorter
            state.input = .filter(shorter)
        case .character(let c) where key.modifiers.isEmpty || key.modifiers == .shift:
            state.filters[state.focus] = text + String(c)
            state.input = .filter(text + String(c))
        default:
            return
        }
        state.tables[state.focus] = TableState(selection: 0)
    }

    // MARK: The `:` command line

    private static func editCommand(_ text: String, _ key: KeyEvent, _ state: inout AppState) -> [Effect] {
        switch key.key {
        case .escape:
            state.input = .idle
        case .enter:
            state.input = .idle
            state.history.record(text)
            return ConsoleCommands.execute(text, &state)
        case .backspace:
            state.input = text.isEmpty ? .idle : .command(String(text.dropLast()))
        case .tab:
            state.input = .command(ConsoleVerbs.table.complete(text, in: ConsoleVerbs.context(state)))
        case .up:
            if let older = state.history.older() { state.input = .command(older) }
        case .down:
            if let newer = state.history.newer() { state.input = .command(newer) }
        case .character(let c) where key.modifiers.isEmpty || key.modifiers == .shift:
            state.input = .command(text + String(c))
        default:
            break
        }
        return []
    }

    // MARK: Mouse

    private static func handleMouse(_ event: MouseEvent, _ state: inout AppState) {
        guard state.mouseEnabled, let layout = ConsoleLayout(size: state.size, focus: state.focus) else { return }
        guard let (pane, rect) = layout.panes.first(where: { $0.value.contains(event.position) }) else { return }
        switch event.kind {
        case .click(.left), .press(.left), .doubleClick(.left):
            state.focus = pane
            let bodyTop = rect.y + 2
            let index = event.position.y - bodyTop + state.table(pane).offset
            let count = PaneTables.visibleRows(pane, state).count
            if event.position.y >= bodyTop, index >= 0, index < count {
                var table = state.table(pane)
                table.selection = index
                state.tables[pane] = table
                if case .doubleClick = event.kind { _ = apply(.openDetail, &state) }
            }
        case .scrollUp:
            state.focus = pane
            _ = apply(.up, &state)
        case .scrollDown:
            state.focus = pane
            _ = apply(.down, &state)
        default:
            break
        }
    }
}
