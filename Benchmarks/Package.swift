// swift-tools-version: 6.1
// Benchmarks of the simulation engine and the console on large generated estates, and of import (docs/performance.md).
// Run from this folder: swift package --scratch-path .build-bench benchmark
import Foundation
import PackageDescription

/// The main package is a path dependency, whose identity is the name of the folder it was checked out into:
/// derive it so the benchmarks build from any checkout folder.
let main = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .lastPathComponent.lowercased()

let package = Package(
    name: "FoundryDRBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "SimulationBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "DRSimulation", package: main),
                .product(name: "DRDomain", package: main),
                .product(name: "DRTestSupport", package: main),
            ],
            path: "Benchmarks/SimulationBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "ConsoleBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "DRConsole", package: main),
                .product(name: "DRConsoleFiles", package: main),
                .product(name: "DRTestSupport", package: main),
                .product(name: "TermUI", package: main),
                .product(name: "DRSimulation", package: main),
                .product(name: "DRDomain", package: main),
                .product(name: "DRImport", package: main),
            ],
            path: "Benchmarks/ConsoleBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "ImportBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "DRImport", package: main),
                .product(name: "DRTestSupport", package: main),
            ],
            path: "Benchmarks/ImportBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
