import DRConsole
import DRDomain
import DRSimulation
import Testing
import TermUI

/// Item 7: keys that close what is open before they quit, half pages, and a filter that stays.
@Suite("keys an operator can trust")
struct TrustedKeyTests {
    @Test("q closes a detail overlay and the facilitator's instead of quitting")
    func qClosesOverlays() {
        var state = ConsoleFixtures.state(width: 160, height: 48)
        ConsoleFixtures.type([.char("4"), KeyEvent(.enter)], into: &state)
        #expect(state.showsDetail)
        #expect(Reducer.reduce(&state, .keyPressed(.char("q"))).isEmpty)
        #expect(!state.showsDetail)
        ConsoleFixtures.type([.char("?")], into: &state)
        #expect(Reducer.reduce(&state, .keyPressed(.char("q"))).isEmpty)
        #expect(!state.showsHelp)
        #expect(Reducer.reduce(&state, .keyPressed(.char("q"))) == [.quit])
    }

    @Test("quitting a session that holds notes or actions asks first, naming them")
    func quitAsksWithNotes() {
        var state = ConsoleFixtures.state(width: 160, height: 48)
        ConsoleFixtures.type(ConsoleFixtures.command("note waiting for Azure"), into: &state)
        ConsoleFixtures.type(ConsoleFixtures.command("inject region eastus2"), into: &state)
        ConsoleFixtures.type(ConsoleFixtures.command("failover hub-eus2") + [.char("y")], into: &state)
        #expect(Reducer.reduce(&state, .keyPressed(.char("q"))).isEmpty)
        #expect(state.input == .confirmQuit)
        let screen = ConsoleFixtures.render(state).lines().joined(separator: "\n")
        #expect(screen.contains("The timeline holds 1 note and 1 action and is not saved. Quit? (y/N)"))
        ConsoleFixtures.type([.char("n")], into: &state)
        #expect(state.input == .idle)
        ConsoleFixtures.type(ConsoleFixtures.command("quit"), into: &state)
        #expect(Reducer.reduce(&state, .keyPressed(.char("y"))) == [.quit])
    }

    @Test("Ctrl-D and Ctrl-U move half a page; Ctrl-U clears the command line")
    func halfPages() {
        var state = ConsoleFixtures.state(width: 160, height: 48)
        ConsoleFixtures.type(ConsoleFixtures.command("inject region eastus2"), into: &state)
        ConsoleFixtures.type([.char("n"), .char("5"), .char("g")], into: &state)
        let page = Viewport(size: state.size, focus: .timeline).visibleRows(.timeline)
        #expect(page >= 4)
        ConsoleFixtures.type([.ctrl("d")], into: &state)
        #expect(ConsoleFixtures.selection(.timeline, state) == page / 2)
        ConsoleFixtures.type([.ctrl("u")], into: &state)
        #expect(ConsoleFixtures.selection(.timeline, state) == 0)
        ConsoleFixtures.type([.char(":")] + "inject reg".map { KeyEvent.char($0) } + [.ctrl("u")], into: &state)
        #expect(state.input == .command(""))
    }

    @Test("Esc leaves the filter line and keeps the filter; Esc again clears it")
    func escKeepsFilter() {
        var state = ConsoleFixtures.state(width: 160, height: 48)
        ConsoleFixtures.type([.char("2"), .char("/")] + "kv".map { KeyEvent.char($0) } + [KeyEvent(.escape)], into: &state)
        #expect(state.input == .idle)
        #expect(state.filters[.replication] == "kv")
        ConsoleFixtures.type([KeyEvent(.escape)], into: &state)
        #expect(state.filters[.replication] == nil)
    }
}
