import DRConsole
import DRConsoleFiles
import DRImport
import Foundation
import Testing
import TermUI

/// Live health (Resource Health and Service Health exports) beside the simulation, never confused with it.
@Suite("live health in the console")
struct LiveHealthTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("DRImportTests/Fixtures/azure/health").path

    func liveState(width: Int = 160, height: Int = 48) -> AppState {
        var state = ConsoleFixtures.state(width: width, height: height)
        state.mode = .liveData
        let watcher = HealthWatcher(paths: [Self.fixtures], regions: state.estate.regions)
        let (snapshot, problems) = watcher.load()
        _ = Reducer.reduce(&state, .healthLoaded(LiveHealth(snapshot: snapshot, sources: [Self.fixtures]), problems: problems))
        return state
    }

    @Test("live data turns regions and resources degraded or down, labelled LIVE")
    func regionsAndResources() {
        var state = liveState()
        let live = state.live
        #expect(live?.health(of: "eastus2") == .degraded)
        #expect(live?.status(of: "ais-contoso-eus2")?.state == .unavailable)
        let screen = ConsoleFixtures.render(state).lines().joined(separator: "\n")
        #expect(screen.contains("LIVE DATA"))
        #expect(!screen.contains("SIMULATION"))
        #expect(screen.range(of: #"eastus2\s+OK\s+LIVE DEGR"#, options: .regularExpression) != nil)
        #expect(screen.contains("LIVE DOWN") || screen.contains("LIVE DEGR"))
        ConsoleFixtures.type([.char("6")], into: &state)
        let xray = ConsoleFixtures.render(state).lines().joined(separator: "\n")
        #expect(xray.contains("LIVE DEGR"))
    }

    @Test("a simulated fault on top of live data shows both banners and both states")
    func bothShown() {
        var state = liveState()
        ConsoleFixtures.type(ConsoleFixtures.command("inject region eastus2"), into: &state)
        let header = ConsoleFixtures.render(state).lines()[0]
        #expect(header.contains("LIVE DATA"))
        #expect(header.contains("SIMULATION"))
        #expect(header.contains("simulated faults(1): region:eastus2"))
        let screen = ConsoleFixtures.render(state).lines().joined(separator: "\n")
        #expect(screen.range(of: #"eastus2\s+DOWN\s+LIVE DEGR"#, options: .regularExpression) != nil)
        ConsoleFixtures.type([KeyEvent(.down), KeyEvent(.enter)], into: &state)
        let detail = ConsoleFixtures.render(state).lines().joined(separator: "\n")
        #expect(detail.contains("Simulated fault: region eastus2 is down"))
        #expect(detail.contains("Live data (Service Health"))
    }

    @Test("the watcher notices a changed file, and a reload replaces what is shown")
    func watcherReloads() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fdr-live-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("statuses.json")
        try FileManager.default.copyItem(atPath: Self.fixtures + "/availability-statuses.json", toPath: file.path)
        let watcher = HealthWatcher(paths: [folder.path], regions: ConsoleFixtures.sample.regions)
        let (first, problems) = watcher.load()
        #expect(problems.isEmpty)
        #expect(!first.resourceStatuses.isEmpty)
        #expect(!watcher.hasChanged())
        try Data("{\"value\": []}".utf8).write(to: file)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(5)], ofItemAtPath: file.path)
        #expect(watcher.hasChanged())
        let (second, _) = watcher.load()
        #expect(second.resourceStatuses.isEmpty)
        #expect(!watcher.hasChanged())
    }

    @Test("a broken health file is reported and never stops the console")
    func brokenFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fdr-live-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("events.json")
        try Data("{\"value\": [ {\"name\": ".utf8).write(to: file)
        var state = ConsoleFixtures.state(width: 120, height: 40)
        let (snapshot, problems) = HealthWatcher(paths: [file.path], regions: state.estate.regions).load()
        #expect(!problems.isEmpty)
        _ = Reducer.reduce(&state, .healthLoaded(LiveHealth(snapshot: snapshot, sources: [file.path]), problems: problems))
        #expect(state.flash?.isError == true)
        #expect(state.flash?.text.contains("events.json") == true)
    }
}
