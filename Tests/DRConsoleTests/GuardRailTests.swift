import DRConsole
import DRDomain
import DRSimulation
import Testing
import TermUI

/// Item 6: guard rails before what an operator may not mean.
@Suite("guard rails")
struct GuardRailTests {
    @Test(":failover with failed or unknown preflight asks, naming the checks; any key but y stays")
    func failoverAsks() {
        var state = ConsoleFixtures.outageWithNetworkingGap()
        ConsoleFixtures.type(ConsoleFixtures.command("failover hub-eus2"), into: &state)
        guard case .confirm(let question) = state.input else {
            Issue.record("no question: \(state.input)")
            return
        }
        #expect(question.question.contains("networking FAILS"))
        #expect(question.question.contains("roleAssignments unknown"))
        let screen = ConsoleFixtures.render(state).lines().joined(separator: "\n")
        #expect(screen.contains("fail over anyway?"))
        ConsoleFixtures.type([.char("x")], into: &state)
        var failedOver = state.engine.isFailedOver(hub: "hub-eus2")
        #expect(!failedOver)
        #expect(state.flash?.text == "cancelled: nothing done")
        ConsoleFixtures.type(ConsoleFixtures.command("failover hub-eus2") + [.char("y")], into: &state)
        failedOver = state.engine.isFailedOver(hub: "hub-eus2")
        #expect(failedOver)
    }

    @Test("n that would cross a purge deadline asks first; n again jumps; it says what happened there")
    func jumpAcrossPurge() {
        var state = ConsoleFixtures.state(width: 160, height: 48)
        guard let first = state.purgeDeadlines.map(\.at).first(where: { $0 > 0 }) else {
            Issue.record("the sample has no recoverable deleted resource")
            return
        }
        // Something scheduled after the purge: n would cross it.
        state.engine.schedule(.regionOutage("eastus2"), at: first + 60)
        ConsoleFixtures.type([.char("n")], into: &state)
        guard case .confirm(let question) = state.input else {
            Issue.record("n jumped without asking: \(state.flash?.text ?? "")")
            return
        }
        #expect(question.question.contains("crosses the purge of"))
        #expect(state.engine.now == 0)
        ConsoleFixtures.type([.char("n")], into: &state)
        #expect(state.engine.now == first + 60)
        #expect(state.flash?.text.hasPrefix("T+") == true)
        #expect(state.flash?.text.contains("region:eastus2") == true)
    }

    @Test(":recover into a region that is down says what will happen")
    func recoverIntoDownRegion() {
        var state = ConsoleFixtures.state(width: 160, height: 48)
        ConsoleFixtures.type(ConsoleFixtures.command("delete stdataeus2"), into: &state)
        ConsoleFixtures.type(ConsoleFixtures.command("inject region eastus2"), into: &state)
        ConsoleFixtures.type(ConsoleFixtures.command("recover stdataeus2"), into: &state)
        #expect(state.flash?.text.contains("eastus2 is down: stdataeus2 comes back there and stays unavailable") == true,
                "\(state.flash?.text ?? "")")
    }
}
