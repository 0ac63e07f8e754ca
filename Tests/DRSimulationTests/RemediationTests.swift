import DRDomain
import DRSimulation
import Foundation
import Testing

/// R6: a failover step that remediates or verifies a readiness fact makes it hold; an injected gap keeps it
/// failing, and the projects it gates wait until the gap clears. The failover pane and the timeline read the same.
@Suite("Remediation steps of a failover")
struct RemediationTests {
    /// The sample in a region outage of East US 2, with Microsoft's Key Vault failover converged.
    func outage() -> SimulationEngine {
        var sim = SimulationEngine.sample()
        sim.inject(.regionOutage("eastus2"), settle: 60)
        sim.inject(.keyVaultFailover("kv-contoso-ai"), settle: 600)
        return sim
    }

    func check(_ sim: SimulationEngine, _ name: String) -> PreflightCheck? {
        sim.failoverPlan(for: "hub-eus2")?.preflight.first { $0.name == name }
    }

    @Test("R6: once the remediation step is done, the networking check passes and the steps keep their numbers")
    func remediationMakesTheCheckHold() throws {
        var sim = outage()
        #expect(check(sim, "networking")?.result == .fail)
        let before = try #require(sim.failoverPlan(for: "hub-eus2")).projects.map { $0.steps.map(\.title) }
        #expect(before[0].contains { $0.hasPrefix("Remediate networking") })
        sim.perform(.failover(hub: "hub-eus2"), settle: 8 * 3_600)
        let networking = try #require(check(sim, "networking"))
        #expect(networking.result == .pass)
        #expect(networking.reason.contains("remediated or verified"))
        #expect(check(sim, "roleAssignments")?.result == .pass, "verified by its step")
        let after = try #require(sim.failoverPlan(for: "hub-eus2")).projects.map { $0.steps.map(\.title) }
        #expect(after == before, "a done remediation stays in the plan it belongs to")
        #expect(sim.events.contains { $0.kind == .step && $0.detail.contains("Remediate networking in centralus") })
        #expect(sim.servedFrom("proj-chat") == "centralus")
    }

    @Test("R6: an injected gap keeps the remediation open and the project waiting, until the gap clears")
    func injectedGapBlocks() throws {
        var sim = outage()
        sim.inject(.readinessGap(.networking, "centralus"))
        sim.perform(.failover(hub: "hub-eus2"), settle: 8 * 3_600)
        #expect(check(sim, "networking")?.result == .fail)
        #expect(!sim.events.contains { $0.kind == .step && $0.detail.contains("Remediate networking") })
        #expect(sim.events.contains { $0.kind == .note && $0.detail.contains("not done: networking") })
        #expect(sim.servedFrom("proj-chat") == nil)
        #expect(sim.status(of: "proj-chat")?.reason.contains("waits for networking") == true)
        #expect(!sim.events.contains { $0.kind == .outcome && $0.target == "hub-eus2" && $0.detail.hasPrefix("failed over") })
        let cleared = sim.now
        sim.clear(.readinessGap(.networking, "centralus"))
        sim.advance(to: sim.now + 60)
        #expect(check(sim, "networking")?.result == .pass)
        #expect(sim.servedFrom("proj-chat") == "centralus")
        let outcome = sim.events.first { $0.kind == .outcome && $0.target == "hub-eus2" && $0.detail.hasPrefix("failed over") }
        #expect(outcome?.at == cleared)
    }
}
