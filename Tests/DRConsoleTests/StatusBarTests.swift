@testable import DRConsole
import Testing
import TermUI

/// The status bar and help are generated from the key map, per pane, and fit narrow screens whole.
@Suite("status bar and help from the key map")
struct StatusBarTests {
    /// The standard keys with some rebound, as a keys file would.
    static func rebound() -> KeyMap {
        var map = KeyMap.standard
        func rebind(_ intent: Intent, _ keys: [KeyEvent]) {
            for index in map.bindings.indices { map.bindings[index].keys.removeAll { keys.contains($0) } }
            if let index = map.bindings.firstIndex(where: { $0.intent == intent }) { map.bindings[index].keys = keys }
        }
        rebind(.togglePlay, [.char("p")])
        rebind(.previousHub, [.char("<")])
        rebind(.nextHub, [.char(">")])
        rebind(.quit, [.char("Q")])
        rebind(.back, [.char("x")])
        rebind(.left, [.char("a")])
        rebind(.right, [.char("d")])
        rebind(.down, [.char("s")])
        rebind(.up, [.char("w")])
        return map
    }

    static func statusLine(_ state: AppState) -> String {
        ConsoleFixtures.render(state).lines()[state.size.height - 2]
    }

    @Test("a rebound key shows in the status bar, per pane, and in help")
    func reboundKeysShowEverywhere() {
        var state = ConsoleFixtures.state(width: 160, height: 48)
        state.keyMap = Self.rebound()
        var line = Self.statusLine(state)
        #expect(line.contains(" p play "), "\(line)")
        #expect(line.contains(" Q quit "), "\(line)")
        #expect(!line.contains("Space"), "\(line)")
        #expect(!line.contains("hub"), "hub keys show only where they matter: \(line)")
        ConsoleFixtures.type([.char("4")], into: &state)
        line = Self.statusLine(state)
        #expect(line.contains(" </> hub "), "\(line)")
        ConsoleFixtures.type([.char("2")], into: &state)
        line = Self.statusLine(state)
        #expect(line.contains(" a/d scroll sideways "), "\(line)")
        ConsoleFixtures.type([.char("?")], into: &state)
        line = Self.statusLine(state)
        #expect(line.contains(" x/Q close help "), "\(line)")
        #expect(line.contains(" w/s scroll "), "\(line)")
        let screen = ConsoleFixtures.render(state).lines().joined(separator: "\n")
        #expect(screen.contains("Help (x closes)"))
        #expect(screen.contains("s/w PgUp/PgDn scroll"))
        #expect(screen.contains(" p play / pause the clock"))
    }

    @Test("at 60 and 80 columns the status bar shows whole hints, help and quit always", arguments: [60, 80, 100])
    func fitsNarrowScreens(width: Int) {
        for pane in PaneID.allCases {
            var state = ConsoleFixtures.state(width: width, height: 24)
            state.focus = pane
            let line = Self.statusLine(state).trimmingCharacters(in: .whitespaces)
            #expect(line.contains("? help"), "\(pane) at \(width): \(line)")
            #expect(line.contains("q quit"), "\(pane) at \(width): \(line)")
            let labels = StatusBarView.hints(state).flatMap { [$0.label, $0.short] }
            #expect(labels.contains { line.hasSuffix($0) }, "\(pane) at \(width) ends mid-hint: '\(line)'")
        }
    }

    @Test("pane digits in a row show as a range; other groups keep their keys")
    func compactRuns() {
        #expect(StatusBarView.compactRun("1/2/3/4/5/6") == "1-6")
        #expect(StatusBarView.compactRun("1/3/4") == "1/3/4")
        #expect(StatusBarView.compactRun("[/]") == "[/]")
    }
}
