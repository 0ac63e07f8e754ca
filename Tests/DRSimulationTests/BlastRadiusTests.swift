import DRDomain
import DRTestSupport
import DRSimulation
import Foundation
import Testing

/// Single-fault enumeration (blast radius) and the large-estate generator.
@Suite("Blast radius")
struct BlastRadiusTests {
    let report = BlastRadius.enumerate(Sample.estate)

    func find(_ fault: Fault) -> FailureMode? { report.modes.first { $0.fault == fault } }

    @Test("every region, zone, service per region and resource deletion is enumerated")
    func enumeratesEverything() {
        let estate = Sample.estate
        let regions = estate.usedRegions.count
        let zones = estate.usedRegions.reduce(0) { $0 + (estate.regions.region(named: $1)?.zones.count ?? 0) }
        #expect(report.modes.count == regions + zones + regions * AzureService.allCases.count + estate.allResources.count)
    }

    @Test("eastus2 down: both hubs stop (they share a vault that awaits Microsoft's failover); unbounded")
    func regionMode() throws {
        let mode = try #require(find(.regionOutage("eastus2")))
        let down = Set(mode.takesDown.map(\.id))
        #expect(down.isSuperset(of: ["hub-eus2", "hub-cus", "proj-chat", "proj-docs", "proj-lab"]))
        #expect(mode.criticalServing == 0)
        #expect(mode.criticalProjects == 2)
        #expect(mode.recoveryPath.contains("wait for Microsoft's failover of Key Vault kv-contoso-ai"))
        #expect(mode.recoveryPath.contains("then fail over to hub-cus"))
        #expect(mode.recoveryTime == nil)
    }

    @Test("a Machine Learning outage of eastus2 is recovered by failing over to hub-cus")
    func machineLearningMode() throws {
        let mode = try #require(find(.serviceOutage(.machineLearning, "eastus2")))
        #expect(mode.recoveryPath.contains("fail over to hub-cus"))
        // hot/warm with the sample's readiness gaps: 1h 15m until the critical resources serve (noncritical
        // deployment comes after, outside the RTO) + 1h remediation + 15m verification.
        #expect(mode.recoveryTime == 9_000)
    }

    @Test("a zone down pauses the projects and waits for the zone")
    func zoneMode() throws {
        let mode = try #require(find(.zoneOutage("eastus2-az1")))
        #expect(mode.takesDown.contains { $0.id == "proj-chat" && $0.status.state == .paused })
        #expect(!mode.impacts.contains { $0.id == "sthubeus2" })
        #expect(mode.recoveryTime == FailoverPlaybook.zoneOutagePause)
    }

    @Test("the Key Vault deleted is recovered from soft delete; a project deleted is unbounded")
    func deletionModes() throws {
        let vault = try #require(find(.resourceDeleted("kv-contoso-ai")))
        #expect(vault.criticalServing == 0)
        #expect(vault.recoveryTime == ActionDurations.recovery(of: .keyVault))
        let project = try #require(find(.resourceDeleted("proj-chat")))
        #expect(project.recoveryTime == nil)
        #expect(report.unboundedModes.contains { $0.fault == .resourceDeleted("proj-chat") })
    }

    @Test("a fault that touches nothing critical keeps resilience at one")
    func harmlessMode() throws {
        let mode = try #require(find(.resourceDeleted("appi-cus")))
        #expect(mode.resilience == 1)
        #expect(mode.recoveryTime == 0)
        #expect(!mode.isSignificant)
    }

    @Test("summary figures: resilience between 0 and 1, the worst bounded recovery, a table")
    func summary() throws {
        #expect(report.resilience > 0 && report.resilience < 1)
        let worst = try #require(report.worstRecovery)
        #expect(worst.recoveryTime == 9_000)
        let table = report.table()
        #expect(table.first == ["FAULT", "TAKES DOWN", "CRITICAL SERVING", "RECOVERY", "HOW"])
        #expect(report.text().contains("Resilience"))
    }

    @Test("probing leaves no trace: enumerating twice gives the same report")
    func probingIsClean() {
        #expect(BlastRadius.enumerate(Sample.estate) == report)
    }

    @Test("the generator makes a large estate over 30+ regions, reproducibly")
    func generator() {
        let estate = EstateGenerator.make(resources: 10_000, seed: 3)
        #expect(estate.allResources.count >= 9_900)
        #expect(Set(estate.hubs.map(\.region)).count >= 30)
        #expect(Set(estate.allResources.map(\.id)).count == estate.allResources.count)
        #expect(EstateGenerator.make(resources: 10_000, seed: 3) == estate)
    }

    @Test("a generated estate enumerates and clears cleanly")
    func generatedEnumeration() {
        let estate = EstateGenerator.make(hubPairs: 40, seed: 5)
        let report = BlastRadius.enumerate(estate)
        #expect(report.modes.count == BlastRadius.faults(of: estate).count)
        var sim = SimulationEngine(estate: estate)
        let baseline = sim.snapshot
        sim.inject(.regionOutage(estate.hubs[0].region))
        sim.clearAllFaults()
        #expect(sim.snapshot.filter { $0.kind != .job } == baseline.filter { $0.kind != .job })
    }
}
