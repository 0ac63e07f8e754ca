import TermUI

/// The whole screen for a state: pure, so every screen can be tested as text.
public enum ConsoleScreen {
    /// Draws `state` into `buffer` (which is the size of the screen), reading pane tables through `tables` (the
    /// runtime passes its memo; a fresh one builds every table).
    public static func render(_ state: AppState, into buffer: inout Buffer, tables: PaneTables = PaneTables()) {
        let screen = buffer.area
        // A theme with its own background (light) paints the whole screen with it, so its text never lands on
        // the terminal's default background, which may be dark.
        let text = state.theme.style(.text)
        if text.bg != nil { buffer.fill(screen, style: text) }
        guard let layout = Viewport(size: screen.size, focus: state.focus, zoomed: state.paneZoomed).layout else {
            renderTooSmall(state, in: screen, buffer: &buffer)
            return
        }
        HeaderView.render(state, in: layout.header, buffer: &buffer)
        if let strip = layout.strip { SummaryStrip.render(state, tables.summaryCounts(state), in: strip, buffer: &buffer) }
        if let tabs = layout.tabs { PaneTabs.render(state, in: tabs, buffer: &buffer) }
        for pane in PaneID.allCases {
            if let rect = layout.panes[pane] { PaneView.render(pane, state, tables, in: rect, buffer: &buffer) }
        }
        StatusBarView.render(state, in: layout.statusBar, buffer: &buffer)
        StatusBarView.renderInput(state, in: layout.inputLine, buffer: &buffer)
        Overlay.render(state, tables, buffer: &buffer)
    }

    /// Below 60x16: a clear message instead of a garbled console.
    static func renderTooSmall(_ state: AppState, in screen: Rect, buffer: inout Buffer) {
        let lines = ["Terminal too small", "\(screen.width)x\(screen.height); need \(ConsoleLayout.minimum.width)x\(ConsoleLayout.minimum.height)",
                     "enlarge the window, or q to quit"]
        let top = max(0, (screen.height - lines.count) / 2)
        for (index, line) in lines.enumerated() where top + index < screen.height {
            let x = max(0, (screen.width - line.displayWidth) / 2)
            buffer.put(line, at: Position(x: x, y: top + index),
                       style: index == 0 ? state.theme.style(.flashError) : state.theme.style(.text),
                       maxWidth: screen.width - x)
        }
    }
}

/// Compact layout (and a zoomed pane): the pane numbers, the focused one highlighted; while zoomed, the key back.
enum PaneTabs {
    static func render(_ state: AppState, in area: Rect, buffer: inout Buffer) {
        let theme = state.theme
        var spans: [Span] = []
        for pane in PaneID.allCases {
            let focused = pane == state.focus
            spans.append(Span(" \(pane.rawValue) \(area.width < 110 ? pane.shortTitle : pane.title) ",
                              style: focused ? theme.style(.paneTitleFocused).adding(.reverse) : theme.style(.textDim)))
        }
        if state.paneZoomed { spans.append(Span("  \(state.keyMap.shortestKey(.zoomPane)) all panes", style: theme.style(.textDim))) }
        _ = buffer.put(spans, at: area.origin, maxWidth: area.width)
    }
}
