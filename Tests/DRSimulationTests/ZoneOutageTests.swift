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
        // The region is effectively down: RA-GZRS is readable at its secondary endpoint, as in a region outage.
        #expect(sim.state(of: "sthubeus2") == .readOnly)
        #expect(sim.servedFrom("sthubeus2") == "centralus")
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

    @Test("geo-redundant storage whose primary is out by zones: RA-* readable at the secondary, GRS/GZRS durable there")
    func geoStorageOutByZones() {
        // azure-facts section 6: RA-GRS in a zone (datacenter) outage is as GRS (durable, writes need an account
        // failover) with its secondary readable; with two zones down GZRS/RA-GZRS are as in a region outage.
        var ragrs = SimulationEngine(estate: TinyEstate.make(region: "westeurope", storage: .standardRAGRS,
                                                             storageZone: "westeurope-az3"))
        ragrs.inject(.zoneOutage("westeurope-az3"))
        #expect(ragrs.state(of: "st-a") == .readOnly)
        #expect(ragrs.servedFrom("st-a") == "northeurope")
        #expect(ragrs.rules(of: "st-a") == [.r2, .r11])
        // The hub uses the primary endpoint: still out, with the re-pointing advice.
        #expect(ragrs.state(of: "hub-a") == .unavailable)
        #expect(ragrs.status(of: "hub-a")?.reason.contains("st-a-secondary") == true)
        var grs = SimulationEngine(estate: TinyEstate.make(region: "westeurope", storage: .standardGRS,
                                                           storageZone: "westeurope-az3"))
        grs.inject(.zoneOutage("westeurope-az3"))
        #expect(grs.state(of: "st-a") == .unavailable)
        #expect(grs.status(of: "st-a")?.reason.contains("durable in northeurope") == true)
        var gzrs = SimulationEngine(estate: TinyEstate.make(region: "westeurope", storage: .standardGZRS))
        gzrs.inject(.zoneOutage("westeurope-az1"))
        #expect(gzrs.state(of: "st-a") == .available)
        gzrs.inject(.zoneOutage("westeurope-az2"))
        #expect(gzrs.state(of: "st-a") == .unavailable)
        #expect(gzrs.status(of: "st-a")?.reason.contains("durable in northeurope") == true)
        // Locally redundant storage has nothing elsewhere: the zone's rule alone.
        var lrs = SimulationEngine(estate: TinyEstate.make(region: "westeurope", storage: .standardLRS,
                                                           storageZone: "westeurope-az3"))
        lrs.inject(.zoneOutage("westeurope-az3"))
        #expect(lrs.rules(of: "st-a") == [.r2])
    }

    @Test("two zones down: App Insights and AI Services in the region are unavailable, not shown serving")
    func regionalServicesTwoZones() {
        var sim = SimulationEngine.sample()
        sim.inject(.zoneOutage("eastus2-az1"))
        #expect(sim.state(of: "ais-contoso-eus2") == .available)
        #expect(sim.state(of: "appi-eus2") == .available)
        sim.inject(.zoneOutage("eastus2-az2"))
        #expect(sim.engineRegion("eastus2") == .down)
        #expect(sim.state(of: "ais-contoso-eus2") == .unavailable)
        #expect(sim.state(of: "ais-docintel-eus2") == .unavailable)
        #expect(sim.state(of: "appi-eus2") == .unavailable)
        #expect(sim.rules(of: "ais-contoso-eus2") == [.r2])
        #expect(sim.state(of: "ais-contoso-cus") == .available)
        sim.clear(.zoneOutage("eastus2-az2"))
        #expect(sim.state(of: "ais-contoso-eus2") == .available)
    }

    @Test("two zones down in the pair: the geo-secondary and the vault's failover target are down too")
    func pairEffectivelyDown() {
        var sim = SimulationEngine.sample()
        sim.inject(.regionOutage("eastus2"))
        sim.inject(.zoneOutage("centralus-az1"))
        sim.inject(.zoneOutage("centralus-az3"))
        // As the Premium registry's replica there, the RA-GZRS secondary and the vault's pair count as down.
        #expect(sim.state(of: "acrcontosoai") == .unavailable)
        #expect(sim.state(of: "sthubeus2") == .unavailable)
        #expect(sim.status(of: "sthubeus2")?.reason.contains("secondary centralus is down too") == true)
        sim.inject(.keyVaultFailover("kv-contoso-ai"), settle: 3_600)
        #expect(sim.state(of: "kv-contoso-ai") == .unavailable)
        #expect(sim.status(of: "kv-contoso-ai")?.reason.contains("its pair centralus is down too") == true)
    }

    @Test("an outage of two zones is measured against the region objective, as the region is effectively down")
    func twoZonesMeasuredAsRegion() {
        var sim = SimulationEngine.sample()
        sim.inject(.zoneOutage("eastus2-az1"))
        sim.inject(.zoneOutage("eastus2-az3"))
        sim.advance(to: 1_200)
        sim.clear(.zoneOutage("eastus2-az3"))
        sim.clear(.zoneOutage("eastus2-az1"))
        let note = sim.events.last { $0.kind == .note && $0.target == "proj-docs" }?.detail ?? ""
        #expect(note.contains("serving again after 20m (region RTO 4h: met)"), "\(note)")
        // One zone alone stays a zone outage.
        var one = SimulationEngine.sample()
        one.inject(.zoneOutage("eastus2-az3"))
        one.advance(to: 1_200)
        one.clear(.zoneOutage("eastus2-az3"))
        let zoneNote = one.events.last { $0.kind == .note && $0.target == "proj-docs" }?.detail ?? ""
        #expect(zoneNote.contains("(zone RTO 1h: met)"), "\(zoneNote)")
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
