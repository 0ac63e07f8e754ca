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

    /// A live outage shaped like Azure's exports: Resource Health says the hub's default storage is Unavailable,
    /// a classic VM the estate does not know is Unavailable too, and a critical Service Health incident for
    /// Storage in East US 2 has two updates.
    static func outageFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fdr-outage-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let sub = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai-eus2/providers"
        let statuses = """
        { "value": [
          { "id": "\(sub)/Microsoft.Storage/storageAccounts/sthubeus2/providers/Microsoft.ResourceHealth/availabilityStatuses/current",
            "name": "current", "type": "Microsoft.ResourceHealth/AvailabilityStatuses", "location": "eastus2",
            "properties": { "availabilityState": "Unavailable", "summary": "We're sorry, your storage account isn't available",
                            "reasonType": "Unplanned", "occuredTime": "2026-11-28T08:10:00Z", "reportedTime": "2026-11-28T08:12:00Z" } },
          { "id": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-legacy/providers/Microsoft.ClassicCompute/virtualMachines/vm-classic-01/providers/Microsoft.ResourceHealth/availabilityStatuses/current",
            "name": "current", "type": "Microsoft.ResourceHealth/AvailabilityStatuses", "location": "westus",
            "properties": { "availabilityState": "Unavailable", "summary": "The virtual machine is stopped",
                            "occuredTime": "2026-11-28T07:00:00Z" } }
        ], "nextLink": null }
        """
        let events = """
        { "value": [
          { "id": "/subscriptions/00000000-0000-0000-0000-000000000000/providers/Microsoft.ResourceHealth/events/VL2X-4BG",
            "name": "VL2X-4BG", "type": "Microsoft.ResourceHealth/events",
            "properties": { "eventType": "ServiceIssue", "status": "Active", "level": "Critical",
              "title": "Storage outage in East US 2", "impactStartTime": "2026-11-28T08:05:00Z",
              "lastUpdateTime": "2026-11-28T09:35:00Z",
              "impact": [ { "impactedService": "Storage", "impactedRegions": [
                { "impactedRegion": "East US 2", "status": "Active", "lastUpdateTime": "2026-11-28T09:35:00Z",
                  "updates": [ { "summary": "Engineers are investigating", "updateDateTime": "2026-11-28T08:30:00Z" },
                               { "summary": "Mitigation is under way", "updateDateTime": "2026-11-28T09:35:00Z" } ] } ] } ] } },
          { "id": "/subscriptions/00000000-0000-0000-0000-000000000000/providers/Microsoft.ResourceHealth/events/OLD-1",
            "name": "OLD-1", "type": "Microsoft.ResourceHealth/events",
            "properties": { "eventType": "ServiceIssue", "status": "Resolved", "title": "Key Vault latency",
              "impactStartTime": "2026-11-27T01:00:00Z", "impactMitigationTime": "2026-11-27T02:30:00Z",
              "impact": [ { "impactedService": "Key Vault", "impactedRegions": [ { "impactedRegion": "Central US" } ] } ] } }
        ] }
        """
        try Data(statuses.utf8).write(to: folder.appendingPathComponent("statuses.json"))
        try Data(events.utf8).write(to: folder.appendingPathComponent("events.json"))
        return folder
    }

    func outageState(width: Int = 200, height: Int = 60) throws -> (AppState, URL) {
        let folder = try Self.outageFolder()
        var state = ConsoleFixtures.state(width: width, height: height)
        state.mode = .liveData
        let watcher = HealthWatcher(paths: [folder.path], regions: state.estate.regions)
        let (snapshot, problems) = watcher.load()
        _ = Reducer.reduce(&state, .healthLoaded(LiveHealth(snapshot: snapshot, sources: [folder.path]), problems: problems))
        return (state, folder)
    }

    @Test("live data comes first: a live-unavailable storage account is down, and its hub with it, marked live")
    func liveStorageTakesTheHubDown() throws {
        let (state, folder) = try outageState()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(state.engine.state(of: "sthubeus2") == .unavailable)
        #expect(state.engine.status(of: "sthubeus2")?.source == .live)
        let hub = try #require(state.engine.status(of: "hub-eus2"))
        #expect(hub.state == .unavailable)
        #expect(hub.source.contains(.live))
        #expect(hub.reason.contains("live: sthubeus2 unavailable"))
        // The projects follow by the rules; the other region does not.
        #expect(state.engine.state(of: "proj-chat") == .unavailable)
        #expect(state.engine.state(of: "hub-cus") == .available)
    }

    @Test("the replication matrix and the x-ray show the effective state with its source, not PRI OK")
    func panesShowEffectiveState() throws {
        var (state, folder) = try outageState()
        defer { try? FileManager.default.removeItem(at: folder) }
        ConsoleFixtures.type([.char("2")], into: &state)
        let matrix = ConsoleFixtures.render(state).lines().joined(separator: "\n")
        // Columns: centralus, then eastus2.
        #expect(matrix.range(of: #"sthubeus2\s+storage\s+RA-GZRS\s+live\s+GEO ok\s+PRI DOWN"#, options: .regularExpression) != nil)
        #expect(matrix.range(of: #"hub-eus2\s+hub\s+primary\s+live\s+·\s+PRI DOWN"#, options: .regularExpression) != nil)
        ConsoleFixtures.type([.char("6")], into: &state)
        let xray = ConsoleFixtures.render(state).lines().joined(separator: "\n")
        #expect(xray.range(of: #"hub-eus2\s+hub\s+eastus2\s+primary\s+DOWN\s+live"#, options: .regularExpression) != nil)
    }

    @Test("a region's state comes from the engine: live-driven, with the incident's age and mitigation")
    func regionStateFromEngine() throws {
        var (state, folder) = try outageState()
        defer { try? FileManager.default.removeItem(at: folder) }
        let eastus2 = state.engine.regionState(of: "eastus2")
        #expect(eastus2.level == .down)
        #expect(eastus2.source == .live)
        #expect(eastus2.simulated == .healthy)
        #expect(eastus2.causes.contains { $0.source == .live && $0.text.contains("VL2X-4BG") })
        let screen = ConsoleFixtures.render(state).lines().joined(separator: "\n")
        #expect(screen.range(of: #"eastus2\s+DOWN\s+live"#, options: .regularExpression) != nil)
        ConsoleFixtures.type([KeyEvent(.down), KeyEvent(.enter)], into: &state)
        let detail = ConsoleFixtures.render(state).lines().joined(separator: "\n")
        #expect(detail.contains("1h 30m"))
        #expect(state.live.map { $0.line($0.snapshot.serviceEvents[1]) }?.contains("active for 1h 30m") == true)
        #expect(detail.contains("not mitigated"))
    }

    @Test("a Resource Health record of a resource outside the estate is listed and drives no region")
    func classicVMListedNotDriving() throws {
        let (state, folder) = try outageState()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(state.live?.recordsOutsideEstate.map(\.resourceName) == ["vm-classic-01"])
        // westus is not a region of the estate's resources; even so it gets no live state from the VM.
        #expect(state.engine.regionState(of: "westus").live == .healthy)
        let rows = PaneTables().visibleRows(.regionHealth, state)
        let row = try #require(rows.first { $0.id.hasPrefix("live-other:") })
        #expect(row.detail.contains { $0.contains("vm-classic-01") })
        #expect(row.detail.contains { $0.contains("drives no region") })
    }

    @Test("Service Health events and their updates appear in the timeline at their own times; mitigation too")
    func timelineShowsLiveEvents() throws {
        var (state, folder) = try outageState()
        defer { try? FileManager.default.removeItem(at: folder) }
        ConsoleFixtures.type([.char("5")], into: &state)
        let rows = PaneTables().visibleRows(.timeline, state).filter { $0.id.hasPrefix("live:") }
        let screen = rows.map { $0.cells.map(\.text).joined(separator: " ") }.joined(separator: "\n")
        // Oldest first, at their own (wall-clock) times, before the simulation's events.
        #expect(PaneTables().visibleRows(.timeline, state).first?.id == "live:0")
        #expect(rows.first?.cells.first?.text == "11-27 01:00")
        #expect(screen.contains("11-28 08:05"))
        #expect(screen.contains("11-28 08:30") && screen.contains("Engineers are investigating"))
        #expect(screen.contains("11-28 09:35") && screen.contains("Mitigation is under way"))
        #expect(screen.contains("11-27 02:30") && screen.contains("mitigated: Key Vault latency"))
        #expect(screen.contains("11-28 08:10") && screen.contains("sthubeus2"))
    }

    @Test("every problem in the health files can be read in the console, not only the first")
    func everyProblemReadable() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fdr-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("{\"value\": [ {\"name\": ".utf8).write(to: folder.appendingPathComponent("a-events.json"))
        try Data("[1, 2,]".utf8).write(to: folder.appendingPathComponent("b-statuses.json"))
        var state = ConsoleFixtures.state(width: 160, height: 48)
        let (snapshot, problems) = HealthWatcher(paths: [folder.path], regions: state.estate.regions).load()
        #expect(problems.count == 2)
        _ = Reducer.reduce(&state, .healthLoaded(LiveHealth(snapshot: snapshot, sources: [folder.path]), problems: problems))
        #expect(state.flash?.text.contains("+1 more, listed in region health") == true)
        let rows = PaneTables().visibleRows(.regionHealth, state).filter { $0.id.hasPrefix("live-problem:") }
        #expect(rows.count == 2)
        #expect(rows[0].detail.joined().contains("a-events.json"))
        #expect(rows[1].detail.joined().contains("b-statuses.json"))
    }

    @Test("a simulated fault on top of live data: both sources, both banners")
    func bothShown() throws {
        var (state, folder) = try outageState()
        defer { try? FileManager.default.removeItem(at: folder) }
        ConsoleFixtures.type(ConsoleFixtures.command("inject region eastus2"), into: &state)
        let header = ConsoleFixtures.render(state).lines()[0]
        #expect(header.contains("LIVE DATA"))
        #expect(header.contains("SIMULATION"))
        #expect(state.engine.regionState(of: "eastus2").source == [.live, .simulated])
        #expect(state.engine.status(of: "hub-eus2")?.source == [.live, .simulated])
        let screen = ConsoleFixtures.render(state).lines().joined(separator: "\n")
        #expect(screen.range(of: #"eastus2\s+DOWN\s+live\+sim"#, options: .regularExpression) != nil)
        ConsoleFixtures.type([KeyEvent(.down), KeyEvent(.enter)], into: &state)
        let detail = ConsoleFixtures.render(state).lines().joined(separator: "\n")
        #expect(detail.contains("Simulated fault: region eastus2 is down"))
        #expect(detail.contains("Live data: Service Health VL2X-4BG"))
    }

    @Test("the fixtures: a warning-level Storage issue degrades East US 2; a resolved impact does not count")
    func fixtureEvents() throws {
        var state = ConsoleFixtures.state(width: 160, height: 48)
        let (snapshot, problems) = HealthWatcher(paths: [Self.fixtures], regions: state.estate.regions).load()
        _ = Reducer.reduce(&state, .healthLoaded(LiveHealth(snapshot: snapshot, sources: [Self.fixtures]), problems: problems))
        #expect(state.engine.regionState(of: "eastus2").live == .degraded)
        // ABCD-123's Central US impact is resolved; IJKL-789 is a networking issue, not a service of the estate.
        #expect(state.engine.regionState(of: "centralus").live == .healthy)
        #expect(state.engine.state(of: "ais-contoso-eus2") == .unavailable)
        #expect(state.engine.status(of: "ais-contoso-eus2")?.source == .live)
        // hub-eus2's Resource Health record says Unknown (no coverage): the Azure Machine Learning issue decides.
        #expect(state.engine.state(of: "hub-eus2") == .degraded)
        #expect(state.engine.status(of: "hub-eus2")?.reason.contains("ABCD-123") == true)
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
