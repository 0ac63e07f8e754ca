import Benchmark
import DRConsole
import DRConsoleFiles
import DRDomain
import DRImport
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

    // Issue 14: one keystroke of a `/` filter. Typing "st12" again and again: the first key of each word filters
    // every row, the next three narrow the rows already shown; a fifth key clears the filter (Backspace x4 is
    // the other worst case, measured below: each widens the filter and matches every row again).
    for pane in [PaneID.replication, .softDelete] {
        Benchmark("Console: one keystroke of a / filter in the \(pane) pane then render, 10k resources") {
            benchmark in
            let box = ConsoleBox(largeEstate, focus: pane)
            box.render()
            box.press(.char("/"))
            let word = Array("st12")
            var typed = 0
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                if typed == word.count {
                    box.state.filters[pane] = nil
                    box.state.input = .filter("")
                    typed = 0
                }
                box.press(.char(word[typed]))
                typed += 1
            }
            benchmark.stopMeasurement()
            blackHole(box.frame)
        }

        Benchmark("Console: Backspace in a / filter in the \(pane) pane then render, 10k resources") {
            benchmark in
            let box = ConsoleBox(largeEstate, focus: pane)
            box.render()
            box.press(.char("/"))
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                if box.state.filters[pane] == nil {
                    box.state.filters[pane] = "st12"
                    box.state.input = .filter("st12")
                }
                box.press(KeyEvent(.backspace))
            }
            benchmark.stopMeasurement()
            blackHole(box.frame)
        }
    }

    // Issue 14: h/l in the replication matrix: the region columns move by one.
    Benchmark("Console: keys l and h in the replication matrix then render, 10k resources") { benchmark in
        let box = ConsoleBox(largeEstate, focus: .replication)
        box.render()
        var right = true
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            let offset = box.state.columnOffsets[.replication] ?? 0
            if offset >= 8 { right = false } else if offset == 0 { right = true }
            box.press(.char(right ? "l" : "h"))
        }
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

    // Issue 14: what `foundry-dr console --estate FILE` does before its first frame: read and validate the file,
    // build the simulation, the state and its assessment, render.
    Benchmark("Console: start to first frame from the estate file (load, state, assessment, render), 10k resources",
              configuration: .init(maxIterations: 50)) { benchmark in
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("fdr-console-bench-10k.yaml").path
        try? EstateWriter.yaml(for: largeEstate).write(toFile: file, atomically: true, encoding: .utf8)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            guard let estate = EstateFile.load(path: file).estate else { fatalError("the generated estate did not load") }
            let box = ConsoleBox(estate)
            box.render()
            blackHole(box.frame)
        }
        benchmark.stopMeasurement()
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
