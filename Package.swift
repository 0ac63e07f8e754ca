// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "FoundryDR",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "foundry-dr", targets: ["foundry-dr"]),
        .library(name: "DRDomain", targets: ["DRDomain"]),
        .library(name: "DRSimulation", targets: ["DRSimulation"]),
        .library(name: "DRImport", targets: ["DRImport"]),
        .library(name: "DRConsole", targets: ["DRConsole"]),
        .library(name: "DRConsoleFiles", targets: ["DRConsoleFiles"]),
        .library(name: "TermUI", targets: ["TermUI"]),
        .library(name: "DRDrill", targets: ["DRDrill"]),
        .library(name: "DRJournal", targets: ["DRJournal"]),
        .library(name: "DRTeam", targets: ["DRTeam"]),
        // For tests and benchmarks only; the shipped binary does not link it.
        .library(name: "DRTestSupport", targets: ["DRTestSupport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.17.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.21.0"),
    ],
    targets: [
        // Pure domain: regions, estate, service catalog, rules, assessment. Foundation only.
        .target(name: "DRDomain"),
        // Pure simulation: faults, propagation by the rules, failover, scenarios.
        .target(name: "DRSimulation", dependencies: ["DRDomain"]),
        // Files to domain values with located errors (estate and scenario YAML, later Azure exports).
        .target(name: "DRImport", dependencies: ["DRDomain", "DRSimulation", .product(name: "Yams", package: "Yams")]),
        // Drills and incidents as pure data: journal entries, replay, scoring, the after-action report.
        .target(name: "DRDrill", dependencies: ["DRDomain", "DRSimulation", "DRImport"]),
        // Where journals are kept: the store interface and its SQLite store (GRDB).
        .target(name: "DRJournal", dependencies: ["DRDrill", .product(name: "GRDB", package: "GRDB.swift")]),
        // A journal shared by several consoles in PostgreSQL (postgres-nio): the store, its migrations, roles,
        // presence and change notifications.
        .target(name: "DRTeam", dependencies: ["DRDrill", "DRSimulation", .product(name: "PostgresNIO", package: "postgres-nio")]),
        // The command-line commands, as a library so tests can run them in-process.
        .target(name: "DRCLI", dependencies: [
            "DRDomain", "DRSimulation", "DRImport", "DRConsole", "DRConsoleFiles", "NCursesBackend", "TermUI", "DRDrill",
            "DRJournal", "DRTeam",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Pure terminal UI: cells, styles, buffer, diff, widgets, backend protocol, test backend.
        .target(name: "TermUI"),
        // ncursesw through a module map and a shim header (libncurses-dev).
        .systemLibrary(name: "CNCursesw", path: "Sources/CNCursesw"),
        // The only code that calls ncurses.
        .target(name: "NCursesBackend", dependencies: ["TermUI", "CNCursesw"]),
        // The console: state, reducer, panes drawn into TermUI buffers, themes, key map, world map. No file I/O.
        .target(name: "DRConsole", dependencies: ["DRDomain", "DRSimulation", "DRImport", "DRDrill", "TermUI"]),
        // The console's files at the edge: theme files (and the built-in themes), the keys file, live health
        // files; read into console values through an API that exposes no YAML types.
        .target(name: "DRConsoleFiles", dependencies: [
            "DRConsole", "DRDomain", "DRImport", "TermUI", .product(name: "Yams", package: "Yams"),
        ]),
        .executableTarget(name: "foundry-dr", dependencies: ["DRCLI"]),
        // Test support: generated estates of any size, for tests and benchmarks; never shipped.
        .target(name: "DRTestSupport", dependencies: ["DRDomain", "DRSimulation"]),
        // Writes generated estates as Azure CLI exports for benchmarks (docs/performance.md); never shipped.
        .executableTarget(name: "generate-estate", dependencies: ["DRTestSupport"]),
        .testTarget(name: "DRDomainTests", dependencies: ["DRDomain"]),
        .testTarget(name: "DRImportTests", dependencies: ["DRImport", "DRDomain", "DRTestSupport", .product(name: "Yams", package: "Yams")], exclude: ["Fixtures"]),
        .testTarget(name: "DRSimulationTests", dependencies: ["DRSimulation", "DRDomain", "DRImport", "DRTestSupport"]),
        .testTarget(name: "TermUITests", dependencies: ["TermUI"]),
        .testTarget(name: "DRDrillTests", dependencies: [
            "DRDrill", "DRJournal", "DRImport", "DRSimulation", "DRDomain",
            .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
        ], exclude: ["__Snapshots__"]),
        .testTarget(name: "DRConsoleTests", dependencies: [
            "DRConsole", "DRConsoleFiles", "DRImport", "DRSimulation", "DRDomain", "DRDrill", "TermUI", "DRTestSupport",
            .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
        ], exclude: ["__Snapshots__"]),
        .testTarget(name: "DRTeamTests", dependencies: ["DRTeam", "DRDrill", "DRSimulation", "DRImport", "DRDomain"]),
        .testTarget(name: "DRCLITests", dependencies: [
            "DRCLI", "DRImport", "DRDomain", "DRJournal", "DRDrill", "DRTeam", "DRSimulation", "DRTestSupport",
            .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
        ], exclude: ["__Snapshots__"]),
    ],
    swiftLanguageModes: [.v6]
)
