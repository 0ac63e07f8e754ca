import DRConsole
import SnapshotTesting
import Testing
import TermUI

/// Whole screens as text grid plus style grid with a legend, at the sizes the console promises.
@Suite("screen snapshots")
struct ScreenSnapshotTests {
    @Test("the sample at rest", arguments: [(160, 48), (80, 24), (60, 16)])
    func atRest(width: Int, height: Int) {
        let buffer = ConsoleFixtures.render(ConsoleFixtures.state(width: width, height: height))
        assertSnapshot(of: buffer.snapshot(), as: .lines, named: "\(width)x\(height)")
    }

    @Test("a region outage of eastus2 after five minutes", arguments: [(160, 48), (80, 24)])
    func regionOutage(width: Int, height: Int) {
        var state = ConsoleFixtures.state(width: width, height: height)
        ConsoleFixtures.type(ConsoleFixtures.command("inject region eastus2"), into: &state)
        _ = Reducer.reduce(&state, .clockTicked(0))
        state.isPlaying = true
        _ = Reducer.reduce(&state, .clockTicked(300))
        state.isPlaying = false
        let buffer = ConsoleFixtures.render(state)
        assertSnapshot(of: buffer.snapshot(), as: .lines, named: "\(width)x\(height)")
    }

    @Test("help is generated from the key map")
    func help() {
        var state = ConsoleFixtures.state(width: 120, height: 40)
        ConsoleFixtures.type([.char("?")], into: &state)
        let firstPage = ConsoleFixtures.render(state)
        // Every key is in the help, on the first page or the next.
        var next = state
        ConsoleFixtures.type([KeyEvent(.pageDown)], into: &next)
        let text = (firstPage.lines() + ConsoleFixtures.render(next).lines()).joined(separator: "\n")
        for binding in state.keyMap.bindings { #expect(text.contains(binding.help), "help lacks \(binding.help)") }
        #expect(text.contains(":inject KIND ARGS..."))
        assertSnapshot(of: firstPage.snapshot(), as: .lines, named: "120x40")
    }

    @Test(":help VERB shows that command's entry, with the fault kinds for inject")
    func helpTopic() {
        var state = ConsoleFixtures.state(width: 120, height: 40)
        ConsoleFixtures.type(ConsoleFixtures.command("help inject"), into: &state)
        let text = ConsoleFixtures.render(state).lines().joined(separator: "\n")
        #expect(state.showsHelp)
        #expect(text.contains(":inject KIND ARGS..."))
        #expect(text.contains("inject readiness CHECK REGION"))
        #expect(text.contains("inject connection CONNECTION"))
        #expect(!text.contains(":failback HUB"))
        ConsoleFixtures.type([KeyEvent(.escape)] + ConsoleFixtures.command("help failovr"), into: &state)
        #expect(state.flash?.text.contains("did you mean 'failover'") == true)
    }

    @Test("the mono theme carries every state in text and attributes")
    func mono() {
        var state = ConsoleFixtures.state(width: 160, height: 48, theme: "mono")
        ConsoleFixtures.type(ConsoleFixtures.command("inject zone eastus2-az1"), into: &state)
        assertSnapshot(of: ConsoleFixtures.render(state).snapshot(), as: .lines, named: "160x48")
    }

    @Test("no crash and a clear message at every small size", arguments: [(1, 1), (2, 1), (10, 3), (40, 10), (59, 16), (60, 15)])
    func tooSmall(width: Int, height: Int) {
        let lines = ConsoleFixtures.render(ConsoleFixtures.state(width: width, height: height)).lines()
        #expect(lines.count == height)
        if width >= 18 && height >= 3 { #expect(lines.joined().contains("Terminal too small")) }
    }
}
