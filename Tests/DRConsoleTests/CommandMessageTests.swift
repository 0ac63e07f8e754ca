import DRConsole
import DRDomain
import DRSimulation
import Testing
import TermUI

/// The screen never contradicts the engine: messages derived from the events each command produced.
@Suite("messages say what the engine did")
struct CommandMessageTests {
    @Test("resubmit all during the outage is reported refused, with the reason, not done")
    func resubmitRefused() {
        var state = ConsoleFixtures.state(width: 160, height: 48)
        ConsoleFixtures.type(ConsoleFixtures.command("inject region eastus2"), into: &state)
        ConsoleFixtures.type([.char("n")], into: &state)
        #expect(state.engine.jobsToResubmit.count == 2)
        ConsoleFixtures.type(ConsoleFixtures.command("resubmit all"), into: &state)
        let flash = state.flash
        #expect(flash?.isError == true)
        #expect(flash?.text.hasPrefix("resubmit refused for all 2") == true)
        #expect(flash?.text.contains("unavailable") == true)
        #expect(flash?.text.contains("resubmitted") == false)
    }

    @Test("an inject already active is not reported as injected")
    func injectTwice() {
        var state = ConsoleFixtures.state(width: 160, height: 48)
        ConsoleFixtures.type(ConsoleFixtures.command("inject region eastus2"), into: &state)
        #expect(state.flash?.text.hasPrefix("injected: region eastus2 is down") == true)
        ConsoleFixtures.type(ConsoleFixtures.command("inject region eastus2"), into: &state)
        #expect(state.flash?.text == "nothing injected: region:eastus2: already active")
        #expect(state.flash?.isError == true)
    }

    @Test("a refused failover leaves the panes on the hub they showed")
    func refusedFailoverKeepsHub() {
        var state = ConsoleFixtures.state(width: 160, height: 48)
        let shown = state.selectedHub
        ConsoleFixtures.type(ConsoleFixtures.command("failover hub-cus"), into: &state)
        #expect(state.flash?.isError == true)
        #expect(state.flash?.text.hasPrefix("failover refused") == true)
        #expect(state.selectedHub == shown)
    }
}
