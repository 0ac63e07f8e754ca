import DRDomain
import DRSimulation
import Foundation
import Testing

/// Live health as an engine input (model rules 32 and 36): what a reason calls live must be what live data says.
@Suite("Live inputs")
struct LiveInputTests {
    private static func live(_ state: ResourceState) -> LiveInputs {
        LiveInputs(resources: ["st-a": LiveResourceInput(state: state, detail: "\(state.rawValue) (Resource Health)")])
    }

    @Test("a dependency is quoted as live only when live data decides its state, not when a drill makes it worse")
    func liveWordingOnlyWhenLiveDecides() {
        var sim = SimulationEngine(estate: TinyEstate.make(region: "westeurope", storage: .standardLRS))
        sim.setLive(Self.live(.degraded))
        #expect(sim.state(of: "hub-a") == .degraded)
        #expect(sim.status(of: "hub-a")?.reason.contains("live: st-a degraded") == true)
        // A simulated Storage outage on top: the account is unavailable by the drill; Resource Health says degraded.
        sim.inject(.serviceOutage(.storage, "westeurope"))
        #expect(sim.state(of: "st-a") == .unavailable)
        #expect(sim.status(of: "st-a")?.source == [.live, .simulated])
        let reason = sim.status(of: "hub-a")?.reason ?? ""
        #expect(sim.state(of: "hub-a") == .unavailable)
        #expect(!reason.contains("live: st-a unavailable"), "\(reason)")
        #expect(reason.contains("default storage st-a is unavailable"), "\(reason)")
        // Live data that says unavailable is quoted as live.
        sim.clear(.serviceOutage(.storage, "westeurope"))
        sim.setLive(Self.live(.unavailable))
        #expect(sim.status(of: "hub-a")?.reason.contains("live: st-a unavailable") == true)
    }
}
