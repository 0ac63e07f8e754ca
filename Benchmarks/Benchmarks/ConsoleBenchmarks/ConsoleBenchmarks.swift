import Benchmark
import DRConsole
import DRConsoleFiles
import DRDomain
import DRTestSupport
import DRSimulation
import Foundation
import TermUI

/// A console state shared by the iterations of one benchmark, changed by keys as a person would.
final class ConsoleBox: @unchecked Sendable {
    var state: AppState
    var frame: Buffer
    /// The render side's memo of pane tables, as the runtime keeps it.
    let tables = PaneTables()

    init(_ estate: Estate, focus: PaneID = .regionHealth) {
        state = AppState(estate: estate, theme: .builtInDefault, size: screen, now: Date(timeIntervalSince1970: 1_795_000_000))
        state.isPlaying = false
        state.focus = focus
        frame = Buffer(size: screen)
    }

    /// Renders the state into a fresh frame, as the runtime does before diffing against the previous one.
    func render() {
        frame = Buffer(size: screen)
        ConsoleScreen.render(state, into: &frame, tables: tables)
    }

    /// Applies a key, then renders: what the operator waits for after pressing it.
    func press(_ key: KeyEvent) {
        _ = Reducer.reduce(&state, .keyPressed(key), tables: tables)
        render()
    }
}

/// About 10,000 resources over 40 regions, as in the simulation benchmarks (docs/performance.md).
let largeEstate = EstateGenerator.make(resources: 10_000, seed: 1)

/// A large terminal: every pane shows, with room for the world map.
let screen = Size(width: 200, height: 60)

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal],
        maxDuration: .seconds(10), maxIterations: 1_000)

    Benchmark("Console: render a 200x60 frame, 10k resources") { benchmark in
        let box = ConsoleBox(largeEstate)
        box.render()
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { box.render() }
        benchmark.stopMeasurement()
        blackHole(box.frame)
    }

    Benchmark("Console: key j in the replication matrix then render, 10k resources") { benchmark in
        let box = ConsoleBox(largeEstate, focus: .replication)
        box.render()
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { box.press(.char("j")) }
        benchmark.stopMeasurement()
        blackHole(box.frame)
    }

    Benchmark("Console: key Tab then render, 10k resources") { benchmark in
        let box = ConsoleBox(largeEstate)
        box.render()
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { box.press(KeyEvent(.tab)) }
        benchmark.stopMeasurement()
        blackHole(box.frame)
    }

    Benchmark("Console: clock tick then render, region outage active, 10k resources") { benchmark in
        let box = ConsoleBox(largeEstate)
        box.state.engine.inject(.regionOutage(largeEstate.hubs.first?.region ?? "eastus2"))
        box.state.isPlaying = true
        box.render()
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            _ = Reducer.reduce(&box.state, .clockTicked(1), tables: box.tables)
            box.render()
        }
        benchmark.stopMeasurement()
        blackHole(box.frame)
    }

    Benchmark("Console: start to first frame (state, assessment, first render), 10k resources",
              configuration: .init(maxIterations: 50)) { benchmark in
        for _ in benchmark.scaledIterations {
            let box = ConsoleBox(largeEstate)
            box.render()
            blackHole(box.frame)
        }
    }
}
