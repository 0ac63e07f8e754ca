import DRDomain
import DRSimulation
import Foundation
import Testing

/// R2: a zone outage pauses projects, spares zone-redundant resources, and takes zonal ones down.
@Suite("Zone outage")
struct ZoneOutageTests {
    @Test("R2: projects on a hub whose region has a zone down are paused")
    func projectsPause() {
        var sim = SimulationEngine.sample()
        sim.inject(.zoneOutage("eastus2-az1"))
        for project in ["proj-chat", "proj-docs", "proj-lab"] {
            #expect(sim.state(of: project) == .paused)
            #expect(sim.rules(of: project) == [.r2])
        }
    }

    @Test("R2: zone-redundant stores, the Key Vault and a zone-redundant registry keep serving")
    func zoneRedundantSurvive() {
        var sim = SimulationEngine.sample()
        sim.inject(.zoneOutage("eastus2-az1"))
        #expect(sim.state(of: "sthubeus2") == .available)
        #expect(sim.state(of: "kv-contoso-ai") == .available)
        #expect(sim.state(of: "acrcontosoai") == .available)
    }

    @Test("R2: RA-GRS (locally redundant in its primary) in an unknown zone is unknown, not serving")
    func lrsInUnknownZoneIsUnknown() {
        var sim = SimulationEngine.sample()
        sim.inject(.zoneOutage("eastus2-az1"))
        #expect(sim.state(of: "stdataeus2") == .unknown)
        #expect(sim.state(of: "stdataeus2")?.isServing == false)
        #expect(sim.status(of: "stdataeus2")?.reason.contains("may be down") == true)
        // The connections that use it are not counted as serving either.
        #expect(sim.state(of: "conn-eus2-data") == .unknown)
    }

    @Test("R2: compute in the zone is unavailable; compute in another zone serves")
    func zonalCompute() {
        var sim = SimulationEngine.sample()
        sim.inject(.zoneOutage("eastus2-az1"))
        #expect(sim.state(of: "ci-dev-eus2-01") == .unavailable)
        #expect(sim.state(of: "cluster-train-eus2") == .unavailable)
        #expect(sim.state(of: "ci-dev-eus2-02") == .available)
    }

    @Test("R2: LRS storage placed in the zone is unavailable; in another zone it serves")
    func lrsInZone() {
        var down = SimulationEngine.sample()
        down.inject(.zoneOutage("centralus-az2"))
        #expect(down.state(of: "sthubcus") == .unavailable)
        #expect(down.rules(of: "sthubcus") == [.r2])
        var up = SimulationEngine.sample()
        up.inject(.zoneOutage("centralus-az1"))
        #expect(up.state(of: "sthubcus") == .available)
    }

    @Test("R2: a zone-redundant store survives, where the same account as LRS in that zone does not")
    func zrsVersusLrs() {
        var zrs = SimulationEngine(estate: TinyEstate.make(region: "westeurope", storage: .standardZRS))
        zrs.inject(.zoneOutage("westeurope-az3"))
        #expect(zrs.state(of: "st-a") == .available)
        #expect(zrs.state(of: "hub-a")?.isServing == true)
        var lrs = SimulationEngine(estate: TinyEstate.make(region: "westeurope", storage: .standardLRS,
                                                           storageZone: "westeurope-az3"))
        lrs.inject(.zoneOutage("westeurope-az3"))
        #expect(lrs.state(of: "st-a") == .unavailable)
        #expect(lrs.state(of: "hub-a") == .unavailable)
        #expect(lrs.state(of: "proj-a") == .unavailable)
    }

    @Test("R2: every registry in a region with zones is zone-redundant, whatever its SKU and property")
    func everyRegistryIsZoneRedundant() {
        for sku in [RegistrySKU.basic, .standard, .premium] {
            let registry = ContainerRegistry(id: "acr-a", region: "westeurope", sku: sku, zoneRedundant: false)
            var sim = SimulationEngine(estate: TinyEstate.make(region: "westeurope", registry: registry))
            sim.inject(.zoneOutage("westeurope-az1"))
            #expect(sim.state(of: "acr-a") == .available)
            #expect(sim.status(of: "acr-a")?.reason.contains("zone-redundant") == true)
        }
    }

    @Test("R2: the projects resume when the zone returns")
    func projectsResume() {
        var sim = SimulationEngine.sample()
        sim.inject(.zoneOutage("eastus2-az1"))
        sim.clear(.zoneOutage("eastus2-az1"))
        #expect(sim.state(of: "proj-chat") == .available)
        #expect(sim.state(of: "ci-dev-eus2-01") == .available)
    }
}

/// R2 with two zones down: zone-redundant resources are unavailable too (azure-facts section 6).
@Suite("Zones counted")
struct ZoneCountTests {
    @Test("ZRS/GZRS storage and registries survive one zone and not two")
    func twoZonesDown() {
        var sim = SimulationEngine.sample()
        sim.inject(.zoneOutage("eastus2-az1"))
        #expect(sim.state(of: "sthubeus2") == .available)
        #expect(sim.state(of: "acrcontosoai") == .available)
        sim.inject(.zoneOutage("eastus2-az2"))
        #expect(sim.state(of: "sthubeus2") == .unavailable)
        #expect(sim.status(of: "sthubeus2")?.reason.contains("eastus2-az1, eastus2-az2 are down") == true)
        // The Premium registry serves from its replica, as in a region outage.
        #expect(sim.state(of: "acrcontosoai") == .degraded)
        #expect(sim.servedFrom("acrcontosoai") == "centralus")
        #expect(sim.state(of: "hub-eus2") == .unavailable)
        #expect(sim.engineRegion("eastus2") == .down)
        sim.clear(.zoneOutage("eastus2-az2"))
        #expect(sim.state(of: "sthubeus2") == .available)
        #expect(sim.engineRegion("eastus2") == .degraded)
    }

    @Test("a non-Premium registry with two zones down is unavailable")
    func basicRegistryTwoZones() {
        let registry = ContainerRegistry(id: "acr-a", region: "westeurope", sku: .basic)
        var sim = SimulationEngine(estate: TinyEstate.make(region: "westeurope", registry: registry))
        sim.inject(.zoneOutage("westeurope-az1"))
        sim.inject(.zoneOutage("westeurope-az2"))
        #expect(sim.state(of: "acr-a") == .unavailable)
    }

    @Test("LRS in an unknown zone is unknown, and what depends on it is not counted as serving")
    func unknownZoneDependents() {
        var sim = SimulationEngine(estate: TinyEstate.make(region: "westeurope", storage: .standardLRS))
        sim.inject(.zoneOutage("westeurope-az1"))
        #expect(sim.state(of: "st-a") == .unknown)
        #expect(sim.state(of: "hub-a") == .unknown)
        #expect(sim.state(of: "proj-a") == .unknown)
        #expect(sim.state(of: "proj-a")?.isServing == false)
    }
}

extension SimulationEngine {
    func engineRegion(_ name: RegionName) -> RegionState.Level { regionState(of: name).level }
}
