import DRConsole
import DRDrill
import DRSimulation
import Testing
import TermUI

/// Item 3: the timeline follows new events unless the operator scrolled away, says how many are new, and `G`
/// follows again.
@Suite("timeline follows")
struct TimelineFollowTests {
    func title(_ state: AppState) -> String {
        ConsoleFixtures.render(state).lines().first { $0.contains("5 Timeline") } ?? ""
    }

    @Test("moving away stops following and counts what is new; G follows again")
    func followAndResume() {
        var state = ConsoleFixtures.state(width: 160, height: 48)
        ConsoleFixtures.type(ConsoleFixtures.command("inject region eastus2"), into: &state)
        ConsoleFixtures.type([.char("5"), .char("k")], into: &state)
        let before = state.engine.events.count
        ConsoleFixtures.type(ConsoleFixtures.command("note checking the status page"), into: &state)
        let count = state.engine.events.count
        #expect(title(state).contains("Timeline (\(count), \(count - before) new: G follows)"), "\(title(state))")
        #expect(ConsoleFixtures.selection(.timeline, state) == before - 2)
        ConsoleFixtures.type([.char("G")], into: &state)
        ConsoleFixtures.type(ConsoleFixtures.command("note second note"), into: &state)
        #expect(ConsoleFixtures.selection(.timeline, state) == state.engine.events.count - 1)
        #expect(!title(state).contains("new"))
    }

    @Test("moving down onto the newest row follows again")
    func downToNewestFollows() {
        var state = ConsoleFixtures.state(width: 160, height: 48)
        ConsoleFixtures.type(ConsoleFixtures.command("inject region eastus2"), into: &state)
        ConsoleFixtures.type([.char("5"), .char("k"), .char("j")], into: &state)
        ConsoleFixtures.type(ConsoleFixtures.command("note again"), into: &state)
        #expect(ConsoleFixtures.selection(.timeline, state) == state.engine.events.count - 1)
    }
}

/// Item 3: a drill inject's message reaches the message line.
@Suite("drill messages on the message line")
struct DrillMessageLineTests {
    @Test("stepping to an inject shows its message to the players")
    func stepShowsMessage() throws {
        let runtime = try DrillConsoleTests.runtime([.char("N")], store: MemoryJournalStore(), session: try DrillConsoleTests.session())
        _ = try runtime.run(stopWhenIdle: true)
        let flash = runtime.state.flash?.text ?? ""
        #expect(flash.hasPrefix("stepped to inject plan"), "\(flash)")
        #expect(flash.contains("The incident commander asks for the failover plan of hub-eus2."), "\(flash)")
    }
}
