import ArgumentParser
import DRConsole
import DRDomain
import DRDrill
import DRImport
import DRSimulation
import Foundation
import NCursesBackend
import TermUI

/// `foundry-dr console`: the ncurses console.
struct ConsoleSubcommand: ParsableCommand, ContextCommand {
    static let configuration = CommandConfiguration(
        commandName: "console",
        abstract: "Open the console (the default when foundry-dr runs with no arguments).",
        discussion: """
            Panes: 1 region health (with a world map), 2 replication matrix, 3 soft-delete recovery, 4 failover, \
            5 timeline, 6 x-ray. Press ? inside for every key and command. Keys can be rebound in \
            $XDG_CONFIG_HOME/foundry-dr/keys.yaml; user themes go in $XDG_CONFIG_HOME/foundry-dr/themes/. \
            Needs a terminal: with output redirected, or TERM unset or dumb, it exits 2 with a message.
            """)

    @Option(name: .long, help: ArgumentHelp("The estate file (default: the built-in sample).", valueName: "FILE"))
    var estate: String?

    @Option(name: .long, help: ArgumentHelp("A scenario file or built-in scenario name to play.", valueName: "FILE|NAME"))
    var scenario: String?

    @Option(name: .long, help: ArgumentHelp("Theme: default, light, high-contrast, colorblind, mono, or a file.", valueName: "NAME"))
    var theme: String?

    @Flag(name: .long, help: "Disable injects and actions: look, don't touch.")
    var readOnly = false

    @Flag(name: .long, help: "Do not capture the mouse (keeps the terminal's own text selection).")
    var noMouse = false

    @Option(name: .long, parsing: .upToNextOption,
            help: ArgumentHelp("Resource Health and Service Health exports (files or folders) shown as LIVE DATA.", valueName: "PATH"))
    var health: [String] = []

    @Flag(name: .long, help: "With --health: read the health files again whenever they change.")
    var watch = false

    @Option(name: .long, help: "Seed of the simulation's random choices (same seed, same replay).")
    var seed: UInt64 = 0

    @Option(name: .long, help: ArgumentHelp(
        "Journal everything to this SQLite file (incident mode without --scenario); an existing journal is resumed.",
        valueName: "PATH"))
    var journal: String?

    /// How `--journal` is opened: `auto` (resume or create), `create` (drill start), `resume` (drill resume).
    @Option(name: .long, help: .hidden)
    var journalAccess: JournalAccess = .auto

    init() {}

    /// How `--journal` is opened.
    enum JournalAccess: String, ExpressibleByArgument {
        case auto, create, resume
    }

    func validate() throws {
        if watch && health.isEmpty { throw ValidationError("--watch needs --health PATH...") }
        for path in health where !FileManager.default.fileExists(atPath: path) {
            throw ValidationError("--health: no such file or folder: \(path)")
        }
    }

