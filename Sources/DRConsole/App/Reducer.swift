import DRDomain
import DRSimulation
import TermUI

/// The one place state changes: applies an action, performs no I/O, never throws, and returns effects for the
/// runtime to perform.
///
/// Scrolling, paging and mouse hits use the same `Viewport` the views draw with, and the rows of the render
/// side's memo (`PaneTables`); what it stores is already clamped.
public enum Reducer {
    /// Applies `action` to `state`, reading pane rows through `tables` (the runtime passes its memo).
    public static func reduce(_ state: inout AppState, _ action: AppAction, tables: PaneTables = PaneTables()) -> [Effect] {
        var effects = reduceAction(&state, action, tables)
        // What the action journaled is committed before anything else happens, and so before the next draw.
        let entries = state.takePendingJournal()
        if !entries.isEmpty { effects.insert(.journal(entries), at: 0) }
        return effects
    }

    private static func reduceAction(_ state: inout AppState, _ action: AppAction, _ tables: PaneTables) -> [Effect] {
        switch action {
        case .started:
            return [.loadKeyMap, .loadHealth]
        case .keyPressed(let key):
            return handleKey(key, &state, tables)
        case .mouse(let event):
            handleMouse(event, &state, tables)
            return []
        case .resized(let size):
            state.size = size
            if state.showsHelp || state.showsDetail {
                let box = OverlayBox(lines: OverlayLines.lines(state, tables), screen: size)
                state.overlayScroll = min(state.overlayScroll, box.maxScroll)
            }
            return []
        case .clockTicked(let seconds):
            let effects: [Effect] = state.watchesHealth ? [.reloadHealthIfChanged] : []
            // In a team, only the facilitator's console moves the shared clock (the others follow the journal), and
            // not while the journal is offline: the clock waits for it rather than being refused every second.
            if let team = state.team, !team.movesClock || !team.isOnline { return effects }
            guard state.isPlaying, seconds > 0, seconds.isFinite else { return effects }
            let before = state.engine.events.count
            let said = state.flash
            if state.drill != nil {
                DrillControls.advance(to: state.engine.now + seconds * state.speed, &state)
            } else {
                state.engine.advance(to: state.engine.now + seconds * state.speed)
            }
            // An inject's message to the players shows on the message line as it arrives (the drill's end wins).
            if state.flash == said, let message = JumpGuard.message(in: state.engine.events.dropFirst(before)) {
                state.flash = Flash(message)
            }
            return effects
        case .teamUpdated(let update):
            state.applyTeam(update)
            return []
        case .copied(let message, let isError):
            state.flash = Flash(message, isError: isError)
            return []
        case .journalWritten(let problem):
            if let problem {
                state.journalProblem = problem
                state.flash = Flash("JOURNAL NOT SAVED: \(problem)", isError: true)
            } else if state.journalProblem != nil {
                state.journalProblem = nil
                state.flash = Flash("journal saved again")
            }
            return []
        case .healthLoaded(var live, let problems):
            let first = state.live == nil
            live.problems = problems
            live.bind(to: state.estate)
            let problems = live.problems
            state.live = live
            state.engine.setLive(live.engineInputs())
            state.recordLiveHealth(live)
            let counts = "\(live.snapshot.serviceEvents.count) events, \(live.snapshot.resourceStatuses.count) resource statuses"
            state.flash = problems.isEmpty
                ? Flash("live health \(first ? "loaded" : "reloaded"): \(counts)")
                : Flash("live health: \(problems.first ?? "")"
                        + (problems.count > 1 ? " (+\(problems.count - 1) more, listed in region health)" : ""), isError: true)
            return []
        case .themeLoaded(let theme, let problems):
            // A theme that could not be read at all keeps the current one; a partly bad one applies.
            if let theme { state.theme = theme }
            state.flash = problems.isEmpty
                ? Flash("theme \(state.theme.name)")
                : Flash("theme: \(theme == nil ? "kept \(state.theme.name); " : "")\(summary(problems))", isError: true)
            return []
        case .keyMapLoaded(let keyMap, let problems):
            state.keyMap = keyMap
            if !problems.isEmpty { state.flash = Flash("keys: \(summary(problems))", isError: true) }
            return []
        }
    }

