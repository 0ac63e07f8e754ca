import TermUI

/// The keys that matter now, generated from the key map, and the bottom input line (flash, `:` or `/`).
enum StatusBarView {
    /// One hint: the keys, a label and a shorter label, and how much it matters (lower matters more).
    struct Hint: Equatable {
        var keys: String
        var label: String
        var short: String
        var priority: Int

        init(_ keys: String, _ label: String, short: String? = nil, priority: Int = 0) {
            self.keys = keys
            self.label = label
            self.short = short ?? label
            self.priority = priority
        }
    }

    static func render(_ state: AppState, in area: Rect, buffer: inout Buffer) {
        let theme = state.theme
        buffer.fill(area, style: theme.style(.statusBar))
        if case .command = state.input, !state.completions.isEmpty {
            _ = buffer.put([Span(" Tab:", style: theme.style(.statusBarKey)),
                            Span(" " + state.completions.joined(separator: "  "), style: theme.style(.statusBar))],
                           at: area.origin, maxWidth: area.width)
            return
        }
        var spans: [Span] = []
        for (keys, label) in fitted(hints(state), width: area.width) {
            spans.append(Span(" \(keys)", style: theme.style(.statusBarKey)))
            spans.append(Span(" \(label) ", style: theme.style(.statusBar)))
        }
        _ = buffer.put(spans, at: area.origin, maxWidth: area.width)
    }

    /// The hints as drawn in `width` columns: full labels when they fit, else short ones, else the hints that
    /// matter least are left out, so a hint is never cut in the middle.
    static func fitted(_ hints: [Hint], width: Int) -> [(String, String)] {
        func cost(_ pairs: [(String, String)]) -> Int { pairs.reduce(0) { $0 + $1.0.displayWidth + $1.1.displayWidth + 3 } }
        let full = hints.map { ($0.keys, $0.label) }
        if cost(full) <= width { return full }
        var kept = hints
        while !kept.isEmpty {
            let short = kept.map { ($0.keys, $0.short) }
            if cost(short) <= width { return short }
            guard let least = kept.indices.max(by: { kept[$0].priority < kept[$1].priority }) else { break }
            kept.remove(at: least)
        }
        return []
    }

    /// The hints for the current input mode and pane, from the key map (the line editors' own keys are fixed).
    static func hints(_ state: AppState) -> [Hint] {
        let keys = state.keyMap
        switch state.input {
        case .command:
            return [Hint("Enter", "run"), Hint("Tab", "complete", priority: 2), Hint("Up/Down", "history", priority: 3),
                    Hint("Esc", "cancel", priority: 1)]
        case .filter: return [Hint("Enter/Esc", "keep filter", short: "keep"), Hint("Ctrl-U", "clear filter", short: "clear")]
        case .confirmQuit: return [Hint("y", "quit"), Hint("any key", "stay")]
        case .confirm(let question):
            return [Hint(question.again.map { "y/\($0)" } ?? "y", "go ahead", short: "yes"), Hint("any key", "stay")]
        case .idle: break
        }
        if state.showsHelp || state.showsDetail {
            let what = state.showsHelp ? "help" : "detail"
            let copy = state.showsDetail ? [Hint(keys.firstKey(.copyCommand), "copy command", short: "copy", priority: 2)] : []
            return [Hint(keys.firstKey(.back) + "/" + keys.firstKey(.quit), "close \(what)", short: "close")] + copy + [
                    Hint("\(keys.firstKey(.up))/\(keys.firstKey(.down))", "scroll", priority: 1)]
        }
        var hints: [Hint] = []
        var groups: [String: Int] = [:]
        for binding in keys.bindings where binding.applies(in: state.focus) && !binding.keys.isEmpty {
            guard let hint = binding.hint else { continue }
            let key = shortestKey(binding)
            let label = binding.intent == .togglePlay ? (state.isPlaying ? "pause" : "play") : hint.label
            let short = binding.intent == .togglePlay ? label : hint.short
            if let group = hint.group, let index = groups[group] {
                hints[index].keys += "/" + key
            } else {
                if let group = hint.group { groups[group] = hints.count }
                hints.append(Hint(key, label, short: short, priority: hint.priority))
            }
        }
        return hints.map { hint in
            var hint = hint
            hint.keys = compactRun(hint.keys)
            return hint
        }
    }

    /// The shortest name among a binding's keys (`h` rather than `Left`).
    private static func shortestKey(_ binding: KeyBinding) -> String {
        binding.keys.map(\.description).min { $0.count < $1.count } ?? "-"
    }

    /// `1/2/3/4/5/6` as `1-6`; anything else as it is.
    static func compactRun(_ keys: String) -> String {
        let parts = keys.split(separator: "/").map(String.init)
        let digits = parts.compactMap { $0.count == 1 ? Int($0) : nil }
        guard parts.count > 2, digits.count == parts.count, zip(digits, digits.dropFirst()).allSatisfy({ $1 == $0 + 1 }),
              let first = digits.first, let last = digits.last
        else { return keys }
        return "\(first)-\(last)"
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
            buffer.put(QuitGuard.reason(state) ?? "Quit? (y/N)", at: area.origin, style: theme.style(.flashError), maxWidth: area.width)
        case .confirm(let question):
            buffer.put(question.question, at: area.origin, style: theme.style(.flashError), maxWidth: area.width)
        case .idle:
            if let flash = state.flash {
                buffer.put(flash.text, at: area.origin, style: theme.style(flash.isError ? .flashError : .flashInfo),
                           maxWidth: area.width)
            }
        }
    }
}
