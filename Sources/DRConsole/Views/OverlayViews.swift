import TermUI

/// The `?` help, generated from the key map and the command list.
enum HelpOverlay {
    static func lines(_ state: AppState) -> [String] {
        let table = ConsoleVerbs.table
        if let topic = state.helpTopic, let verb = table.verb(named: topic) {
            let readOnly = state.isReadOnly && verb.mutates ? ["    (disabled: read-only)"] : []
            return table.help(verb) + readOnly
        }
        var lines = ["Keys"]
        for binding in state.keyMap.bindings {
            lines.append("  \(binding.keyNames.padding(toLength: 14, withPad: " ", startingAt: 0)) \(binding.help)")
        }
        lines.append("")
        lines.append("Commands (type : then a command; Tab completes, Up/Down recall)")
        for verb in table.verbs {
            let readOnly = state.isReadOnly && verb.mutates ? " (disabled: read-only)" : ""
            lines.append("  :\(verb.usage)")
            lines.append("      \(verb.summary)\(readOnly)")
        }
        lines.append("  :help COMMAND shows one command with its arguments (:help inject lists the fault kinds)")
        lines.append("")
        lines.append("Badges: OK available  DEGR degraded  PAUSED paused  R/O read-only  DOWN unavailable  DEL deleted  ? unknown")
        return lines
    }

    static func render(_ state: AppState, in screen: Rect, buffer: inout Buffer) {
        Overlay.render(title: " Help (Esc closes) ", lines: lines(state), state: state, in: screen, buffer: &buffer)
    }
}

/// The detail of the focused pane's selected row (Enter).
enum DetailOverlay {
    static func render(_ state: AppState, in screen: Rect, buffer: inout Buffer) {
        let rows = PaneTables.visibleRows(state.focus, state)
        guard let index = state.table(state.focus).selection, rows.indices.contains(index) else { return }
        Overlay.render(title: " \(rows[index].id) (Esc closes) ", lines: rows[index].detail.filter { !$0.isEmpty },
                       state: state, in: screen, buffer: &buffer)
    }
}

/// A centred box over the screen with wrapped lines.
enum Overlay {
    static func render(title: String, lines: [String], state: AppState, in screen: Rect, buffer: inout Buffer) {
        let theme = state.theme
        let width = min(screen.width - 4, max(50, min(110, (lines.map(\.displayWidth).max() ?? 40) + 4)))
        let wrapped = lines.flatMap { TextWrap.lines($0, width: max(10, width - 4)) }
        let height = min(screen.height - 2, wrapped.count + 2)
        let area = screen.centered(width: width, height: height)
        buffer.fill(area, style: theme.style(.text))
        let visible = max(0, height - 2)
        let offset = min(max(0, state.overlayScroll), max(0, wrapped.count - visible))
        let more = wrapped.count > visible
            ? "\(title)lines \(offset + 1)-\(offset + visible) of \(wrapped.count), j/k PgUp/PgDn scroll " : title
        let block = Block(title: more, isFocused: true, borderSet: .double,
                          styles: Block.Styles(border: theme.style(.paneBorderFocused),
                                               title: theme.style(.paneTitleFocused), fill: theme.style(.text)))
        block.render(in: area, buffer: &buffer)
        let inner = block.inner(area).inset(horizontal: 1, vertical: 0)
        for (row, line) in wrapped.dropFirst(offset).prefix(inner.height).enumerated() {
            buffer.put(line, at: inner.origin.down(row), style: theme.style(.helpText), maxWidth: inner.width)
        }
    }
}
