@testable import DRCLI
import DRDrill
import DRImport
import DRSimulation
import Foundation
import XCTest

/// The line console's commands against a drill as it stands: what each line becomes, and the exact refusal.
final class TeamLineCommandTests: XCTestCase {
    private func session() throws -> DrillSession {
        let sample = EstateFile.loadSample()
        let yaml = BuiltInScenarios.yaml(named: "region-outage-eastus2")
        let scenario = yaml.flatMap { ScenarioFile.parse($0, file: "region-outage-eastus2", estate: sample).scenario }
        let setup = DrillSetup.make(id: "t", mode: .drill, estate: sample, scenario: scenario, scenarioYAML: yaml, seed: 0, startedAt: Date())
        let (estate, decoded) = try DrillSession.decode(setup)
        var session = DrillSession(setup: setup, estate: estate, scenario: decoded)
        session.apply(.clock(.advance(to: 600)))
        return session
    }

    func testLinesBecomeInputs() throws {
        let drill = try session()
        let cases: [(String, TeamLineCommand)] = [
            ("do failover:hub-eus2", .input(.operator(.perform("failover:hub-eus2")))),
            ("failback hub-eus2", .input(.operator(.perform("failback:hub-eus2")))),
            ("inject region:eastus2", .input(.operator(.inject("region:eastus2")))),
            ("clear-all", .input(.operator(.clearAll))),
            ("advance 60", .input(.clock(.advance(to: 660)))),
            ("step", .input(.clock(.step(to: 1_800)))),
            ("speed 10", .input(.clock(.speed(10)))),
            ("trigger", .input(.injectControl(.trigger("plan")))),
            ("skip jobs", .input(.injectControl(.skip("jobs")))),
            ("note DECISION fail over @ic", .input(.note(DrillNote(tag: .decision, text: "fail over @ic", owner: "ic", inject: "region-down")))),
            ("who", .who),
            ("  quit  ", .quit),
        ]
        for (line, expected) in cases {
            XCTAssertEqual(try TeamLineCommand.parse(line, session: drill), expected, line)
        }
    }

    func testRefusalsNameTheProblem() throws {
        let drill = try session()
        let cases: [(String, String)] = [
            ("do", "do needs an action such as failover:HUB"),
            ("advance -5", "advance needs a positive number of seconds"),
            ("speed 7", "speed is 1, 10 or 60"),
            ("trigger region-down", "no inject region-down to come (coming: plan, keyvault-failover, failover, jobs)"),
            ("dance", "unknown command 'dance'"),
        ]
        for (line, expected) in cases {
            XCTAssertThrowsError(try TeamLineCommand.parse(line, session: drill), line) { error in
                XCTAssertTrue("\(error)".hasPrefix(expected), "\(line): \(error)")
            }
        }
    }

    func testTheTimelineLineSaysWhoDidWhatWhere() {
        let entry = JournalEntry(id: "x", sequence: 12, drillTime: 300, body: .operator(.perform("failover:hub-eus2")), author: "op1")
        XCTAssertEqual(TeamLineFormat.input(entry), "#12 T+0:05:00 op1: do failover:hub-eus2")
        XCTAssertEqual(TeamLineFormat.present([]), "who is here: nobody")
    }
}