    /// The first problem, and how many more there are.
    private static func summary(_ problems: [String]) -> String {
        "\(problems.first ?? "")\(problems.count > 1 ? " (+\(problems.count - 1) more)" : "")"
    }

    // MARK: Keys

    private static func handleKey(_ key: KeyEvent, _ state: inout AppState, _ tables: PaneTables) -> [Effect] {
        switch state.input {
        case .confirmQuit:
            if key == .char("y") || key == .char("q") {
                state.input = .idle
                return [.quit]
            }
            state.input = .idle
            state.flash = Flash("quit cancelled")
            return []
        case .confirm(let question):
            state.input = .idle
            guard question.accepts(key) else {
                state.flash = Flash("cancelled: nothing done")
                return []
            }
            switch question.then {
            case .jump(let time): JumpGuard.jump(to: time, &state)
            case .command(let line): return ConsoleCommands.execute(line, &state, confirmed: true)
            }
            return []
        case .command(let text):
            return editCommand(text, key, &state)
        case .filter(let text):
            editFilter(text, key, &state, tables)
            return []
        case .idle:
            break
        }
        state.flash = nil
        guard let intent = state.keyMap.intent(for: key) else { return [] }
        if state.showsHelp || state.showsDetail || state.showsFacilitator, scrollOverlay(intent, &state, tables) { return [] }
        if state.showsFacilitator, intent == .back || intent == .quit || intent == .toggleFacilitator {
            state.showsFacilitator = false
            return []
        }
        if state.showsHelp {
            if intent == .help || intent == .back || intent == .quit || intent == .serviceCatalog { state.showsHelp = false }
            return []
        }
        if state.showsDetail, intent == .back || intent == .quit || intent == .openDetail {
            state.showsDetail = false
            return []
        }
        return apply(intent, &state, tables)
    }

