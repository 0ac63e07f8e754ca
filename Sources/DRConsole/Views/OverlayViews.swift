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
            let scope = binding.panes.map { " (in " + $0.map { $0.title.lowercased() }.joined(separator: ", ") + ")" } ?? ""
            let keys = binding.keys.isEmpty ? "-" : binding.keyNames
            lines.append("  \(keys.padding(toLength: 14, withPad: " ", startingAt: 0)) \(binding.help)\(scope)")
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
        lines.append("Badges: OK available  DEGR degraded  PAUSED paused  R/O read-only  UNKN unknown (may be down)  DOWN unavailable  DEL deleted  ? no state")
        lines.append("Source: sim (a simulated fault or action)  live (live health data)  live+sim (both)")
        return lines + HelpGlossary.lines
    }

}

/// The lines of the open overlay, for the view that draws it and the reducer that scrolls it.
enum OverlayLines {
    /// The help's (or the service catalog's) lines, the facilitator's, or the detail of the focused pane's
    /// selected row; empty when no overlay is open.
    static func lines(_ state: AppState, _ tables: PaneTables) -> [String] {
        if state.showsHelp { return state.helpShowsCatalog ? ServiceCatalogView.overlayLines() : HelpOverlay.lines(state) }
        if state.showsDetail, let row = DetailOverlay.row(state, tables) {
            let copy = row.command.map { ["", "\(state.keyMap.firstKey(.copyCommand)) copies: \($0)"] } ?? []
            return row.detail.filter { !$0.isEmpty } + copy
        }
        if state.showsFacilitator { return FacilitatorOverlay.lines(state) }
        return []
    }
}

/// The detail of the focused pane's selected row (Enter).
enum DetailOverlay {
    /// The selected row of the focused pane, if any.
    static func row(_ state: AppState, _ tables: PaneTables) -> PaneRow? {
        let rows = tables.visibleRows(state.focus, state)
        guard let index = state.selection(state.focus, in: rows).selection, rows.indices.contains(index) else { return nil }
        return rows[index]
    }

    /// The overlay's title: what the row is about as its first detail line says it (the resource, the step),
    /// never the internal row id.
    static func title(of row: PaneRow) -> String {
        let first = row.detail.first { !$0.isEmpty } ?? row.cells.first?.text ?? row.id
        return first.truncated(toWidth: 60)
    }
}

/// A centred box over the screen with wrapped lines.
enum Overlay {
    /// The keys that scroll an overlay, from the key map (`j/k PgUp/PgDn`).
    static func scrollKeys(_ keys: KeyMap) -> String {
        "\(keys.shortestKey(.down))/\(keys.shortestKey(.up)) \(keys.shortestKey(.pageUp))/\(keys.shortestKey(.pageDown))"
    }

    /// Draws the open overlay (help or the service catalog, the selected row's detail, the facilitator's), if any.
    static func render(_ state: AppState, _ tables: PaneTables, buffer: inout Buffer) {
        let title: String
        let close = "(\(state.keyMap.firstKey(.back)) closes)"
        if state.showsHelp {
            title = state.helpShowsCatalog ? " Service catalog \(close) "
                : state.helpTopic.map { " Help: \($0) \(close) " } ?? " Help \(close) "
        } else if state.showsDetail, let row = DetailOverlay.row(state, tables) {
            title = " \(DetailOverlay.title(of: row)) \(close) "
        } else if state.showsFacilitator {
            title = " Facilitator: coming injects \(close) "
        } else {
            return
        }
        let theme = state.theme
        let box = OverlayBox(lines: OverlayLines.lines(state, tables), screen: state.size)
        let area = box.area
        let wrapped = box.wrapped
        let visible = box.visible
        buffer.fill(area, style: theme.style(.text))
        let offset = min(max(0, state.overlayScroll), box.maxScroll)
        let more = wrapped.count > visible
            ? "\(title)lines \(offset + 1)-\(offset + visible) of \(wrapped.count), \(scrollKeys(state.keyMap)) scroll " : title
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
