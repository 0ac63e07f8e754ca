import DRDomain
import DRSimulation
import Foundation
import Testing

/// R4: jobs running in an outage fail, do not move, and must be resubmitted.
@Suite("Jobs")
struct JobTests {
    @Test("R4: a region outage leaves running jobs needing resubmission")
    func regionOutageJobs() {
        var sim = SimulationEngine.sample()
        sim.inject(.regionOutage("eastus2"))
        #expect(sim.state(of: "job-finetune-chat-0412") == .unavailable)
        #expect(sim.rules(of: "job-finetune-chat-0412") == [.r4])
        #expect(sim.status(of: "job-finetune-chat-0412")?.reason.contains("must be resubmitted") == true)
        #expect(sim.jobsToResubmit == ["job-finetune-chat-0412", "job-eval-docs-0413"])
    }

    @Test("R4: jobs do not move to the secondary with the failover")
    func jobsDoNotMove() {
        var sim = SimulationEngine.sample()
        sim.inject(.regionOutage("eastus2"), settle: 600)
        sim.perform(.failover(hub: "hub-eus2"), settle: 12 * 3_600)
        #expect(sim.state(of: "job-finetune-chat-0412") == .unavailable)
        #expect(sim.servedFrom("job-finetune-chat-0412") == nil)
    }

    @Test("R4: a job stays failed after the outage clears, until resubmitted")
    func jobsStayFailed() {
        var sim = SimulationEngine.sample()
        sim.inject(.zoneOutage("eastus2-az1"))
        sim.clear(.zoneOutage("eastus2-az1"))
        #expect(sim.state(of: "job-eval-docs-0413") == .unavailable)
        sim.perform(.resubmit(target: "proj-docs"))
        #expect(sim.state(of: "job-eval-docs-0413") == .available)
        #expect(sim.state(of: "job-finetune-chat-0412") == .unavailable)
    }

    @Test("R4: resubmission after failover runs on the secondary")
    func resubmitOnSecondary() {
        var sim = SimulationEngine.sample()
        sim.inject(.regionOutage("eastus2"), settle: 600)
        sim.inject(.keyVaultFailover("kv-contoso-ai"), settle: 600)
        sim.perform(.failover(hub: "hub-eus2"), settle: 12 * 3_600)
        sim.perform(.resubmit(target: "hub-eus2"))
        #expect(sim.state(of: "job-finetune-chat-0412")?.isServing == true)
        #expect(sim.servedFrom("job-finetune-chat-0412") == "centralus")
        #expect(sim.jobsToResubmit.isEmpty)
    }

    @Test("R4: resubmission is refused while the project cannot serve")
    func resubmitRefusedDuringOutage() {
        var sim = SimulationEngine.sample()
        sim.inject(.regionOutage("eastus2"))
        sim.perform(.resubmit(target: "job-finetune-chat-0412"))
        #expect(sim.refusals().contains { $0.target == "job-finetune-chat-0412" && $0.rule == .r4 })
        #expect(sim.state(of: "job-finetune-chat-0412") == .unavailable)
    }

    @Test("R4: a job on compute in a surviving zone is only paused by a zone outage")
    func pausedNotFailed() {
        var estate = Sample.estate
        estate.jobs = [Job(id: "job-dev", project: "proj-lab", compute: "ci-dev-eus2-02")]
        var sim = SimulationEngine(estate: estate)
        sim.inject(.zoneOutage("eastus2-az1"))
        #expect(sim.state(of: "job-dev") == .paused)
        sim.clear(.zoneOutage("eastus2-az1"))
        #expect(sim.state(of: "job-dev") == .available)
    }
}
