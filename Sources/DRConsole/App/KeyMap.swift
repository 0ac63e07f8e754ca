import TermUI

/// One binding: the keys, what they do, and how help describes them.
public struct KeyBinding: Sendable, Hashable {
    public var keys: [KeyEvent]
    public var intent: Intent
    public var help: String
    /// Shown in the status bar's short list of keys that matter now.
    public var isPrimary: Bool

    public init(keys: [KeyEvent], intent: Intent, help: String, isPrimary: Bool = false) {
        self.keys = keys
        self.intent = intent
        self.help = help
        self.isPrimary = isPrimary
    }

    /// The keys as people write them (`Tab`, `q`, `Ctrl-C`).
    public var keyNames: String { keys.map(\.description).joined(separator: "/") }
}

/// The console's keys, in the habits of k9s and htop. Rebindable from a keys file.
public struct KeyMap: Sendable, Hashable {
    public var bindings: [KeyBinding]

    public init(bindings: [KeyBinding]) { self.bindings = bindings }

    /// The intent bound to a key, if any.
    public func intent(for key: KeyEvent) -> Intent? {
        bindings.first { $0.keys.contains(key) }?.intent
    }

    /// The binding of an intent.
    public func binding(for intent: Intent) -> KeyBinding? { bindings.first { $0.intent == intent } }

    /// The default keys.
    public static let standard = KeyMap(bindings: [
        KeyBinding(keys: [KeyEvent(.tab)], intent: .nextPane, help: "next pane", isPrimary: true),
        KeyBinding(keys: [KeyEvent(.backTab)], intent: .previousPane, help: "previous pane"),
        KeyBinding(keys: [.char("1")], intent: .focusRegionHealth, help: "region health"),
        KeyBinding(keys: [.char("2")], intent: .focusReplication, help: "replication matrix"),
        KeyBinding(keys: [.char("3")], intent: .focusSoftDelete, help: "soft-delete recovery"),
        KeyBinding(keys: [.char("4")], intent: .focusFailover, help: "failover"),
        KeyBinding(keys: [.char("5")], intent: .focusTimeline, help: "timeline"),
        KeyBinding(keys: [.char("6")], intent: .focusXRay, help: "x-ray"),
        KeyBinding(keys: [KeyEvent(.up), .char("k")], intent: .up, help: "move up"),
        KeyBinding(keys: [KeyEvent(.down), .char("j")], intent: .down, help: "move down"),
        KeyBinding(keys: [KeyEvent(.left), .char("h")], intent: .left, help: "scroll left"),
        KeyBinding(keys: [KeyEvent(.right), .char("l")], intent: .right, help: "scroll right"),
        KeyBinding(keys: [KeyEvent(.pageUp)], intent: .pageUp, help: "page up"),
        KeyBinding(keys: [KeyEvent(.pageDown)], intent: .pageDown, help: "page down"),
        KeyBinding(keys: [KeyEvent(.home), .char("g")], intent: .top, help: "first row"),
        KeyBinding(keys: [KeyEvent(.end), .char("G")], intent: .bottom, help: "last row"),
        KeyBinding(keys: [KeyEvent(.enter)], intent: .openDetail, help: "detail", isPrimary: true),
        KeyBinding(keys: [KeyEvent(.escape)], intent: .back, help: "back / close"),
        KeyBinding(keys: [.char("/")], intent: .filter, help: "filter the pane", isPrimary: true),
        KeyBinding(keys: [.char(":")], intent: .command, help: "command line", isPrimary: true),
        KeyBinding(keys: [.char("?")], intent: .help, help: "help", isPrimary: true),
        KeyBinding(keys: [.char(" ")], intent: .togglePlay, help: "play / pause the clock"),
        KeyBinding(keys: [.char("n")], intent: .nextEvent, help: "jump to the next scheduled event"),
        KeyBinding(keys: [.char("]")], intent: .nextHub, help: "next hub (failover, x-ray)"),
        KeyBinding(keys: [.char("[")], intent: .previousHub, help: "previous hub (failover, x-ray)"),
        KeyBinding(keys: [.char("z")], intent: .toggleMapZoom, help: "map: the estate's regions / the whole world"),
        KeyBinding(keys: [.char("c")], intent: .serviceCatalog, help: "service catalog (the guidance's tables, conflicts)"),
        KeyBinding(keys: [.char("q")], intent: .quit, help: "quit", isPrimary: true),
    ])
}
