import TermUI

/// How a binding shows in the status bar: a label, a shorter one for narrow screens, and how much it matters.
public struct StatusHint: Sendable, Hashable {
    public var label: String
    /// Used when the full labels do not fit.
    public var short: String
    /// Lower shows first and is dropped last when even the short labels do not fit.
    public var priority: Int
    /// Bindings with the same group show as one hint, their keys together (`1-6 panes`, `[/] hub`).
    public var group: String?

    public init(_ label: String, short: String? = nil, priority: Int, group: String? = nil) {
        self.label = label
        self.short = short ?? label
        self.priority = priority
        self.group = group
    }
}

/// One binding: the keys, what they do, how help describes them, where they matter and how the status bar
/// shows them.
public struct KeyBinding: Sendable, Hashable {
    public var keys: [KeyEvent]
    public var intent: Intent
    public var help: String
    /// The panes where the key matters (help says so; the status bar shows it only there); nil for everywhere.
    public var panes: [PaneID]?
    /// Shown in the status bar's short list of keys that matter now, if set.
    public var hint: StatusHint?

    public init(keys: [KeyEvent], intent: Intent, help: String, panes: [PaneID]? = nil, hint: StatusHint? = nil) {
        self.keys = keys
        self.intent = intent
        self.help = help
        self.panes = panes
        self.hint = hint
    }

    /// The keys as people write them (`Tab`, `q`, `Ctrl-C`).
    public var keyNames: String { keys.map(\.description).joined(separator: "/") }

    /// Whether the binding matters in a pane.
    public func applies(in pane: PaneID) -> Bool { panes?.contains(pane) ?? true }
}

/// The console's keys, in the habits of k9s and htop: the one table that drives input, the status bar's hints
/// and the `?` help. Rebindable from a keys file. To add a key, add an `Intent` case, a row here, and what it
/// does in `Reducer.apply`.
public struct KeyMap: Sendable, Hashable {
    public var bindings: [KeyBinding]

    public init(bindings: [KeyBinding]) { self.bindings = bindings }

    /// The intent bound to a key, if any.
    public func intent(for key: KeyEvent) -> Intent? {
        bindings.first { $0.keys.contains(key) }?.intent
    }

    /// The binding of an intent.
    public func binding(for intent: Intent) -> KeyBinding? { bindings.first { $0.intent == intent } }

    /// The keys of an intent as people write them, or `-` when it has none (all taken by a keys file).
    public func keyNames(_ intent: Intent) -> String {
        guard let names = binding(for: intent)?.keyNames, !names.isEmpty else { return "-" }
        return names
    }

    /// The first key of an intent as people write it (`Esc`), or `-`.
    public func firstKey(_ intent: Intent) -> String {
        binding(for: intent)?.keys.first?.description ?? "-"
    }

    /// The shortest key of an intent as people write it (`h` rather than `Left`), or `-`.
    public func shortestKey(_ intent: Intent) -> String {
        binding(for: intent)?.keys.map(\.description).min { $0.count < $1.count } ?? "-"
    }

    /// The one status hint the pane digits share (`1-6 panes`).
    private static let panesHint = StatusHint("panes", priority: 6, group: "panes")

