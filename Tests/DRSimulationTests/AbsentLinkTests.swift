import DRDomain
import DRSimulation
import Foundation
import Testing

/// Links the estate leaves out (a job with no compute, a hub with no secondary) or that name nothing (an estate
/// built in code, never validated): the engine reads each as absent, never as an index.
@Suite("Absent links")
struct AbsentLinkTests {
    /// The sample with one more job, on the chat project, that names no compute.
    static func sampleWithComputelessJob() -> Estate {
        var estate = Sample.estate
        estate.jobs.append(Job(id: "j", project: "proj-chat"))
        return estate
    }

    @Test("R4: a job with no compute is resubmitted on its home hub after the outage ends")
    func resubmitWithoutCompute() {
        var sim = SimulationEngine(estate: Self.sampleWithComputelessJob(), seed: 7)
        sim.schedule(.regionOutage("eastus2"), at: 0, until: 3_600)
        sim.schedule(.resubmit(target: "j"), at: 7_200)
        sim.advance(to: 7_200)
        #expect(sim.events.contains { $0.target == "j" && $0.kind == .outcome && $0.detail == "resubmitted in its project proj-chat" })
        #expect(sim.state(of: "j") == .available)
    }

    @Test("R4: resubmitting a hub's jobs includes one with no compute")
    func resubmitHubWithoutCompute() {
        var sim = SimulationEngine(estate: Self.sampleWithComputelessJob(), seed: 7)
        sim.inject(.regionOutage("eastus2"))
        sim.clear(.regionOutage("eastus2"))
        sim.perform(.resubmit(target: "hub-eus2"))
        #expect(sim.jobsToResubmit.isEmpty)
        #expect(sim.state(of: "j") == .available)
    }

    /// An estate whose links name resources it does not hold: a job's project, a job's compute, a
    /// connection's target, a project's hub, a compute's hub, a hub's storage and secondary.
    static func danglingEstate() -> Estate {
        Estate(
            name: "dangling",
            hubs: [Hub(id: "hub-a", region: "eastus2", role: .primary, secondary: "hub-gone", storage: "st-gone",
                       keyVault: "kv-a", containerRegistry: "acr-gone")],
            projects: [Project(id: "proj-a", hub: "hub-a", critical: true, posture: .hotHot),
                       Project(id: "proj-orphan", hub: "hub-none", critical: true, posture: .hotHot)],
            keyVaults: [KeyVault(id: "kv-a", region: "eastus2", purgeProtection: false)],
            connections: [Connection(id: "conn-a", hub: "hub-a", target: "ais-gone", purpose: "tools", critical: true),
                          Connection(id: "conn-b", hub: "hub-none", target: "kv-a", purpose: "tools", critical: true)],
            computes: [Compute(id: "cl-a", hub: "hub-none", type: .cluster, zone: "nozone")],
            jobs: [Job(id: "job-a", project: "proj-none", compute: "cl-gone"), Job(id: "job-b", project: "proj-a"),
                   Job(id: "job-c", project: "proj-a", compute: "cl-a")])
    }

    @Test("every single fault and every action on an estate of dangling links runs without a crash")
    func danglingLinksNeverIndex() {
        let estate = Self.danglingEstate()
        let ids = estate.allResources.map(\.id) + ["hub-gone", "nothing"]
        for fault in BlastRadius.faults(of: estate) + [.zoneOutage("eastus2-az1"), .regionOutage("centralus")] {
            var sim = SimulationEngine(estate: estate, seed: 3)
            sim.inject(fault)
            for id in ids {
                for action in [OperatorAction.failover(hub: id), .accountFailover(storage: id), .recover(resource: id),
                               .resubmit(target: id), .failback(hub: id)] {
                    sim.perform(action)
                }
                _ = sim.failoverPlan(for: id)
            }
            sim.advance(to: 86_400)
            sim.clear(fault)
            sim.perform(.resubmit(target: "hub-a"))
        }
        let report = BlastRadius.enumerate(estate)
        #expect(report.modes.count == BlastRadius.faults(of: estate).count)
    }

    @Test("links to nothing read as absent: the reasons name what is missing")
    func danglingReasons() {
        let sim = SimulationEngine(estate: Self.danglingEstate(), seed: 1)
        #expect(sim.status(of: "job-a")?.reason == "its project is not in the estate")
        #expect(sim.status(of: "hub-a")?.reason.contains("st-gone is not in the estate") == true)
        #expect(sim.status(of: "proj-orphan")?.reason == "its hub hub-none is not in the estate")
        #expect(sim.failoverPlan(for: "hub-a")?.secondaryHub == nil)
    }
}
