import DRConsole
import DRSimulation
import Testing
import TermUI

/// Item 4: a region's "Since" is when its outage started; durations carry units.
@Suite("times and units")
struct TimesAndUnitsTests {
    @Test("Since is the outage's start, not the time since, and the detail gives how long ago with units")
    func sinceIsTheStart() {
        var state = ConsoleFixtures.state(width: 160, height: 48)
        ConsoleFixtures.type(ConsoleFixtures.command("inject region eastus2"), into: &state)
        state.engine.advance(to: 1_800)
        ConsoleFixtures.type(ConsoleFixtures.command("inject service Storage eastus2"), into: &state)
        state.engine.advance(to: 5_430)
        let row = PaneTables().table(.regionHealth, state).rows.first { $0.id == "eastus2" }
        #expect(row?.cells.map(\.text).contains("T+00:00") == true, "\(row?.cells.map(\.text) ?? [])")
        #expect(row?.detail.contains("Since: T+00:00:00, 1h 30m 30s ago") == true)
    }

    @Test("durations read with units")
    func durations() {
        #expect(Clock.duration(43_198) == "11h 59m 58s")
        #expect(Clock.duration(72 * 86_400 + 5 * 3_600) == "72d 5h 0m")
        #expect(Clock.duration(245) == "4m 5s")
        #expect(Clock.duration(-3) == "0s")
        let screen = ConsoleFixtures.render(ConsoleFixtures.state(width: 160, height: 48)).lines().joined(separator: "\n")
        #expect(screen.contains("12h 0m 0s"))
    }
}
