import DRConsole
import Testing
import TermUI

/// Item 11: Tab in reading order; a Tab that cannot complete lists the candidates.
@Suite("reading order and completion")
struct PaneOrderTests {
    @Test("Tab visits the panes left to right, top to bottom as laid out at 160x48; Shift-Tab goes back")
    func readingOrder() {
        var state = ConsoleFixtures.state(width: 160, height: 48)
        var visited = [state.focus]
        for _ in 0..<5 {
            ConsoleFixtures.type([KeyEvent(.tab)], into: &state)
            visited.append(state.focus)
        }
        #expect(visited == [.regionHealth, .replication, .failover, .xray, .softDelete, .timeline])
        ConsoleFixtures.type([KeyEvent(.tab)], into: &state)
        #expect(state.focus == .regionHealth)
        ConsoleFixtures.type([KeyEvent(.backTab)], into: &state)
        #expect(state.focus == .timeline)
    }

    @Test("a second Tab lists the candidates above the command line")
    func candidatesOnSecondTab() {
        var state = ConsoleFixtures.state(width: 160, height: 48)
        ConsoleFixtures.type([.char(":")] + "inject re".map { KeyEvent.char($0) } + [KeyEvent(.tab)], into: &state)
        #expect(state.input == .command("inject re"))
        #expect(state.completions == ["readiness", "region"])
        let screen = ConsoleFixtures.render(state).lines()
        #expect(screen[screen.count - 2].contains("Tab: readiness  region"))
        ConsoleFixtures.type([.char("g"), KeyEvent(.tab)], into: &state)
        #expect(state.input == .command("inject region "))
        #expect(state.completions.isEmpty)
    }
}
