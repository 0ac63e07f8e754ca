import ArgumentParser
import DRConsole
import DRConsoleFiles
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
        if let journal, let refusal = Self.sharedJournalRefusal(journal) {
            context.printError(refusal)
            return ExitStatus.badInput
        }
        var opened: OpenedJournal?
        if resumesJournal {
            guard let resumed = openJournalToResume(context: context) else { return ExitStatus.badInput }
            opened = resumed
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
        if let journal {
            context.print("journal: \(journal)\(opened.map { " (resuming at T+\(Clock.format($0.session.engine.now)))" } ?? "")")
        }
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
        // The journal is written only once the terminal is known to work, so a failed start leaves nothing behind.
        do {
            if let journal, opened == nil {
                opened = try OpenedJournal.create(
                    path: journal, mode: loadedScenario == nil ? .incident : .drill, estate: estate, scenario: loadedScenario,
                    scenarioYAML: scenario.flatMap(ScenarioSource.text), seed: seed, now: context.now)
            } else {
                try opened?.markResumed()
            }
        } catch {
            backend.shutdown()
            context.printError("foundry-dr: \(error)")
            return ExitStatus.badInput
        }
        // A scenario is played through the drill's progress even without a journal, so the facilitator's keys work.
        let session = opened?.session ?? loadedScenario.map {
            DrillSession(setup: Self.unsavedSetup(estate, $0, seed: seed, now: context.now), estate: estate, scenario: $0)
        }
        let drill = session?.progress
        let engine = session?.engine ?? SimulationRunner(estate: estate, seed: seed, scenario: nil).makeEngine()
        let themeFolder = (ConfigFolder.path(environment: context.environment) as NSString).appendingPathComponent("themes")
        let themeName = theme ?? (backend.colorCapability == .monochrome ? "mono" : "default")
        let resolved = BuiltInThemes.resolve(themeName, userThemeFolder: themeFolder)
        let problems = resolved.diagnostics.map(\.description)
        let mode: ConsoleMode = loadedScenario != nil ? .drill : health.isEmpty ? .simulation : .liveData
        var state = AppState(estate: estate, engine: engine, mode: mode, isReadOnly: readOnly, theme: resolved.theme,
                             themeNames: BuiltInThemes.names, size: backend.size,
                             now: opened?.session.progress.setup.clockOrigin ?? context.now)
        state.scenarioName = loadedScenario?.name
        state.drill = drill
        state.journalPath = opened?.path
        if let drill {
            state.isPlaying = drill.isPlaying
            state.speed = drill.speed
        }
        state.mouseEnabled = !noMouse
        state.watchesHealth = watch
        if let first = problems.first {
            state.flash = Flash(first + (problems.count > 1 ? " (+\(problems.count - 1) more)" : ""), isError: true)
        }
        // The keys file and the health files are read by the runtime, as effects the console asks for at start.
        let files = ConsoleFiles.disk(
            userThemeFolder: themeFolder, keysFile: KeyMapFile.defaultPath(environment: context.environment),
            health: health, regions: estate.regions)
        let runtime = ConsoleRuntime(state: state, backend: backend, clock: { ProcessInfo.processInfo.systemUptime },
                                     files: files, journal: opened?.writer)
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
}
