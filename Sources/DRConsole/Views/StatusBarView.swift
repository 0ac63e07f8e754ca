import TermUI

/// The keys that matter now, generated from the key map, and the bottom input line (flash, `:` or `/`).
enum StatusBarView {
    static func render(_ state: AppState, in area: Rect, buffer: inout Buffer) {
        let theme = state.theme
        buffer.fill(area, style: theme.style(.statusBar))
        var spans: [Span] = []
        for binding in hints(state) {
            spans.append(Span(" \(binding.0)", style: theme.style(.statusBarKey)))
            spans.append(Span(" \(binding.1) ", style: theme.style(.statusBar)))
        }
        _ = buffer.put(spans, at: area.origin, maxWidth: area.width)
    }

    /// The hints for the current input mode.
    static func hints(_ state: AppState) -> [(String, String)] {
        switch state.input {
        case .command: return [("Enter", "run"), ("Tab", "complete"), ("Up/Down", "history"), ("Esc", "cancel")]
        case .filter: return [("Enter", "keep filter"), ("Esc", "clear filter")]
        case .confirmQuit: return [("y", "quit the drill"), ("any key", "stay")]
        case .idle: break
        }
        if state.showsHelp { return [("Esc", "close help")] }
        if state.showsDetail { return [("Esc", "close detail")] }
        var hints = state.keyMap.bindings.filter(\.isPrimary).map { ($0.keyNames, $0.help) }
        hints.insert(("1-6", "panes"), at: 1)
        if state.focus == .failover || state.focus == .xray { hints.append(("[ ]", "hub")) }
        if state.focus == .replication { hints.append(("h/l", "scroll regions")) }
        hints.append(("Space", state.isPlaying ? "pause" : "play"))
        return hints
    }

    static func renderInput(_ state: AppState, in area: Rect, buffer: inout Buffer) {
        let theme = state.theme
        buffer.fill(area, style: theme.style(.text))
        switch state.input {
        case .command(let text):
            _ = buffer.put([Span(":", style: theme.style(.commandPrompt)), Span(text + "█", style: theme.style(.commandInput))],
                           at: area.origin, maxWidth: area.width)
        case .filter(let text):
            _ = buffer.put([Span("/", style: theme.style(.commandPrompt)), Span(text + "█", style: theme.style(.commandInput))],
                           at: area.origin, maxWidth: area.width)
        case .confirmQuit:
            buffer.put("A drill is running. Quit? (y/N)", at: area.origin, style: theme.style(.flashError), maxWidth: area.width)
        case .idle:
            if let flash = state.flash {
                buffer.put(flash.text, at: area.origin, style: theme.style(flash.isError ? .flashError : .flashInfo),
                           maxWidth: area.width)
            }
        }
    }
}
