import DRDomain
import DRSimulation
import Foundation
import Testing

/// R6, R7, R8: preflight, artifacts and posture of a hub failover; failback; storage account failover.
@Suite("Failover")
struct FailoverTests {
    @Test("R6: preflight reads the readiness facts: networking fails, role assignments unknown, quota passes")
    func preflightFromReadiness() throws {
        let sim = SimulationEngine.sample()
        let plan = try #require(sim.failoverPlan(for: "hub-eus2"))
        let results = Dictionary(uniqueKeysWithValues: plan.preflight.map { ($0.name, $0.result) })
        #expect(results["secondaryHub"] == .pass)
        #expect(results["networking"] == .fail)
        #expect(results["roleAssignments"] == .unknown)
        #expect(results["quota"] == .pass)
        #expect(results["storageAccess"] == .pass)
    }

    @Test("R6: an injected readiness gap fails its check and adds a remediation step")
    func readinessGapFails() throws {
        var sim = SimulationEngine.sample()
        sim.inject(.readinessGap(.quota, "centralus"))
        let plan = try #require(sim.failoverPlan(for: "hub-eus2"))
        #expect(plan.preflight.first { $0.name == "quota" }?.result == .fail)
        #expect(plan.projects[0].steps.contains { $0.title.contains("Remediate quota") && $0.rule == .r6 })
    }

    @Test("R6: failover is refused when the secondary hub is down")
    func refusedWhenSecondaryDown() {
        var sim = SimulationEngine.sample()
        sim.inject(.regionOutage("centralus"))
        sim.perform(.failover(hub: "hub-eus2"))
        #expect(sim.refusals().contains { $0.target == "hub-eus2" })
        #expect(!sim.isFailedOver(hub: "hub-eus2"))
    }

    @Test("R8: hot/hot recovers before hot/warm, which recovers before hot/cold")
    func postureOrdersRecovery() throws {
        let sim = SimulationEngine.sample()
        let plan = try #require(sim.failoverPlan(for: "hub-eus2"))
        let time = Dictionary(uniqueKeysWithValues: plan.projects.map { ($0.posture, $0.stepsDuration) })
        let hotHot = try #require(time[.hotHot])
        let hotWarm = try #require(time[.hotWarm])
        let hotCold = try #require(time[.hotCold])
        #expect(hotHot < hotWarm)
        #expect(hotWarm < hotCold)
    }

    @Test("R8: recovery estimates are compared with each project's RTO")
    func estimateAgainstObjective() throws {
        let sim = SimulationEngine.sample()
        let plan = try #require(sim.failoverPlan(for: "hub-eus2"))
        let chat = try #require(plan.projects.first { $0.project == "proj-chat" })
        #expect(chat.objective == 1_800)
        #expect(!chat.meetsObjective)
    }

    @Test("R1: the decision counts from the outage's start: its time is spent by an outage that lasts")
    func decisionCountsFromTheOutage() throws {
        var sim = SimulationEngine.sample()
        sim.inject(.regionOutage("eastus2"))
        let decision = { (sim: SimulationEngine) throws -> FailoverStep in
            let plan = try #require(sim.failoverPlan(for: "hub-eus2"))
            let chat = try #require(plan.projects.first { $0.project == "proj-chat" })
            return try #require(chat.steps.first { $0.isDecision })
        }
        #expect(try decision(sim).duration == FailoverPlaybook.decisionTime)
        sim.advance(to: 300)
        #expect(try decision(sim).duration == 600, "5 minutes into the outage, 10 are left to decide")
        sim.advance(to: 7_200)
        #expect(try decision(sim).duration == 0, "two hours in, the decision is overdue, not 15 more minutes away")
        let plan = try #require(sim.failoverPlan(for: "hub-eus2"))
        let chat = try #require(plan.projects.first { $0.project == "proj-chat" })
        #expect(chat.estimatedRecoveryTime == 7_200 + FailoverPlaybook.recoveryDuration(of: chat.steps))
    }

    @Test("R1: starting the failover is the decision: no more decision time, and the projects serve after the other steps")
    func startingIsDeciding() throws {
        var sim = SimulationEngine.sample(seed: 3)
        sim.inject(.regionOutage("eastus2"))
        sim.inject(.keyVaultFailover("kv-contoso-ai"))
        sim.advance(to: 3_600)
        sim.perform(.failover(hub: "hub-eus2"))
        // Done at once, not left pending at `now` (a paused drill's "next event" would stop there for ever).
        #expect((sim.nextEventTime ?? .infinity) > 3_600)
        let started = try #require(sim.failoverPlan(for: "hub-eus2")?.projects.first { $0.project == "proj-chat" })
        #expect(started.steps.first { $0.isDecision }?.duration == 0)
        let decided = sim.events.first { $0.detail.contains("Confirm the outage and decide to fail over") && $0.detail.hasSuffix("done") }
        #expect(decided?.at == 3_600, "the decision is done the moment the failover starts")
        // proj-chat serves once the other steps (jittered) are done, not 15 minutes later.
        let steps = FailoverPlaybook.recoveryDuration(of: started.steps)
        sim.advance(to: 3_600 + steps - 1)
        #expect(sim.servedFrom("proj-chat") != "centralus")
        sim.advance(to: 3_600 + steps)
        #expect(sim.servedFrom("proj-chat") == "centralus")
    }

