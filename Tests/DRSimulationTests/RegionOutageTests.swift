import DRDomain
import DRSimulation
import Foundation
import Testing

/// R1, R3, R5: a full outage of the primary region of the sample.
@Suite("Region outage")
struct RegionOutageTests {
    @Test("R1: hub-eus2 and its projects are unavailable until the operator fails over")
    func hubAndProjectsWaitForFailover() {
        var sim = SimulationEngine.sample()
        sim.inject(.regionOutage("eastus2"), settle: 3_600)
        #expect(sim.state(of: "hub-eus2") == .unavailable)
        #expect(sim.rules(of: "hub-eus2").contains(.r1))
        for project in ["proj-chat", "proj-docs", "proj-lab"] {
            #expect(sim.state(of: project) == .unavailable)
            #expect(sim.rules(of: project) == [.r1])
            #expect(sim.servedFrom(project) == nil)
        }
    }

    @Test("R1: after failover the projects are served from the secondary hub's region")
    func projectsServedFromSecondaryAfterFailover() {
        var sim = SimulationEngine.sample()
        sim.inject(.regionOutage("eastus2"), settle: 600)
        sim.inject(.keyVaultFailover("kv-contoso-ai"), settle: 600)
        sim.perform(.failover(hub: "hub-eus2"), settle: 12 * 3_600)
        for project in ["proj-chat", "proj-docs", "proj-lab"] {
            #expect(sim.state(of: project)?.isServing == true)
            #expect(sim.servedFrom(project) == "centralus")
            #expect(sim.rules(of: project).contains(.r1))
        }
        #expect(sim.state(of: "hub-eus2") == .unavailable)
        #expect(sim.events.contains { $0.kind == .outcome && $0.target == "hub-eus2" })
    }

    @Test("R3/R11: kv-contoso-ai waits for Microsoft's failover, then is read-only from centralus")
    func keyVaultFailsOverReadOnly() {
        var sim = SimulationEngine.sample()
        sim.inject(.regionOutage("eastus2"))
        sim.advance(to: 6 * 3_600)
        #expect(sim.state(of: "kv-contoso-ai") == .unavailable)
        #expect(sim.status(of: "kv-contoso-ai")?.reason.contains("awaiting Microsoft-managed failover") == true)
        sim.inject(.keyVaultFailover("kv-contoso-ai"))
        sim.advance(to: 6 * 3_600 + 240)
        #expect(sim.state(of: "kv-contoso-ai") == .unavailable)
        sim.advance(to: 6 * 3_600 + 300)
        #expect(sim.state(of: "kv-contoso-ai") == .readOnly)
        #expect(sim.servedFrom("kv-contoso-ai") == "centralus")
        #expect(sim.rules(of: "kv-contoso-ai") == [.r3, .r11])
    }

    @Test("R3: the Premium registry is served by its centralus replica")
    func registryServedByReplica() {
        var sim = SimulationEngine.sample()
        sim.inject(.regionOutage("eastus2"), settle: 60)
        #expect(sim.state(of: "acrcontosoai") == .degraded)
        #expect(sim.servedFrom("acrcontosoai") == "centralus")
    }

    @Test("R3: RA-GZRS default storage is read-only from its secondary; RA-GRS data storage too")
    func readAccessStorageIsReadOnly() {
        var sim = SimulationEngine.sample()
        sim.inject(.regionOutage("eastus2"), settle: 60)
        #expect(sim.state(of: "sthubeus2") == .readOnly)
        #expect(sim.servedFrom("sthubeus2") == "centralus")
        #expect(sim.state(of: "stdataeus2") == .readOnly)
        #expect(sim.rules(of: "stdataeus2") == [.r3, .r11])
    }

    @Test("R3: GRS without read access is unavailable but durable")
    func geoStorageWithoutReadAccess() {
        var sim = SimulationEngine(estate: TinyEstate.make(region: "eastus2", storage: .standardGRS))
        sim.inject(.regionOutage("eastus2"), settle: 60)
        #expect(sim.state(of: "st-a") == .unavailable)
        #expect(sim.status(of: "st-a")?.reason.contains("durable in centralus") == true)
    }

    @Test("R3: App Insights and AI Services in the region are unavailable; those elsewhere serve")
    func regionalServices() {
        var sim = SimulationEngine.sample()
        sim.inject(.regionOutage("eastus2"), settle: 60)
        #expect(sim.state(of: "appi-eus2") == .unavailable)
        #expect(sim.state(of: "appi-cus") == .available)
        #expect(sim.state(of: "ais-contoso-eus2") == .unavailable)
        #expect(sim.state(of: "ais-contoso-cus") == .available)
    }

