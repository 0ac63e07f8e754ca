import DRDomain
import DRDrill
import DRImport
import DRSimulation
import Foundation

/// A drill of the built-in region outage on the sample estate, played with scripted actions and a fixed clock.
enum DrillFixtures {
    static let sample = EstateFile.loadSample()
    static let scenarioName = "region-outage-eastus2"
    static let start = Date(timeIntervalSince1970: 1_796_000_000)

    static func setup(id: String = "drill-test") -> DrillSetup {
        let yaml = BuiltInScenarios.yaml(named: scenarioName)
        let scenario = yaml.flatMap { ScenarioFile.parse($0, file: scenarioName, estate: sample).scenario }
        return DrillSetup.make(
            id: id, mode: .drill, estate: sample, scenario: scenario, scenarioYAML: yaml, seed: 0, startedAt: start)
    }

    /// A new session of the scripted drill, before anything happens.
    static func newSession() throws -> DrillSession {
        let setup = setup()
        let (estate, scenario) = try DrillSession.decode(setup)
        return DrillSession(setup: setup, estate: estate, scenario: scenario)
    }

    /// The script, split in two halves so tests can stop in the middle.
    static let firstHalf: [JournalBody] = [
        .clock(.advance(to: 300)),
        .note(DrillNote(tag: .decision, text: "declare a regional incident @ic", owner: "ic", inject: "region-down", resource: "hub-eus2")),
        .clock(.speed(10)),
        .clock(.advance(to: 8_400)),
        .operator(.perform("failover:hub-eus2")),
        .note(DrillNote(tag: .todo, text: "write the DNS re-pointing runbook @ops", owner: "ops", inject: "failover", resource: "proj-chat")),
        .clock(.pause),
    ]

    static let secondHalf: [JournalBody] = [
        .clock(.play),
        .clock(.speed(60)),
        .clock(.step(to: 28_800)),
        .note(DrillNote(tag: .observation, text: "the Key Vault served read-only as expected")),
        .clock(.advance(to: 31_500)),
        .operator(.perform("resubmit:hub-eus2")),
        .note(DrillNote(tag: .todo, text: "alert on stuck training jobs")),
        .clock(.advance(to: 43_200)),
    ]

    /// Wall times one second of real time per entry after the start.
    static func stamp(_ session: inout DrillSession) {
        session.stampWallTimes { start.addingTimeInterval(Double($0.sequence)) }
    }

    /// The whole drill, played headless.
    static func played() throws -> DrillSession {
        var session = try newSession()
        for input in firstHalf + secondHalf { session.apply(input) }
        stamp(&session)
        return session
    }
}