    @Test("R8: while the failover runs, its estimate stays what it was at the start: steps done are behind, not ahead")
    func estimateHoldsWhileUnderWay() throws {
        var sim = SimulationEngine.sample(seed: 5)
        sim.inject(.regionOutage("eastus2"))
        sim.inject(.keyVaultFailover("kv-contoso-ai"))
        sim.advance(to: 300)
        sim.perform(.failover(hub: "hub-eus2"))
        let estimate = { (sim: SimulationEngine) throws -> TimeInterval in
            try #require(sim.failoverPlan(for: "hub-eus2")?.projects.first { $0.project == "proj-docs" }).estimatedRecoveryTime
        }
        let atStart = try estimate(sim)
        let note = try #require(sim.events.first { $0.target == "proj-docs" && $0.detail.contains("estimated recovery") })
        #expect(note.detail.contains("estimated recovery \(ISODuration.human(atStart))"), "\(note.detail)")
        sim.advance(to: 300 + 6_600)
        #expect(try estimate(sim) == atStart, "an hour and fifty minutes in, the failover still serves proj-docs when it said")
    }

    @Test("R7: the plan lists what the secondary lacks per posture and what shared resources provide")
    func artifacts() throws {
        let sim = SimulationEngine.sample()
        let plan = try #require(sim.failoverPlan(for: "hub-eus2"))
        #expect(plan.projects.first { $0.posture == .hotHot }?.artifactsToRecreate.isEmpty == true)
        #expect(plan.projects.first { $0.posture == .hotCold }?.artifactsToRecreate.contains("models") == true)
        #expect(plan.sharedResources.contains { $0.contains("acrcontosoai") })
        #expect(plan.sharedResources.contains { $0.contains("kv-contoso-ai") })
        #expect(plan.repoint.contains { $0.contains("document-intelligence") && $0.contains("create") })
    }

    @Test("R5: data at risk follows redundancy and sync lag, against the RPO")
    func dataAtRisk() throws {
        var sim = SimulationEngine.sample()
        sim.inject(.regionOutage("eastus2"))
        let plan = try #require(sim.failoverPlan(for: "hub-eus2"))
        let hubStorage = try #require(plan.dataAtRisk.first { $0.storage == "sthubeus2" })
        #expect(hubStorage.window == 480)
        #expect(hubStorage.meetsObjective)
    }

    @Test("failback returns the projects to the primary once it serves again")
    func failback() {
        var sim = SimulationEngine.sample()
        sim.inject(.regionOutage("eastus2"), settle: 600)
        sim.perform(.failover(hub: "hub-eus2"), settle: 12 * 3_600)
        sim.perform(.failback(hub: "hub-eus2"))
        #expect(sim.refusals().contains { $0.target == "hub-eus2" })
        sim.clear(.regionOutage("eastus2"))
        sim.perform(.failback(hub: "hub-eus2"), settle: 3_600)
        #expect(!sim.isFailedOver(hub: "hub-eus2"))
        #expect(sim.state(of: "proj-chat") == .available)
        #expect(sim.servedFrom("proj-chat") == nil)
    }

    @Test("account failover is refused for a hub's default storage and for non-geo SKUs")
    func accountFailoverRefusals() {
        var estate = Sample.estate
        estate.storageAccounts.append(StorageAccount(id: "stscratch", region: "eastus2", redundancy: .standardZRS,
                                                     role: .isolatedData))
        var sim = SimulationEngine(estate: estate)
        sim.perform(.accountFailover(storage: "sthubeus2"))
        sim.perform(.accountFailover(storage: "stscratch"))
        let refusals = sim.refusals()
        #expect(refusals.contains { $0.target == "sthubeus2" && $0.detail.contains("default storage") })
        #expect(refusals.contains { $0.target == "stscratch" && $0.detail.contains("no geo-secondary") })
    }

    @Test("account failover of isolated data storage makes it writable from the secondary")
    func accountFailoverOfDataStorage() {
        var sim = SimulationEngine.sample()
        sim.inject(.regionOutage("eastus2"), settle: 60)
        sim.inject(.keyVaultFailover("kv-contoso-ai"), settle: 600)
        #expect(sim.state(of: "stdataeus2") == .readOnly)
        #expect(sim.state(of: "conn-cus-data") == .unavailable)
        sim.perform(.accountFailover(storage: "stdataeus2"), settle: 2 * 3_600)
        #expect(sim.state(of: "stdataeus2") == .available)
        #expect(sim.servedFrom("stdataeus2") == "centralus")
        #expect(sim.state(of: "conn-cus-data") == .available)
    }

    @Test("R6/R8: with every readiness fact ready, the steps are exactly the posture's playbook")
    func cleanPreflight() throws {
        var estate = Sample.estate
        estate.readiness["centralus"] = RegionReadiness(region: "centralus", quota: .yes, roleAssignments: .yes,
                                                        networking: .yes, storageAccess: .yes)
        let plan = try #require(SimulationEngine(estate: estate).failoverPlan(for: "hub-eus2"))
        #expect(plan.preflight.allSatisfy { $0.result == .pass })
        for project in plan.projects {
            #expect(project.steps == FailoverPlaybook.steps(for: project.posture))
        }
        #expect(plan.projects.first { $0.posture == .hotHot }?.stepsDuration == 2_100)
    }

    @Test("R1: a hub without a secondary cannot fail over")
    func noSecondary() {
        var sim = SimulationEngine(estate: TinyEstate.make(region: "westeurope"))
        sim.perform(.failover(hub: "hub-a"))
        #expect(sim.refusals().contains { $0.target == "hub-a" && $0.detail.contains("no secondary hub") })
    }
}
