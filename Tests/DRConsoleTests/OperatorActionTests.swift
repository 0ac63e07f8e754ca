import DRConsole
import DRSimulation
import Testing
import TermUI

/// The operator's actions after an outage, through the `:` line: account failover and resubmitting jobs.
@Suite("operator actions in the console")
struct OperatorActionTests {
    @Test("a hub's default storage cannot be failed over; isolated data storage can")
    func accountFailover() {
        var state = ConsoleFixtures.state(width: 120, height: 40)
        ConsoleFixtures.type(ConsoleFixtures.command("inject region eastus2"), into: &state)
        ConsoleFixtures.type(ConsoleFixtures.command("account-failover sthubeus2"), into: &state)
        #expect(state.flash?.isError == true)
        #expect(state.flash?.text.contains("refused") == true)
        ConsoleFixtures.type(ConsoleFixtures.command("account-failover stdataeus2"), into: &state)
        #expect(state.flash?.isError == false)
        #expect(state.engine.events.contains { $0.kind == .action && $0.target == "stdataeus2" })
    }

    @Test("after failing over, resubmit all resubmits the jobs that failed (R4)")
    func resubmitAll() {
        var state = ConsoleFixtures.state(width: 120, height: 40)
        ConsoleFixtures.type(ConsoleFixtures.command("resubmit all"), into: &state)
        #expect(state.flash?.text == "no jobs to resubmit")
        ConsoleFixtures.type(ConsoleFixtures.command("inject region eastus2"), into: &state)
        // The secondary hub needs the vault: Microsoft's failover of it comes first (R3).
        ConsoleFixtures.type(ConsoleFixtures.command("inject keyvault-failover kv-contoso-ai"), into: &state)
        ConsoleFixtures.type([.char("n")], into: &state)
        ConsoleFixtures.type(ConsoleFixtures.command("failover hub-eus2") + [.char("y")], into: &state)
        for _ in 0..<12 { ConsoleFixtures.type([.char("n")], into: &state) }
        state.engine.advance(to: state.engine.now + 86_400) // the hot/cold project is served once deployed
        let failed = state.engine.jobsToResubmit
        #expect(failed.count == 2)
        ConsoleFixtures.type(ConsoleFixtures.command("resubmit all"), into: &state)
        #expect(state.flash?.text.hasPrefix("resubmitted 2 jobs") == true, "\(state.flash?.text ?? "")")
        let resubmitted = state.engine.events.filter { $0.kind == .action && $0.detail.hasPrefix("resubmit") }
        #expect(resubmitted.count == 2)
    }

    @Test("completion offers jobs and storage accounts")
    func completion() {
        var state = ConsoleFixtures.state(width: 120, height: 40)
        ConsoleFixtures.type([.char(":")] + "account-failover std".map { KeyEvent.char($0) } + [KeyEvent(.tab)], into: &state)
        #expect(state.input == .command("account-failover stdataeus2 "))
    }
}

@Suite("help and detail overlays")
struct OverlayScrollTests {
    @Test("help longer than the screen scrolls to its last line, then closes")
    func helpScrolls() {
        var state = ConsoleFixtures.state(width: 100, height: 30)
        ConsoleFixtures.type([.char("?")], into: &state)
        var screen = ConsoleFixtures.render(state).lines().joined(separator: "\n")
        #expect(screen.contains("j/k PgUp/PgDn scroll"))
        #expect(!screen.contains(":account-failover STORAGE"))
        ConsoleFixtures.type([.char("G")], into: &state)
        screen = ConsoleFixtures.render(state).lines().joined(separator: "\n")
        #expect(screen.contains("State (failover): DONE when the timeline wrote the step done"))
        #expect(state.focus == .regionHealth)
        ConsoleFixtures.type([KeyEvent(.escape)], into: &state)
        #expect(!state.showsHelp)
    }
}

@Suite("the scribe's notes")
struct NoteTests {
    @Test(":note writes the operator's words in the timeline, even read-only, and changes no state")
    func note() {
        var state = ConsoleFixtures.state(width: 160, height: 48)
        state.isReadOnly = true
        let before = state.engine.snapshot
        ConsoleFixtures.type(ConsoleFixtures.command("note decided to wait 30m for Azure before failing over"), into: &state)
        let last = state.engine.events.last
        #expect(last?.kind == .note)
        #expect(last?.target == "operator")
        #expect(last?.detail == "decided to wait 30m for Azure before failing over")
        #expect(state.engine.snapshot == before)
        let screen = ConsoleFixtures.render(state).lines().joined(separator: "\n")
        #expect(screen.contains("decided to wait 30m"))
        ConsoleFixtures.type(ConsoleFixtures.command("note"), into: &state)
        #expect(state.flash?.text == "usage: :note TEXT")
    }
}
