import DRConsole
import DRConsoleFiles
import DRImport
import Foundation
import Testing
import TermUI

/// Files are read by the runtime, as effects the reducer asks for and actions that answer them; the console's
/// own code reads no file.
@Suite("effects as data, files at the edge")
struct EffectsTests {
    /// Counts what the runtime asked of its files.
    final class Calls: @unchecked Sendable {
        var keyMap = 0
        var health = 0
        var changedChecks = 0
        var changed = false
    }

    @Test("at start the runtime reads the keys file and live health through effects; a rebound key shows")
    func startReadsFilesThroughEffects() throws {
        var state = ConsoleFixtures.state(width: 120, height: 40)
        #expect(Reducer.reduce(&state, .started) == [.loadKeyMap, .loadHealth])
        let calls = Calls()
        var keys = KeyMap.standard
        if let index = keys.bindings.firstIndex(where: { $0.intent == .quit }) { keys.bindings[index].keys = [.char("Q")] }
        let rebound = keys
        let files = ConsoleFiles(
            loadTheme: { _ in (nil, ["no themes here"]) },
            loadKeyMap: { calls.keyMap += 1; return (rebound, []) },
            loadHealth: { calls.health += 1; return nil })
        let backend = TestBackend(width: 120, height: 40, events: [.key(.char("q")), .key(.char("Q"))])
        let runtime = ConsoleRuntime(state: ConsoleFixtures.state(width: 120, height: 40), backend: backend,
                                     clock: { 0 }, files: files)
        _ = try runtime.run(stopWhenIdle: true)
        #expect(calls.keyMap == 1)
        #expect(calls.health == 1)
        #expect(runtime.hasQuit, "Q quits once the keys file rebinds quit")
        #expect(runtime.state.keyMap.intent(for: .char("q")) == nil)
    }

    @Test("with --watch, each tick asks for live health again, and the runtime reads it only when it changed")
    func watchIsAnEffect() throws {
        var state = ConsoleFixtures.state(width: 120, height: 40)
        #expect(Reducer.reduce(&state, .clockTicked(1)).isEmpty)
        state.watchesHealth = true
        #expect(Reducer.reduce(&state, .clockTicked(1)) == [.reloadHealthIfChanged])
        state.isPlaying = true
        #expect(Reducer.reduce(&state, .clockTicked(1)) == [.reloadHealthIfChanged])

        let calls = Calls()
        let live = LiveHealth(snapshot: HealthSnapshot(), sources: ["health.json"])
        let files = ConsoleFiles(
            loadTheme: { _ in (nil, []) }, loadHealth: { calls.health += 1; return (live, []) },
            healthChanged: { calls.changedChecks += 1; let changed = calls.changed; calls.changed = false; return changed })
        var watched = ConsoleFixtures.state(width: 120, height: 40)
        watched.watchesHealth = true
        final class Ticks: @unchecked Sendable { var now = 0.0 }
        let ticks = Ticks()
        let runtime = ConsoleRuntime(state: watched, backend: TestBackend(width: 120, height: 40, events: []),
                                     clock: { ticks.now += 1; return ticks.now }, files: files)
        calls.changed = true
        runtime.dispatch(.clockTicked(1))
        runtime.dispatch(.clockTicked(1))
        #expect(calls.changedChecks == 2)
        #expect(calls.health == 1)
        #expect(runtime.state.live != nil)
    }

    @Test("a theme that cannot be read keeps the current one; a partly bad one applies")
    func failedThemeKeepsTheCurrentOne() {
        var state = ConsoleFixtures.state(width: 120, height: 40, theme: "mono")
        _ = Reducer.reduce(&state, .themeLoaded(nil, problems: ["no theme named 'mnoo'; did you mean 'mono'?"]))
        #expect(state.theme.name == "mono")
        #expect(state.flash?.text.contains("kept mono") == true)
        let light = BuiltInThemes.resolve("light", userThemeFolder: nil)
        #expect(light.isLoaded)
        #expect(!BuiltInThemes.resolve("mnoo", userThemeFolder: nil).isLoaded)
        #expect(!BuiltInThemes.resolve("/nonexistent/theme.yaml", userThemeFolder: nil).isLoaded)
        _ = Reducer.reduce(&state, .themeLoaded(light.theme, problems: []))
        #expect(state.theme.name == "light")
    }

    @Test("the console target reads no file and knows no YAML: that is DRConsoleFiles' job")
    func consoleSourcesDoNoFileIO() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/DRConsole")
        let files = try #require(FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String })
        let swift = files.filter { $0.hasSuffix(".swift") }
        #expect(!swift.isEmpty)
        for file in swift {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for forbidden in ["import Yams", "FileManager", "contentsOfFile", "YAMLLoader", "Date()"] {
                #expect(!text.contains(forbidden), "\(file) uses \(forbidden)")
            }
        }
    }
}
