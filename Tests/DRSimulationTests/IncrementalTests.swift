import DRDomain
import DRTestSupport
@testable import DRSimulation
import Foundation
import Testing

/// The incremental recomputation gives the same states as a full one, and touches only what depends on a change.
@Suite("Incremental propagation")
struct IncrementalTests {
    /// The resources whose incremental and full statuses differ, with both, for a readable failure.
    func differences(_ sim: SimulationEngine) -> [String] {
        zip(sim.snapshot, fullRecompute(sim)).filter { $0.0 != $0.1 }.map {
            "\($0.0.id): \($0.0.status.state.rawValue) \($0.0.status.reason) | full: \($0.1.status.state.rawValue) \($0.1.status.reason)"
        }
    }

    /// Recomputes every node from scratch on a copy.
    func fullRecompute(_ sim: SimulationEngine) -> [ResourceSnapshot] {
        var copy = sim
        copy.recordsEvents = false
        copy.touch(0..<copy.graph.nodes.count)
        return copy.snapshot
    }

    @Test("random fault sequences: incremental states equal a full recomputation", arguments: Array(1...12) as [UInt64])
    func incrementalEqualsFull(seed: UInt64) {
        let estate = EstateGenerator.make(hubPairs: 12, seed: seed)
        let faults = BlastRadius.faults(of: estate)
        var rng = SplitMix64(seed: seed)
        var sim = SimulationEngine(estate: estate, seed: seed)
        let hubs = estate.hubs.map(\.id)
        for step in 0..<120 {
            let fault = faults[Int(rng.next() % UInt64(faults.count))]
            if sim.activeFaults[fault] == nil { sim.inject(fault) } else { sim.clear(fault) }
            let hub = hubs[Int(rng.next() % UInt64(hubs.count))]
            switch rng.next() % 8 {
            case 0: sim.perform(.failover(hub: hub))
            case 1: sim.perform(.failback(hub: hub))
            case 2: sim.perform(.resubmit(target: hub))
            case 3: sim.recoveryOrder.first.map { sim.perform(.recover(resource: $0)) }
            default: break
            }
            sim.advance(to: sim.now + Double(rng.next() % 3_600))
            if step % 10 == 0 {
                #expect(differences(sim).isEmpty, "seed \(seed), step \(step): \(differences(sim))")
            }
        }
        #expect(differences(sim).isEmpty, "seed \(seed): \(differences(sim))")
    }

    @Test("random faults, live inputs and Microsoft's vault failovers: incremental equals full, sources included",
          arguments: Array(1...6) as [UInt64])
    func liveAndVaultFailovers(seed: UInt64) {
        let estate = EstateGenerator.make(hubPairs: 10, seed: seed)
        let faults = BlastRadius.faults(of: estate) + estate.keyVaults.map { Fault.keyVaultFailover($0.id) }
        let ids = estate.allResources.map(\.id)
        let regions = estate.usedRegions
        var rng = SplitMix64(seed: seed &+ 7)
        var sim = SimulationEngine(estate: estate, seed: seed)
        for step in 0..<80 {
            let fault = faults[Int(rng.next() % UInt64(faults.count))]
            if sim.activeFaults[fault] == nil { sim.inject(fault) } else { sim.clear(fault) }
            if step % 4 == 0 {
                var inputs = LiveInputs()
                for _ in 0..<5 {
                    let state: ResourceState = [.available, .degraded, .unavailable][Int(rng.next() % 3)]
                    inputs.resources[ids[Int(rng.next() % UInt64(ids.count))]] = LiveResourceInput(state: state, detail: state.rawValue)
                }
                let service = AzureService.allCases[Int(rng.next() % UInt64(AzureService.allCases.count))]
                inputs.serviceEvents = [LiveServiceEvent(
                    trackingID: "T\(step)", service: service, region: regions[Int(rng.next() % UInt64(regions.count))],
                    title: "issue", critical: rng.next() % 2 == 0)]
                sim.setLive(rng.next() % 5 == 0 ? nil : inputs)
            }
            sim.advance(to: sim.now + Double(rng.next() % 1_800))
            guard step % 2 == 1 else { continue }
            let full = fullRecompute(sim)
            let sources = zip(sim.snapshot, full).filter { $0.0.status.source != $0.1.status.source }.map(\.0.id)
            #expect(differences(sim).isEmpty && sources.isEmpty, "seed \(seed), step \(step): \(differences(sim)) \(sources)")
        }
    }

    @Test("random faults, then clearing them all, restore the baseline (jobs wait for resubmission, R4)",
          arguments: Array(1...6) as [UInt64])
    func randomClearRestores(seed: UInt64) {
        let estate = EstateGenerator.make(hubPairs: 10, seed: seed)
        let faults = BlastRadius.faults(of: estate)
        var rng = SplitMix64(seed: seed &+ 100)
        var sim = SimulationEngine(estate: estate, seed: seed)
        let baseline = sim.snapshot
        for _ in 0..<25 {
            sim.inject(faults[Int(rng.next() % UInt64(faults.count))])
            sim.advance(to: sim.now + Double(rng.next() % 900))
        }
        sim.clearAllFaults()
        sim.advance(to: sim.now + 3_600)
        for hub in estate.hubs { sim.perform(.resubmit(target: hub.id)) }
        #expect(sim.snapshot == baseline)
    }

    @Test("deleting an App Insights component that nothing depends on recomputes only it")
    func leafChangeStaysLocal() {
        var sim = SimulationEngine(estate: Sample.estate)
        sim.changeLog = []
        sim.inject(.resourceDeleted("appi-cus"))
        #expect(sim.changeLog?.map { sim.graph.nodes[$0].id } == ["appi-cus"])
    }

    @Test("the dependency graph is in topological order: every node comes after its dependencies")
    func topologicalOrder() {
        let graph = EstateGraph(estate: EstateGenerator.make(hubPairs: 8, seed: 9))
        for (i, node) in graph.nodes.enumerated() {
            #expect(node.dependencies.allSatisfy { $0 < i })
            #expect(node.dependents.allSatisfy { $0 > i })
        }
    }
}
