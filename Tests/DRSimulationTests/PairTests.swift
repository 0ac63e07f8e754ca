import DRDomain
import DRSimulation
import Foundation
import Testing

/// R11: directed pairs, Key Vault exceptions and geo-secondaries.
@Suite("Region pairs")
struct PairTests {
    @Test("R11: a vault in a region without a pair does not fail over")
    func noPairNoFailover() {
        var sim = SimulationEngine(estate: TinyEstate.make(region: "mexicocentral"))
        sim.inject(.regionOutage("mexicocentral"), settle: 3_600)
        #expect(sim.state(of: "kv-a") == .unavailable)
        #expect(sim.servedFrom("kv-a") == nil)
        #expect(sim.rules(of: "kv-a").contains(.r11))
    }

    @Test("R11: a westus3 vault does not fail over, though westus3 pairs to eastus")
    func westus3Exception() {
        var sim = SimulationEngine(estate: TinyEstate.make(region: "westus3"))
        sim.inject(.regionOutage("westus3"), settle: 3_600)
        #expect(sim.state(of: "kv-a") == .unavailable)
        #expect(sim.status(of: "kv-a")?.reason.contains("exception") == true)
    }

    @Test("R11: pairs are directed: a westus3 GRS account's secondary is eastus, an eastus one's is westus")
    func directedStoragePairs() {
        var west3 = SimulationEngine(estate: TinyEstate.make(region: "westus3", storage: .standardRAGRS))
        west3.inject(.regionOutage("westus3"))
        #expect(west3.servedFrom("st-a") == "eastus")
        var east = SimulationEngine(estate: TinyEstate.make(region: "eastus", storage: .standardRAGRS))
        east.inject(.regionOutage("eastus"))
        #expect(east.servedFrom("st-a") == "westus")
    }

    @Test("R11: the stated secondaryRegion wins over the catalog pair")
    func statedSecondary() {
        var estate = TinyEstate.make(region: "eastus2", storage: .standardRAGZRS)
        estate.storageAccounts[0].secondaryRegion = "centralus"
        var sim = SimulationEngine(estate: estate)
        sim.inject(.regionOutage("eastus2"))
        #expect(sim.servedFrom("st-a") == "centralus")
    }

    @Test("R11: when the pair is down too, the vault stays unavailable")
    func pairAlsoDown() {
        var sim = SimulationEngine.sample()
        sim.inject(.regionOutage("centralus"))
        sim.inject(.regionOutage("eastus2"), settle: 3_600)
        #expect(sim.state(of: "kv-contoso-ai") == .unavailable)
    }

    @Test("R11: a Key Vault service outage in the pair does not touch a healthy primary vault")
    func pairOutageOnly() {
        var sim = SimulationEngine.sample()
        sim.inject(.serviceOutage(.keyVault, "centralus"), settle: 600)
        #expect(sim.state(of: "kv-contoso-ai") == .available)
    }
}