    @Test("R3: a connection to the down region fails, but its purpose survives through a second region")
    func connectionPurposeSurvives() {
        var sim = SimulationEngine.sample()
        sim.inject(.serviceOutage(.aiServices, "eastus2"), settle: 60)
        #expect(sim.state(of: "conn-eus2-ais-eus2") == .unavailable)
        #expect(sim.rules(of: "conn-eus2-ais-eus2") == [.r3])
        #expect(sim.state(of: "conn-eus2-ais-cus") == .available)
        // foundry-tools survives; document-intelligence has no second region, so the projects degrade.
        #expect(sim.state(of: "proj-chat") == .degraded)
        #expect(sim.status(of: "proj-chat")?.reason.contains("document-intelligence") == true)
        #expect(sim.status(of: "proj-chat")?.reason.contains("foundry-tools") == false)
    }

    @Test("R3: losing only a backed-up connection leaves the projects available")
    func backedUpConnectionLeavesProjectsAlone() {
        var sim = SimulationEngine.sample()
        sim.inject(.connectionLost("conn-eus2-ais-eus2"))
        #expect(sim.state(of: "conn-eus2-ais-eus2") == .unavailable)
        #expect(sim.state(of: "proj-chat") == .available)
        #expect(sim.state(of: "hub-eus2") == .available)
    }

    @Test("R5: the outage notes that metadata is lost and how much storage data is at risk")
    func metadataNotes() {
        var sim = SimulationEngine.sample()
        sim.inject(.regionOutage("eastus2"))
        let notes = sim.events.filter { $0.kind == .note && $0.rule == .r5 }
        #expect(notes.contains { $0.target == "hub-eus2" && $0.detail.contains("metadata") })
        #expect(notes.contains { $0.target == "sthubeus2" && $0.detail.contains("8m") })
    }

    @Test("the secondary region's own resources keep serving once Microsoft has failed the shared vault over")
    func secondaryRegionUnaffected() {
        var sim = SimulationEngine.sample()
        sim.inject(.regionOutage("eastus2"))
        sim.inject(.keyVaultFailover("kv-contoso-ai"), settle: 600)
        #expect(sim.state(of: "sthubcus") == .available)
        #expect(sim.state(of: "cluster-train-cus") == .available)
        #expect(sim.state(of: "conn-cus-ais-cus") == .available)
        #expect(sim.state(of: "conn-cus-ais-eus2") == .unavailable)
    }

    @Test("R1/R3: a Machine Learning service outage takes the hub, its projects and compute down, not its stores")
    func machineLearningOutage() {
        var sim = SimulationEngine.sample()
        sim.inject(.serviceOutage(.machineLearning, "eastus2"), settle: 600)
        #expect(sim.state(of: "hub-eus2") == .unavailable)
        #expect(sim.rules(of: "proj-docs") == [.r1])
        #expect(sim.state(of: "cluster-train-eus2") == .unavailable)
        #expect(sim.state(of: "sthubeus2") == .available)
        #expect(sim.state(of: "kv-contoso-ai") == .available)
        #expect(sim.state(of: "hub-cus") == .available)
    }

    @Test("R3: in a Storage service outage the RA-GZRS default storage is readable at its secondary, but the hub uses the primary: it is down and its running jobs fail")
    func storageServiceOutage() {
        var sim = SimulationEngine.sample()
        sim.inject(.serviceOutage(.storage, "eastus2"))
        #expect(sim.state(of: "sthubeus2") == .readOnly)
        #expect(sim.state(of: "hub-eus2") == .unavailable)
        #expect(sim.status(of: "hub-eus2")?.reason.contains("sthubeus2-secondary") == true)
        // Seed 103: a hub's default storage cannot be failed over, so no advice may offer that way out.
        let reason = sim.status(of: "hub-eus2")?.reason ?? ""
        #expect(!reason.contains("account failover"), "\(reason)")
        #expect(reason.contains("does not support failing over a hub's default storage"), "\(reason)")
        let repoint = sim.failoverPlan(for: "hub-eus2")?.repoint.first { $0.contains("sthubeus2-secondary") } ?? ""
        #expect(!repoint.contains("or failed over") && repoint.contains("cannot be failed over"), "\(repoint)")
        #expect(sim.state(of: "proj-chat") == .unavailable)
        #expect(sim.jobsToResubmit.contains("job-finetune-chat-0412"))
        #expect(sim.state(of: "kv-contoso-ai") == .available)
    }

    @Test("R3: a connection to RA-GRS data storage whose primary is down is unavailable until re-pointed")
    func connectionToReadAccessStorage() throws {
        var sim = SimulationEngine.sample()
        sim.inject(.serviceOutage(.storage, "eastus2"))
        #expect(sim.state(of: "stdataeus2") == .readOnly)
        #expect(sim.state(of: "conn-cus-data") == .unavailable)
        #expect(sim.status(of: "conn-cus-data")?.reason.contains("stdataeus2-secondary") == true)
        let plan = try #require(sim.failoverPlan(for: "hub-eus2"))
        #expect(plan.repoint.contains { $0.contains("stdataeus2-secondary") && $0.contains("read-only") })
    }
}