    func execute(in context: CommandContext) -> Int32 {
        var opened: OpenedJournal?
        if let journal, journalAccess != .create, FileManager.default.fileExists(atPath: journal) || journalAccess == .resume {
            if self.estate != nil || scenario != nil {
                context.printError("foundry-dr: note: resuming \(journal): the estate and scenario are the journal's own")
            }
            do {
                opened = try OpenedJournal.resume(path: journal)
            } catch {
                context.printError("foundry-dr: \(error)")
                return ExitStatus.badInput
            }
        }
        let estate: Estate
        let loadedScenario: Scenario?
        if let session = opened?.session {
            estate = session.estate
            loadedScenario = session.progress.scenario
        } else {
            guard let loaded = EstateSource.load(path: self.estate, context: context) else { return ExitStatus.badInput }
            guard case .success(let found) = ScenarioSource.optional(scenario, estate: loaded, context: context)
            else { return ExitStatus.badInput }
            estate = loaded
            loadedScenario = found
        }
        if let journal, opened == nil {
            do {
                opened = try OpenedJournal.create(
                    path: journal, mode: loadedScenario == nil ? .incident : .drill, estate: estate, scenario: loadedScenario,
                    scenarioYAML: scenario.flatMap(ScenarioSource.text), seed: seed, now: context.now)
            } catch {
                context.printError("foundry-dr: \(error)")
                return ExitStatus.badInput
            }
        }
        if let opened { context.print("journal: \(opened.path)\(opened.resumed ? " (resumed at T+\(Clock.format(opened.session.engine.now)))" : "")") }
        let drill = opened?.session.progress ?? loadedScenario.map {
            DrillProgress(setup: Self.unsavedSetup(estate, $0, seed: seed, now: context.now), scenario: $0)
        }
        let engine = opened?.session.engine
            ?? (drill != nil ? DrillProgress.makeEngine(estate: estate, scenario: loadedScenario, seed: seed)
                : SimulationRunner(estate: estate, seed: seed, scenario: loadedScenario).makeEngine())
        let backend: NCursesBackend
        do {
            backend = try NCursesBackend(options: NCursesBackend.Options(
                enablesMouse: !noMouse, environment: context.environment))
        } catch {
            context.printError("foundry-dr: cannot open the console: \(error)")
            context.printError("hint: run it in a terminal, or use `foundry-dr assess` or `foundry-dr simulate` for text output")
            return ExitStatus.badInput
        }
        defer { backend.shutdown() }
        var problems: [String] = []
        let themeFolder = (ConfigFolder.path(environment: context.environment) as NSString).appendingPathComponent("themes")
        let themeName = theme ?? (backend.colorCapability == .monochrome ? "mono" : "default")
        let resolved = BuiltInThemes.resolve(themeName, userThemeFolder: themeFolder)
        problems += resolved.diagnostics.map(\.description)
        var keyMap = KeyMap.standard
        if let path = KeyMapFile.defaultPath(environment: context.environment) {
            let (map, diagnostics) = KeyMapFile.load(path: path)
            keyMap = map
            problems += diagnostics.map(\.description)
        }
        let mode: ConsoleMode = loadedScenario != nil ? .drill : health.isEmpty ? .simulation : .liveData
        var state = AppState(estate: estate, engine: engine, mode: mode, isReadOnly: readOnly, theme: resolved.theme,
                             keyMap: keyMap, size: backend.size, now: opened?.session.progress.setup.clockOrigin ?? Date())
        state.scenarioName = loadedScenario?.name
        state.drill = drill
        state.journalPath = opened?.path
        if let drill {
            state.isPlaying = drill.isPlaying
            state.speed = drill.speed
        }
        state.mouseEnabled = !noMouse
        if let first = problems.first {
            state.flash = Flash(first + (problems.count > 1 ? " (+\(problems.count - 1) more)" : ""), isError: true)
        }
        let watcher = health.isEmpty ? nil : HealthWatcher(paths: health, regions: estate.regions)
        let runtime = ConsoleRuntime(
            state: state, backend: backend, health: watcher, watchesHealth: watch, journal: opened?.writer
        ) { name in
            let result = BuiltInThemes.resolve(name, userThemeFolder: themeFolder)
            return (result.theme, result.diagnostics.map(\.description))
        }
        do {
            let status = try runtime.run(interrupt: { backend.pendingSignal })
            backend.shutdown()
            if let opened { Self.printJournalSummary(opened, context: context) }
            return status
        } catch {
            backend.shutdown()
            context.printError("foundry-dr: the terminal failed: \(error)")
            return ExitStatus.badInput
        }
    }

    /// A setup for a drill played without a journal (nothing is written; the facilitator's controls still work).
    private static func unsavedSetup(_ estate: Estate, _ scenario: Scenario, seed: UInt64, now: Date) -> DrillSetup {
        DrillSetup(id: "unsaved", mode: .drill, estateYAML: "", estateName: estate.name, scenarioYAML: nil,
                   scenarioName: scenario.name, scenarioTitle: scenario.title, seed: seed, startedAt: now,
                   clockOrigin: estate.snapshotTime ?? now)
    }

    private static func printJournalSummary(_ opened: OpenedJournal, context: CommandContext) {
        let count = (try? opened.writer.store.count()).map { "\($0) entries" } ?? "entries unknown"
        let unsaved = opened.writer.unsaved.isEmpty ? "" : "; \(opened.writer.unsaved.count) entries could NOT be saved"
        context.print("journal: \(opened.path) (\(count)\(unsaved))")
        context.print("report:  foundry-dr drill report --journal \(opened.path) --format html -o report.html")
    }
}
