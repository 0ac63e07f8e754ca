#if canImport(DRImport)
import DRDomain
import DRImport
import DRSimulation
import Foundation
import Testing

/// The scenario loader (DRImport/Scenario) and the built-in scenarios.
@Suite("Scenario files")
struct ScenarioFileTests {
    let estate = EstateFile.loadSample()

    @Test("every built-in scenario loads against the sample and runs", arguments: BuiltInScenarios.names)
    func builtInsLoadAndRun(name: String) throws {
        let result = try #require(ScenarioFile.builtIn(named: name, estate: estate))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let scenario = try #require(result.scenario)
        #expect(scenario.name == name)
        let report = SimulationRunner(estate: estate, seed: 1, scenario: scenario, playExpectedActions: true).run()
        #expect(report.events.contains { $0.kind == .inject })
        #expect(report.events.contains { $0.kind == .message })
        #expect(report.events.last?.kind == .stop)
    }

    @Test("the region outage scenario, played, fails the hub over and resubmits the jobs")
    func regionScenarioPlayed() throws {
        let scenario = try #require(ScenarioFile.builtIn(named: "region-outage-eastus2", estate: estate)?.scenario)
        let report = SimulationRunner(estate: estate, seed: 1, scenario: scenario, playExpectedActions: true).run()
        let rows = Dictionary(uniqueKeysWithValues: report.final.resources.map { ($0.id, $0) })
        #expect(rows["proj-chat"]?.servedFrom == "centralus")
        #expect(rows["job-finetune-chat-0412"]?.state.isServing == true)
        #expect(rows["kv-contoso-ai"]?.state == .readOnly)
    }

    @Test("a built-in scenario's expected actions are not refused, except the refusal it exists to show",
          arguments: BuiltInScenarios.names)
    func expectedActionsHold(name: String) throws {
        // A facilitator plays the expectations; one the engine refuses tells the players something false (the
        // key vault scenario said jobs failed, while running jobs keep running through a vault outage).
        let scenario = try #require(ScenarioFile.builtIn(named: name, estate: estate)?.scenario)
        let report = SimulationRunner(estate: estate, seed: 1, scenario: scenario, playExpectedActions: true).run()
        let refused = report.events.filter { $0.kind == .refused && $0.target != "sthubeus2" }
        #expect(refused.isEmpty, "\(name): \(refused.map { "\($0.target): \($0.detail)" })")
    }

    @Test("the storage outage scenario refuses the default storage's account failover")
    func storageScenario() throws {
        let scenario = try #require(ScenarioFile.builtIn(named: "storage-outage-eastus2", estate: estate)?.scenario)
        let report = SimulationRunner(estate: estate, seed: 1, scenario: scenario, playExpectedActions: true).run()
        #expect(report.events.contains { $0.kind == .refused && $0.target == "sthubeus2" })
        #expect(report.events.contains { $0.kind == .outcome && $0.target == "stdataeus2" })
    }

    @Test("without playing expected actions, the key vault scenario leaves the projects down")
    func unplayed() throws {
        let scenario = try #require(ScenarioFile.builtIn(named: "keyvault-deleted", estate: estate)?.scenario)
        let report = SimulationRunner(estate: estate, seed: 1, scenario: scenario).run()
        #expect(report.final.resources.first { $0.id == "proj-chat" }?.state == .unavailable)
    }

    @Test("a stop condition ends the run when it is met")
    func stopCondition() throws {
        let text = """
        name: stop-test
        injects:
          - at: PT0S
            fault: delete:kv-contoso-ai
          - at: PT10M
            action: recover:kv-contoso-ai
            message: recover it
        stop:
          - allCriticalServing: true
        """
        let scenario = try #require(ScenarioFile.parse(text, file: "stop.yaml", estate: estate).scenario)
        let report = SimulationRunner(estate: estate, seed: 1, scenario: scenario, playExpectedActions: true).run()
        let stop = try #require(report.events.last)
        #expect(stop.kind == .stop)
        #expect(stop.at == 900)
    }

    @Test("errors are located and explained", arguments: [
        ("name: x\ninjects:\n  - at: PT0S\n    fault: zone:eastus2-az9\n", 4, "unknown zone"),
        ("name: x\ninjects:\n  - at: PT0S\n    fualt: region:eastus2\n", 4, "did you mean 'fault'"),
        ("name: x\ninjects:\n  - at: 10m\n    fault: region:eastus2\n", 3, "not an ISO 8601 duration"),
        ("name: x\ninjects:\n  - at: PT0S\n", 3, "needs a 'fault', a 'clear' or a 'message'"),
        ("name: x\ninjects:\n  - at: PT0S\n    fault: region:eastus2\n    clear: region:eastus2\n", 5, "both"),
        ("name: x\ninjects:\n  - at: PT1H\n    fault: region:eastus2\n    until: PT30M\n", 5, "must come after"),
        ("name: x\ninjects:\n  - at: PT0S\n    fault: delete:kv-contoso\n", 4, "did you mean 'kv-contoso-ai'"),
        ("name: x\ninjects:\n  - at: PT0S\n    message: hi\n    action: failover:proj-chat\n", 5, "no hub"),
        ("name: x\nestate: other\ninjects:\n  - at: PT0S\n    message: hi\n", 2, "written for estate 'other'"),
        ("name: x\ninjects: []\n", 2, "at least one inject"),
        ("name: x\nduration: PT1H\ninjects:\n  - at: PT2H\n    message: late\n", 4, "after the scenario's duration"),
        ("name: x\ninjects:\n  - at: PT0S\n    message: hi\nstop:\n  - resource: proj-chat\n    state: broken\n", 7, "not one of"),
        ("injects:\n  - at: PT0S\n    message: hi\n", 1, "missing required key 'name'"),
        ("- just a list\n", 1, "a scenario file is a mapping"),
    ])
    func located(text: String, line: Int, fragment: String) {
        let result = ScenarioFile.parse(text, file: "bad.yaml", estate: estate)
        #expect(result.scenario == nil)
        #expect(result.diagnostics.contains { $0.line == line && $0.message.contains(fragment) }, "\(result.diagnostics)")
    }

    @Test("a missing file is a diagnostic, not a crash")
    func missingFile() {
        let result = ScenarioFile.load(path: "/nonexistent/scenario.yaml")
        #expect(result.scenario == nil)
        #expect(!result.diagnostics.isEmpty)
    }
}
#endif
