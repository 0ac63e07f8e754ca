import DRConsole
import DRSimulation
import Testing
import TermUI

/// Item 8: on small screens the banner keeps mode, clock, run state and fault count, and shortens names.
@Suite("banner on small screens")
struct SmallScreenBannerTests {
    @Test("a drill with a long scenario name at 80x24 and 60x16 keeps mode, clock, run state and fault count", arguments: [80, 60])
    func essentialsFirst(width: Int) {
        var state = ConsoleFixtures.state(width: width, height: width == 80 ? 24 : 16)
        state.mode = .drill
        state.scenarioName = "region-outage-eastus2"
        state.journalPath = "/tmp/journal.sqlite"
        ConsoleFixtures.type(ConsoleFixtures.command("inject region eastus2"), into: &state)
        let banner = ConsoleFixtures.render(state).lines()[0]
        #expect(banner.contains("DRILL"), "\(banner)")
        #expect(banner.contains("T+00:00:00"), "\(banner)")
        #expect(banner.contains("PAUSED"), "\(banner)")
        #expect(banner.contains("faults(1)") || banner.contains("1 fault"), "\(banner)")
    }

    @Test("at 160 columns everything shows, scenario and fault names included")
    func wideShowsAll() {
        var state = ConsoleFixtures.state(width: 160, height: 48)
        state.scenarioName = "region-outage-eastus2"
        ConsoleFixtures.type(ConsoleFixtures.command("inject region eastus2"), into: &state)
        let banner = ConsoleFixtures.render(state).lines()[0]
        for part in ["SIMULATION", "T+00:00:00", "PAUSED", "faults(1)", "contoso-ai", "scenario region-outage-eastus2", "region:eastus2"] {
            #expect(banner.contains(part), "\(part) in \(banner)")
        }
    }
}
