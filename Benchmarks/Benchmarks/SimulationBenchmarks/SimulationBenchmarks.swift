import Benchmark
import DRDomain
import DRTestSupport
import DRSimulation
import Foundation

/// A simulation shared by the iterations of one benchmark (each iteration injects and clears, so the state
/// returns to the baseline between iterations).
final class EngineBox: @unchecked Sendable {
    var engine: SimulationEngine

    init(_ estate: Estate) {
        engine = SimulationEngine(estate: estate)
        engine.recordsEvents = false
    }
}

/// About 10,000 resources over 40 regions (docs/performance.md).
let largeEstate = EstateGenerator.make(resources: 10_000, seed: 1)

/// The region holding the most resources of the large estate.
let busiestRegion: RegionName = {
    let counts = Dictionary(grouping: largeEstate.allResources, by: \.region).mapValues(\.count)
    return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? "eastus2"
}()

/// Many projects and connections on one hub pair (docs/performance.md, "Wide estates"): 1x and 4x.
let wideEstate = EstateGenerator.wide(projects: 4_000, connections: 1_000)
let wideEstate4x = EstateGenerator.wide(projects: 16_000, connections: 4_000)

/// Timestamps as an import of deleted vaults reads them: 10,000 distinct times, some with offsets and fractions.
let timestampTexts: [String] = (0..<10_000).map { i in
    let date = Date(timeIntervalSince1970: 1_700_000_000 + Double(i) * 3_607)
    let text = Timestamp.format(date)
    return i % 3 == 0 ? text : i % 3 == 1 ? text.dropLast() + ".1234567Z" : text.dropLast() + "+01:00"
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal],
        maxDuration: .seconds(10), maxIterations: 1_000)

    Benchmark("Propagate a region outage (inject + clear), 10k resources",
              configuration: .init(scalingFactor: .one)) { benchmark in
        let box = EngineBox(largeEstate)
        let fault = Fault.regionOutage(busiestRegion)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            box.engine.inject(fault)
            box.engine.clear(fault)
        }
        benchmark.stopMeasurement()
        blackHole(box.engine.state(of: "hub-p0"))
    }

    Benchmark("Propagate a zone outage (inject + clear), 10k resources") { benchmark in
        let box = EngineBox(largeEstate)
        let fault = Fault.zoneOutage(busiestRegion + "-az1")
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            box.engine.inject(fault)
            box.engine.clear(fault)
        }
        benchmark.stopMeasurement()
    }

    Benchmark("Propagate a Key Vault deletion (inject + clear), 10k resources") { benchmark in
        let box = EngineBox(largeEstate)
        let fault = Fault.resourceDeleted("kv-p0")
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            box.engine.inject(fault)
            box.engine.clear(fault)
        }
        benchmark.stopMeasurement()
    }

    Benchmark("Enumerate every single fault (blast radius), 10k resources",
              configuration: .init(maxDuration: .seconds(20), maxIterations: 10)) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(BlastRadius.enumerate(largeEstate))
        }
    }

    Benchmark("Enumerate every single fault, wide 4,000 projects / 1,000 connections (1x)",
              configuration: .init(maxDuration: .seconds(20), maxIterations: 10)) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(BlastRadius.enumerate(wideEstate))
        }
    }

    Benchmark("Enumerate every single fault, wide 16,000 projects / 4,000 connections (4x)",
              configuration: .init(maxDuration: .seconds(30), maxIterations: 5)) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(BlastRadius.enumerate(wideEstate4x))
        }
    }

    Benchmark("Parse 10,000 timestamps",
              configuration: .init(maxIterations: 200)) { benchmark in
        for _ in benchmark.scaledIterations {
            for text in timestampTexts { blackHole(Timestamp.parse(text)) }
        }
    }

    Benchmark("Build the simulation (index and baseline), 10k resources",
              configuration: .init(maxIterations: 50)) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(SimulationEngine(estate: largeEstate))
        }
    }
}