    /// The default keys.
    public static let standard = KeyMap(bindings: [
        KeyBinding(keys: [KeyEvent(.tab)], intent: .nextPane, help: "next pane",
                   hint: StatusHint("next pane", short: "pane", priority: 3)),
        KeyBinding(keys: [KeyEvent(.backTab)], intent: .previousPane, help: "previous pane"),
        KeyBinding(keys: [.char("1")], intent: .focusRegionHealth, help: "region health", hint: panesHint),
        KeyBinding(keys: [.char("2")], intent: .focusReplication, help: "replication matrix", hint: panesHint),
        KeyBinding(keys: [.char("3")], intent: .focusSoftDelete, help: "soft-delete recovery", hint: panesHint),
        KeyBinding(keys: [.char("4")], intent: .focusFailover, help: "failover", hint: panesHint),
        KeyBinding(keys: [.char("5")], intent: .focusTimeline, help: "timeline", hint: panesHint),
        KeyBinding(keys: [.char("6")], intent: .focusXRay, help: "x-ray", hint: panesHint),
        KeyBinding(keys: [KeyEvent(.up), .char("k")], intent: .up, help: "move up"),
        KeyBinding(keys: [KeyEvent(.down), .char("j")], intent: .down, help: "move down"),
        KeyBinding(keys: [KeyEvent(.left), .char("h")], intent: .left, help: "scroll left: the regions, or the text of long columns",
                   panes: [.replication, .softDelete, .failover, .timeline, .xray],
                   hint: StatusHint("scroll sideways", short: "scroll", priority: 8, group: "scroll")),
        KeyBinding(keys: [KeyEvent(.right), .char("l")], intent: .right, help: "scroll right: the regions, or the text of long columns",
                   panes: [.replication, .softDelete, .failover, .timeline, .xray],
                   hint: StatusHint("scroll sideways", short: "scroll", priority: 8, group: "scroll")),
        KeyBinding(keys: [KeyEvent(.pageUp)], intent: .pageUp, help: "page up"),
        KeyBinding(keys: [KeyEvent(.pageDown)], intent: .pageDown, help: "page down"),
        KeyBinding(keys: [.ctrl("u")], intent: .halfPageUp, help: "half a page up (on the command line: clear it)"),
        KeyBinding(keys: [.ctrl("d")], intent: .halfPageDown, help: "half a page down"),
        KeyBinding(keys: [KeyEvent(.home), .char("g")], intent: .top, help: "first row"),
        KeyBinding(keys: [KeyEvent(.end), .char("G")], intent: .bottom, help: "last row"),
        KeyBinding(keys: [KeyEvent(.enter)], intent: .openDetail, help: "detail",
                   hint: StatusHint("detail", short: "open", priority: 5)),
        KeyBinding(keys: [.char("y")], intent: .copyCommand,
                   help: "copy the selected row's command (terminal clipboard by OSC 52, and a file)"),
        KeyBinding(keys: [KeyEvent(.escape)], intent: .back, help: "close an overlay; else clear the pane's filter"),
        KeyBinding(keys: [.char("/")], intent: .filter, help: "filter the pane",
                   hint: StatusHint("filter", priority: 7)),
        KeyBinding(keys: [.char(":")], intent: .command, help: "command line",
                   hint: StatusHint("command", short: "cmd", priority: 2)),
        KeyBinding(keys: [.char("?")], intent: .help, help: "help", hint: StatusHint("help", priority: 0)),
        KeyBinding(keys: [.char(" ")], intent: .togglePlay, help: "play / pause the clock",
                   hint: StatusHint("pause/play", priority: 4)),
        KeyBinding(keys: [.char("n")], intent: .nextEvent, help: "jump to the next scheduled event"),
        KeyBinding(keys: [.char("[")], intent: .previousHub, help: "previous hub", panes: [.failover, .xray],
                   hint: StatusHint("hub", priority: 8, group: "hub")),
        KeyBinding(keys: [.char("]")], intent: .nextHub, help: "next hub", panes: [.failover, .xray],
                   hint: StatusHint("hub", priority: 8, group: "hub")),
        KeyBinding(keys: [.char("z")], intent: .toggleMapZoom, help: "map: the estate's regions / the whole world",
                   panes: [.regionHealth]),
        KeyBinding(keys: [.char("w")], intent: .zoomPane,
                   help: "the focused pane alone, the whole width (long columns get the room) / all panes again",
                   hint: StatusHint("wide", priority: 9)),
        KeyBinding(keys: [.char("c")], intent: .serviceCatalog, help: "service catalog (the guidance's tables, conflicts)"),
        KeyBinding(keys: [.char(">")], intent: .cycleSpeed, help: "drill clock speed x1 / x10 / x60"),
        KeyBinding(keys: [.char("N")], intent: .stepInject, help: "drill: step the clock to the next inject"),
        KeyBinding(keys: [.char("T")], intent: .triggerInject, help: "drill: trigger the next inject now"),
        KeyBinding(keys: [.char("S")], intent: .skipInject, help: "drill: skip the next inject"),
        KeyBinding(keys: [.char("f")], intent: .toggleFacilitator, help: "drill: facilitator overlay (coming injects, expected answers)"),
        KeyBinding(keys: [.char("a")], intent: .noteRow, help: "write a note about the selected row (TODO/DECISION/ACTION/OBSERVATION, @owner)"),
        KeyBinding(keys: [.char("q")], intent: .quit, help: "close an overlay; else quit (asks when the session holds notes or actions)", hint: StatusHint("quit", priority: 1)),
    ])
}
