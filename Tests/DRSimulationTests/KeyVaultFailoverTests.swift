#if canImport(DRImport)
import DRDomain
import DRImport
import DRSimulation
import Foundation
import Testing

/// Key Vault's cross-region failover is an event Microsoft decides (azure-facts section 6, conflict 11).
@Suite("Key Vault failover")
struct KeyVaultFailoverTests {
    let estate = EstateFile.loadSample()

    @Test("without Microsoft's failover the vault stays unavailable, and both hubs that share it are down")
    func noAssumedFailover() {
        var sim = SimulationEngine.sample()
        sim.inject(.regionOutage("eastus2"), settle: 24 * 3_600)
        #expect(sim.state(of: "kv-contoso-ai") == .unavailable)
        #expect(sim.status(of: "kv-contoso-ai")?.reason.contains("best effort, can take hours") == true)
        #expect(sim.state(of: "hub-cus") == .unavailable)
        #expect(sim.state(of: "conn-cus-ais-cus") == .unavailable)
        // Running compute in the secondary region is not stopped by the vault outage.
        #expect(sim.state(of: "cluster-train-cus") == .degraded)
        // A failover to hub-cus is refused: it lacks its secrets too.
        sim.perform(.failover(hub: "hub-eus2"))
        #expect(sim.refusals().contains { $0.target == "hub-eus2" && $0.detail.contains("hub-cus") })
    }

    @Test("the keyvault-failover inject: public endpoint after 5 minutes, then read-only from the pair")
    func injectedFailover() {
        var sim = SimulationEngine.sample()
        sim.inject(.regionOutage("eastus2"), settle: 3 * 3_600)
        sim.inject(.keyVaultFailover("kv-contoso-ai"))
        #expect(sim.state(of: "kv-contoso-ai") == .unavailable)
        #expect(sim.status(of: "kv-contoso-ai")?.reason.contains("private endpoints up to 20m more") == true)
        sim.advance(to: sim.now + 300)
        #expect(sim.state(of: "kv-contoso-ai") == .readOnly)
        #expect(sim.servedFrom("kv-contoso-ai") == "centralus")
        #expect(sim.state(of: "hub-cus") == .degraded)
        #expect(sim.state(of: "conn-cus-ais-cus") == .available)
    }

    @Test("a scenario's keyvault-failover-delay models the seed's automatic failover; nothing assumes it by default")
    func scenarioDelay() throws {
        let yaml = """
        name: seed-optimistic
        estate: contoso-ai
        duration: PT2H
        keyvault-failover-delay: PT10M
        injects:
          - at: PT0S
            fault: region:eastus2
        """
        let result = ScenarioFile.parse(yaml, file: "s.yaml", estate: estate)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let scenario = try #require(result.scenario)
        #expect(scenario.keyVaultFailoverDelay == 600)
        let report = SimulationRunner(estate: estate, seed: 1, scenario: scenario, until: 900).run()
        let vault = report.final.resources.first { $0.id == "kv-contoso-ai" }
        #expect(vault?.state == .readOnly)
        #expect(report.events.contains { $0.kind == .inject && $0.target == "keyvault-failover:kv-contoso-ai" && $0.at == 600 })
        var plain = scenario
        plain.keyVaultFailoverDelay = nil
        let waiting = SimulationRunner(estate: estate, seed: 1, scenario: plain, until: 7_200).run()
        #expect(waiting.final.resources.first { $0.id == "kv-contoso-ai" }?.state == .unavailable)
    }

    @Test("keyvault-failover in scenario files and the inject grammar, with a did-you-mean for a wrong vault")
    func grammar() throws {
        let parsed = try SimulationInput.parseInject("keyvault-failover:kv-contoso-ai@PT2H", estate: estate)
        #expect(parsed.fault == .keyVaultFailover("kv-contoso-ai"))
        #expect(parsed.at == 7_200)
        #expect(parsed.fault.description == "keyvault-failover:kv-contoso-ai")
        #expect(throws: SimulationInputError.self) { try SimulationInput.parseInject("keyvault-failover:sthubeus2", estate: estate) }
        do {
            _ = try SimulationInput.parseInject("keyvault-failover:kv-contso-ai", estate: estate)
        } catch {
            #expect(error.message.contains("did you mean 'kv-contoso-ai'"))
        }
        let yaml = """
        name: kv
        estate: contoso-ai
        injects:
          - at: PT0S
            fault: region:eastus2
          - at: PT3H
            fault: keyvault-failover:kv-contoso-ai
        """
        let scenario = try #require(ScenarioFile.parse(yaml, file: "s.yaml", estate: estate).scenario)
        #expect(scenario.injects.last?.event == .fault(.keyVaultFailover("kv-contoso-ai"), until: nil))
    }

    @Test("the built-in region outage places Microsoft's failover where a facilitator would, before the hub failover")
    func builtInScenario() throws {
        let scenario = try #require(ScenarioFile.builtIn(named: "region-outage-eastus2", estate: estate)?.scenario)
        let kv = try #require(scenario.injects.first { $0.event == .fault(.keyVaultFailover("kv-contoso-ai"), until: nil) })
        let failover = try #require(scenario.injects.first { $0.expectedAction?.action == .failover(hub: "hub-eus2") })
        #expect(kv.at < failover.at)
        #expect(scenario.keyVaultFailoverDelay == nil)
    }

    @Test("a vault in a region without cross-region replication never fails over, even when the event is injected")
    func noReplication() {
        var sim = SimulationEngine(estate: TinyEstate.make(region: "brazilsouth"))
        sim.inject(.regionOutage("brazilsouth"))
        sim.inject(.keyVaultFailover("kv-a"), settle: 3_600)
        #expect(sim.state(of: "kv-a") == .unavailable)
        #expect(sim.status(of: "kv-a")?.reason.contains("does not fail over") == true)
        // The inject's note must not say the region is up: it is down, and the vault has nowhere to go.
        let note = sim.events.last { $0.kind == .note && $0.target == "kv-a" }?.detail ?? ""
        #expect(!note.contains("not down"), "\(note)")
        #expect(note.contains("no cross-region Key Vault replication"), "\(note)")
    }

    @Test("zones: the vault survives one zone down; two zones down is an outage awaiting Microsoft")
    func zones() {
        var sim = SimulationEngine.sample()
        sim.inject(.zoneOutage("eastus2-az1"))
        #expect(sim.state(of: "kv-contoso-ai") == .available)
        sim.inject(.zoneOutage("eastus2-az2"))
        #expect(sim.state(of: "kv-contoso-ai") == .unavailable)
        #expect(sim.status(of: "kv-contoso-ai")?.reason.contains("awaiting Microsoft-managed failover") == true)
    }
}
#endif
