@testable import DRConsole
import DRImport
import DRSimulation
import Testing

/// The failover pane's MET/MISSED once a project serves from the secondary: measured from when this outage took
/// it out, as the timeline's note and the drill's score are.
@Suite("a project's recovery as the failover pane measures it")
struct ProjectRecoveryTests {
    @Test("after a failback and a second outage, the time out is the second outage's, not since the first")
    func secondOutage() throws {
        var sim = SimulationEngine(estate: ConsoleFixtures.sample, seed: 5)
        sim.inject(.regionOutage("eastus2"))
        sim.inject(.keyVaultFailover("kv-contoso-ai"))
        sim.advance(to: 1_200)
        sim.perform(.failover(hub: "hub-eus2"))
        sim.advance(to: 6 * 3_600)
        let first = try #require(ProjectRecovery(sim, "proj-chat"))
        sim.clear(.regionOutage("eastus2"))
        sim.clear(.keyVaultFailover("kv-contoso-ai"))
        sim.advance(to: 6 * 3_600 + 600)
        sim.perform(.failback(hub: "hub-eus2"))
        sim.advance(to: 9 * 3_600)
        let failedBack = !sim.isFailedOver(hub: "hub-eus2")
        #expect(failedBack, "failed back before the second outage")

        sim.inject(.regionOutage("eastus2"))
        sim.inject(.keyVaultFailover("kv-contoso-ai"))
        sim.advance(to: 9 * 3_600 + 300)
        sim.perform(.failover(hub: "hub-eus2"))
        sim.advance(to: 16 * 3_600)
        let second = try #require(ProjectRecovery(sim, "proj-chat"))
        #expect(second.since > 9 * 3_600)
        #expect(second.outFor < 4 * 3_600, "measured from T+9h, not from the first outage at T+0: \(second.outFor)")
        #expect(second.outFor >= second.since - 9 * 3_600 - 1)
        #expect(first.outFor < 4 * 3_600)
    }

    @Test("a state event stops serving only when it goes from available or degraded to anything else")
    func stopsServing() {
        let stops = { (detail: String) in StateChange(detail)?.stopsServingProject == true }
        #expect(stops("available -> unavailable: eastus2 is down"))
        #expect(stops("degraded -> paused: zone down"))
        #expect(!stops("paused -> unavailable: the zone's region is down"))
        #expect(!stops("unavailable -> degraded (served from centralus): failed over"))
        #expect(!stops("available -> degraded: slower"))
        #expect(!stops("a note that mentions -> arrows"))
    }
}
