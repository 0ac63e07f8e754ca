import DRDomain
import DRTestSupport
import DRSimulation
import Foundation
import Testing

/// Many projects and connections on one hub pair: a fault costs what it reaches, not projects times connections.
@Suite("Wide estates")
struct WideEstateTests {
    @Test("losing one of a purpose's two connections recomputes the connection, not the hub's projects")
    func redundantConnectionLost() {
        var sim = SimulationEngine(estate: EstateGenerator.wide(projects: 400, connections: 100), seed: 1)
        let before = sim.recomputations
        sim.inject(.resourceDeleted("conn-0"))
        #expect(sim.recomputations - before < 10)
        #expect(sim.state(of: "proj-0") == .available)
    }

    @Test("R7: losing both of a critical purpose's connections degrades every project of the hub, citing both")
    func criticalPurposeLost() {
        var sim = SimulationEngine(estate: EstateGenerator.wide(projects: 40, connections: 20), seed: 1)
        sim.inject(.resourceDeleted("conn-0"))
        sim.inject(.resourceDeleted("conn-2"))
        for p in 0..<40 {
            #expect(sim.state(of: "proj-\(p)") == .degraded)
            #expect(sim.status(of: "proj-\(p)")?.reason == "critical purpose purpose-0 lost: conn-0, conn-2 unavailable")
        }
        sim.clear(.resourceDeleted("conn-2"))
        #expect(sim.state(of: "proj-0") == .available)
    }

    @Test("R7: failed over, a project needs its primary's critical purposes on the secondary hub")
    func purposesOnTheSecondary() {
        var estate = EstateGenerator.wide(projects: 4, connections: 8)
        estate.connections.removeAll { $0.id == "conn-1" || $0.id == "conn-3" }
        var sim = SimulationEngine(estate: estate, seed: 1)
        sim.inject(.regionOutage("eastus2"), settle: 600)
        sim.perform(.failover(hub: "hub-0"))
        sim.advance(to: 86_400)
        #expect(sim.servedFrom("proj-0") == "centralus")
        #expect(sim.status(of: "proj-0")?.reason.contains("critical purpose purpose-0 has no connection on hub-0-s") == true)
    }

    /// The statuses computed to inject and clear every single fault in turn.
    static func workOfEveryFault(_ estate: Estate) -> Int {
        var sim = SimulationEngine(estate: estate, seed: 1)
        sim.recordsEvents = false
        let start = sim.recomputations
        for fault in BlastRadius.faults(of: estate) {
            sim.inject(fault)
            sim.clear(fault)
        }
        return sim.recomputations - start
    }

    @Test("every single fault on 4x the projects and connections costs about 4x the work")
    func linearWork() {
        let small = Self.workOfEveryFault(EstateGenerator.wide(projects: 400, connections: 100))
        let large = Self.workOfEveryFault(EstateGenerator.wide(projects: 1_600, connections: 400))
        #expect(Double(large) / Double(small) < 6, "work \(small) -> \(large)")
    }

    @Test("a failure mode keeps at most the cap of impacts, with exact counts")
    func impactsCapped() throws {
        let report = BlastRadius.enumerate(EstateGenerator.wide(projects: 1_200, connections: 20))
        let mode = try #require(report.modes.first { $0.fault == .regionOutage("eastus2") })
        #expect(mode.impacts.count == BlastRadius.impactsKeptPerMode)
        #expect(mode.impactCount > 1_200)
        #expect(mode.takesDownCount >= 1_200)
        #expect(report.table().contains { $0[0] == "region:eastus2" && $0[1].contains("+\(mode.takesDownCount - 4)") })
    }
}
