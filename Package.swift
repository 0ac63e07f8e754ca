// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "FoundryDR",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "foundry-dr", targets: ["foundry-dr"]),
        .library(name: "DRDomain", targets: ["DRDomain"]),
        .library(name: "DRSimulation", targets: ["DRSimulation"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // Pure domain: regions, estate, service catalog, rules, assessment. Foundation only.
        .target(name: "DRDomain"),
        // Pure simulation: faults, propagation by the rules, failover, scenarios.
        .target(name: "DRSimulation", dependencies: ["DRDomain"]),
        // Files to domain values with located errors (estate and scenario YAML, later Azure exports).
        .target(name: "DRImport", dependencies: ["DRDomain", "DRSimulation", .product(name: "Yams", package: "Yams")]),
        // The command-line commands, as a library so tests can run them in-process.
        .target(name: "DRCLI", dependencies: [
            "DRDomain", "DRSimulation", "DRImport",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Pure terminal UI: cells, styles, buffer, diff, widgets, backend protocol, test backend.
        .target(name: "TermUI"),
        // ncursesw through a module map and a shim header (libncurses-dev).
        .systemLibrary(name: "CNCursesw", path: "Sources/CNCursesw"),
        // The only code that calls ncurses.
        .target(name: "NCursesBackend", dependencies: ["TermUI", "CNCursesw"]),
        .executableTarget(name: "foundry-dr", dependencies: ["DRCLI"]),
        .testTarget(name: "DRDomainTests", dependencies: ["DRDomain"]),
        .testTarget(name: "DRImportTests", dependencies: ["DRImport", "DRDomain"]),
        .testTarget(name: "DRSimulationTests", dependencies: ["DRSimulation", "DRDomain", "DRImport"]),
        .testTarget(name: "TermUITests", dependencies: ["TermUI"]),
        .testTarget(name: "DRCLITests", dependencies: ["DRCLI", "DRImport", "DRDomain"]),
    ],
    swiftLanguageModes: [.v6]
)