    static func apply(_ intent: Intent, _ state: inout AppState, _ tables: PaneTables) -> [Effect] {
        if let pane = intent.pane {
            state.focus = pane
            state.showsDetail = false
            return []
        }
        let pane = state.focus
        let rows = tables.visibleRows(pane, state)
        let rowCount = rows.count
        let page = Viewport(state).visibleRows(pane)
        var table = state.selection(pane, in: rows)
        let before = table
        switch intent {
        case .nextPane, .previousPane:
            // Reading order as laid out: left to right, then top to bottom (a zoomed pane keeps the order of the
            // screen it was zoomed from).
            let order = Viewport(size: state.size, focus: state.focus).readingOrder
            let index = order.firstIndex(of: state.focus) ?? 0
            state.focus = order[(index + (intent == .nextPane ? 1 : order.count - 1)) % order.count]
            state.showsDetail = false
        case .up: table.selectPrevious(rowCount: rowCount)
        case .down: table.selectNext(rowCount: rowCount)
        case .pageUp: table.move(by: -page, rowCount: rowCount)
        case .pageDown: table.move(by: page, rowCount: rowCount)
        case .halfPageUp: table.move(by: -max(1, page / 2), rowCount: rowCount)
        case .halfPageDown: table.move(by: max(1, page / 2), rowCount: rowCount)
        case .top: table.selectFirst(rowCount: rowCount)
        case .bottom: table.selectLast(rowCount: rowCount)
        case .left, .right:
            // The replication matrix scrolls by region; other panes scroll their long (fill) columns' text.
            let step = pane == .replication ? 1 : LongColumns.step
            let limit = pane == .replication
                ? max(0, ReplicationRows.regions(state).count - 1)
                : LongColumns.limit(tables.table(pane, state).columns, rows)
            let offset = (state.columnOffsets[pane] ?? 0) + (intent == .right ? step : -step)
            state.columnOffsets[pane] = min(limit, max(0, offset))
        case .openDetail:
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
        case .help, .serviceCatalog:
            state.showsHelp = true
            state.helpShowsCatalog = intent == .serviceCatalog
            state.helpTopic = nil
            state.overlayScroll = 0
        case .quit: return requestQuit(&state)
        case .copyCommand:
            guard let index = table.selection, rows.indices.contains(index), let command = rows[index].command else {
                state.flash = Flash("this row has no command to copy", isError: true)
                return []
            }
            return [.copy(command)]
        case .togglePlay:
            if state.drill != nil { state.play(.clock(state.isPlaying ? .pause : .play)) } else { state.isPlaying.toggle() }
            state.flash = Flash(state.isPlaying ? "clock running" : "clock paused")
        case .nextEvent:
            JumpGuard.next(&state)
        case .nextHub, .previousHub: cycleHub(by: intent == .nextHub ? 1 : -1, &state)
        case .toggleMapZoom:
            state.mapShowsWorld.toggle()
            state.flash = Flash(state.mapShowsWorld ? "map: the whole world" : "map: the estate's regions")
        case .zoomPane:
            state.paneZoomed.toggle()
            let key = state.keyMap.shortestKey(.zoomPane)
            let roomy = Viewport(size: state.size, focus: state.focus).layout?.isCompact == false
            state.flash = Flash(
                !state.paneZoomed ? (roomy ? "all panes" : "all panes once the screen is 160x48")
                    : roomy ? "\(state.focus.title) alone, the whole width (\(key) for all panes; Tab and 1-6 change the pane)"
                    : "one pane at a time below 160x48 anyway; it stays alone when the screen grows")
        case .focusRegionHealth, .focusReplication, .focusSoftDelete, .focusFailover, .focusTimeline, .focusXRay:
            break
        case .cycleSpeed, .stepInject, .triggerInject, .skipInject, .toggleFacilitator, .noteRow:
            _ = DrillControls.apply(intent, &state)
        }
        // Only a movement stores a selection: until then the pane keeps its default (the timeline follows the
        // newest event). What is stored is settled against the rows and the pane's height.
        if table != before, state.focus == pane {
            store(table, pane: pane, rows: rows, page: page, &state)
        }
        return []
    }

    /// Stores a pane's selection by row id, with the scroll clamped to the rows and the pane's height.
    static func store(_ table: TableState, pane: PaneID, rows: [PaneRow], page: Int, _ state: inout AppState) {
        let settled = table.scrolledToSelection(visibleRows: page, rowCount: rows.count)
        // The timeline follows new events while its newest row is selected, and stops when the operator moves away.
        if pane == .timeline, state.filters[pane] == nil {
            if settled.selection == rows.count - 1 {
                state.selections[pane] = nil
                state.timelineSeen = nil
                return
            }
            if state.timelineSeen == nil { state.timelineSeen = state.engine.events.count }
        }
        state.selections[pane] = PaneSelection(settled, in: rows)
    }

    /// Scrolls an open overlay, clamped to its lines as the view draws them; false when the intent is not a
    /// movement.
    private static func scrollOverlay(_ intent: Intent, _ state: inout AppState, _ tables: PaneTables) -> Bool {
        let box = OverlayBox(lines: OverlayLines.lines(state, tables), screen: state.size)
        let page = max(1, box.visible)
        var scroll = state.overlayScroll
        switch intent {
        case .up: scroll -= 1
        case .down: scroll += 1
        case .pageUp: scroll -= page
        case .pageDown: scroll += page
        case .halfPageUp: scroll -= max(1, page / 2)
        case .halfPageDown: scroll += max(1, page / 2)
        case .top: scroll = 0
        case .bottom: scroll = box.maxScroll
        default: return false
        }
        state.overlayScroll = min(max(0, scroll), box.maxScroll)
        return true
    }

    static func requestQuit(_ state: inout AppState) -> [Effect] {
        if QuitGuard.reason(state) != nil {
            state.input = .confirmQuit
            return []
        }
        return [.quit]
    }

    private static func cycleHub(by step: Int, _ state: inout AppState) {
        let hubs = state.estate.hubs.map(\.id)
        guard !hubs.isEmpty else { return }
        let current = state.selectedHub.flatMap { hubs.firstIndex(of: $0) } ?? 0
        state.selectedHub = hubs[(current + step + hubs.count) % hubs.count]
        state.selections[.failover] = nil
        state.selections[.xray] = nil
        state.flash = Flash("hub \(state.selectedHub ?? "")")
    }

    // MARK: The `/` filter

    private static func editFilter(_ text: String, _ key: KeyEvent, _ state: inout AppState, _ tables: PaneTables) {
        switch key.key {
        case .escape, .enter:
            // Esc leaves the line as Enter does: the filter stays until the operator clears it.
            state.filters[state.focus] = text.isEmpty ? nil : text
            state.input = .idle
        case .character("u") where key.modifiers == .ctrl:
            state.filters[state.focus] = nil
            state.input = .filter("")
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
        // The selection stays on its row when the row still matches; otherwise the first row is selected.
        let pane = state.focus
        let rows = tables.visibleRows(pane, state)
        if let id = state.selections[pane]?.rowID, rows.contains(where: { $0.id == id }) { return }
        state.selections[pane] = rows.isEmpty ? nil : PaneSelection(rowID: rows[0].id, index: 0)
    }

    // MARK: The `:` command line

    private static func editCommand(_ text: String, _ key: KeyEvent, _ state: inout AppState) -> [Effect] {
        state.completions = []
        switch key.key {
        case .escape:
            state.input = .idle
        case .enter:
            state.input = .idle
            state.history.record(text)
            return ConsoleCommands.execute(text, &state)
        case .backspace:
            state.input = text.isEmpty ? .idle : .command(String(text.dropLast()))
        case .character("u") where key.modifiers == .ctrl:
            state.input = .command("")
        case .tab:
            let context = ConsoleVerbs.context(state)
            let completed = ConsoleVerbs.table.complete(text, in: context)
            state.input = .command(completed)
            // A Tab that cannot complete further lists what could follow (the last word of each candidate).
            let candidates = ConsoleVerbs.table.candidates(for: text, in: context)
            if completed == text, candidates.count > 1 {
                state.completions = candidates.map { String($0.split(separator: " ").last ?? "") }
            }
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

    private static func handleMouse(_ event: MouseEvent, _ state: inout AppState, _ tables: PaneTables) {
        guard state.mouseEnabled else { return }
        let viewport = Viewport(state)
        guard let (pane, _) = viewport.pane(at: event.position) else { return }
        switch event.kind {
        case .click(.left), .press(.left), .doubleClick(.left):
            state.focus = pane
            let rows = tables.visibleRows(pane, state)
            let page = viewport.visibleRows(pane)
            // The offset as drawn: the stored one settled against the rows and the pane's height.
            let drawn = state.selection(pane, in: rows).scrolledToSelection(visibleRows: page, rowCount: rows.count)
            if let index = viewport.rowIndex(at: event.position, in: pane, offset: drawn.offset, rowCount: rows.count) {
                store(TableState(selection: index, offset: drawn.offset), pane: pane, rows: rows, page: page, &state)
                if case .doubleClick = event.kind { _ = apply(.openDetail, &state, tables) }
            }
        case .scrollUp:
            state.focus = pane
            _ = apply(.up, &state, tables)
        case .scrollDown:
            state.focus = pane
            _ = apply(.down, &state, tables)
        default:
            break
        }
    }
}
