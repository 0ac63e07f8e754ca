import DRDomain
import DRDrill
import DRSimulation
import Foundation
import SnapshotTesting
import XCTest

final class DrillReplayTests: XCTestCase {
    func testInjectsFireAtTheirOffsetsWithoutTheirAnswers() throws {
        let session = try DrillFixtures.played()
        let fired = session.entries.compactMap { entry -> String? in
            if case .injectFired(let id) = entry.body { return "\(id)@\(Int(entry.drillTime))" }
            return nil
        }
        XCTAssertEqual(fired, ["region-down@0", "plan@1800", "keyvault-failover@7200", "failover@8100", "jobs@28800"])
        let messages = session.engine.events.filter { $0.kind == .message }
        XCTAssertEqual(messages.count, 5)
        XCTAssertFalse(messages.contains { $0.detail.contains("expected") }, "players must not see the expected answers")
        XCTAssertEqual(session.engine.now, 43_200)
    }

    func testReplayRebuildsTheExactState() throws {
        let played = try DrillFixtures.played()
        let replayed = try DrillSession.replay(played.entries)
        XCTAssertEqual(replayed.engine.now, played.engine.now)
        XCTAssertEqual(replayed.engine.events, played.engine.events)
        XCTAssertEqual(replayed.engine.activeFaults, played.engine.activeFaults)
        XCTAssertEqual(replayed.progress.fired, played.progress.fired)
        XCTAssertEqual(replayed.progress.speed, played.progress.speed)
        XCTAssertEqual(replayed.progress.isPlaying, played.progress.isPlaying)
        XCTAssertEqual(replayed.progress.nextSequence, played.progress.nextSequence)
    }

    func testResumingHalfwayContinuesWhereTheJournalStops() throws {
        var first = try DrillFixtures.newSession()
        for input in DrillFixtures.firstHalf { first.apply(input) }
        var resumed = try DrillSession.replay(first.entries)
        XCTAssertFalse(resumed.progress.isPlaying, "the pause is journaled")
        XCTAssertEqual(resumed.engine.now, 8_400)
        XCTAssertTrue(resumed.engine.isFailedOver(hub: "hub-eus2"))
        for input in DrillFixtures.secondHalf { resumed.apply(input) }
        let whole = try DrillFixtures.played()
        XCTAssertEqual(resumed.entries.map(\.body), whole.entries.map(\.body))
        XCTAssertEqual(resumed.entries.map(\.sequence), Array(1...whole.entries.count))
    }

    func testFacilitatorTriggersAndSkipsInjects() throws {
        var session = try DrillFixtures.newSession()
        session.apply(.clock(.advance(to: 60)))
        session.apply(.injectControl(.trigger("failover")))
        XCTAssertEqual(session.progress.fired["failover"], 60)
        session.apply(.injectControl(.skip("jobs")))
        XCTAssertEqual(session.progress.comingInjects.map(\.id), ["plan", "keyvault-failover"])
        session.apply(.injectControl(.skip("plan")))
        session.apply(.injectControl(.skip("keyvault-failover")))
        XCTAssertTrue(session.progress.comingInjects.isEmpty)
        session.apply(.clock(.advance(to: 43_200)))
        XCTAssertNil(session.progress.fired["jobs"])
        let score = DrillScore(entries: session.entries, estate: session.estate, scenario: session.progress.scenario, end: 43_200)
        XCTAssertEqual(score.expected.map(\.inject), ["failover"], "a skipped inject expects nothing")
        XCTAssertEqual(score.expected.first?.status, .missed)
    }

    func testAReplayThatDivergesIsRefused() throws {
        var entries = try DrillFixtures.played().entries
        entries.removeAll { if case .operator = $0.body { true } else { false } }
        XCTAssertThrowsError(try DrillSession.replay(entries))
    }
}

final class DrillScoreTests: XCTestCase {
    func testScoresObjectivesAndExpectedActions() throws {
        let session = try DrillFixtures.played()
        let score = DrillScore(entries: session.entries, estate: session.estate, scenario: session.progress.scenario, end: session.engine.now)
        XCTAssertEqual(score.expected.map(\.status), [.done, .late])
        XCTAssertEqual(score.expected.first?.doneAt, 8_400)
        XCTAssertEqual(score.expected.last?.due, 28_800 + DrillScore.grace)
        XCTAssertFalse(score.objectives.isEmpty)
        XCTAssertTrue(score.objectives.allSatisfy { $0.disruption == .region })
        let chat = try XCTUnwrap(score.objectives.first { $0.project == "proj-chat" })
        XCTAssertNotNil(chat.recoveredAt)
        XCTAssertEqual(chat.outageAt, 0)
        let objectivesPart: Double = Double(score.objectives.filter(\.met).count) / Double(score.objectives.count)
        let expected: Double = 100 * (objectivesPart + 0.75) / 2
        XCTAssertEqual(score.score, Int(expected.rounded()))
    }

    func testAnUntouchedDrillMissesEverything() throws {
        var session = try DrillFixtures.newSession()
        session.apply(.clock(.advance(to: 43_200)))
        let score = DrillScore(entries: session.entries, estate: session.estate, scenario: session.progress.scenario, end: 43_200)
        XCTAssertEqual(score.expected.map(\.status), [.missed, .missed])
        XCTAssertTrue(score.objectives.allSatisfy { $0.recoveredAt == nil && !$0.met })
        XCTAssertEqual(score.score, 0)
    }
}

final class ReportSnapshotTests: XCTestCase {
    func testMarkdownReportOfAScriptedDrill() throws {
        let report = AfterActionReport(session: try DrillFixtures.played())
        assertSnapshot(of: MarkdownReportRenderer.render(report), as: .lines, named: "markdown")
    }

    func testJSONReportKeepsTheContract() throws {
        let report = AfterActionReport(session: try DrillFixtures.played())
        let text = try JSONReportRenderer.render(report)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        for key in ["scenario", "estate", "startedAt", "events", "notes", "objectives", "expected", "score"] {
            XCTAssertNotNil(object[key], "missing \(key)")
        }
        let events = try XCTUnwrap(object["events"] as? [[String: Any]])
        XCTAssertTrue(events.allSatisfy { $0["at"] is Double && $0["kind"] is String })
        let notes = try XCTUnwrap(object["notes"] as? [[String: Any]])
        XCTAssertEqual(notes.compactMap { $0["tag"] as? String }, ["DECISION", "TODO", "OBSERVATION", "TODO"])
        XCTAssertTrue(notes.allSatisfy { $0["at"] is Double && $0["text"] is String })
        let objectives = try XCTUnwrap(object["objectives"] as? [[String: Any]])
        XCTAssertTrue(objectives.allSatisfy { $0["project"] is String && $0["met"] is Bool })
        let expected = try XCTUnwrap(object["expected"] as? [[String: Any]])
        XCTAssertEqual(expected.compactMap { $0["status"] as? String }, ["done", "late"])
        XCTAssertTrue(object["score"] is Int)
        XCTAssertEqual((object["scenario"] as? [String: Any])?["name"] as? String, "region-outage-eastus2")
        assertSnapshot(of: text, as: .lines, named: "json")
    }

    func testHTMLReportIsOneSelfContainedFile() throws {
        let report = AfterActionReport(session: try DrillFixtures.played())
        let html = HTMLReportRenderer.render(report)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        XCTAssertFalse(html.contains("<script"), "no script")
        XCTAssertFalse(html.contains("src=\""), "nothing fetched")
        XCTAssertFalse(html.contains("href=\"http"), "nothing fetched")
        XCTAssertEqual(html.components(separatedBy: "<svg").count - 1, 2, "the timeline and the map")
        XCTAssertTrue(html.contains("@media print"))
        for region in report.regions { XCTAssertTrue(html.contains(region.displayName), region.name) }
        XCTAssertTrue(html.contains("write the DNS re-pointing runbook"))
    }

    func testNotesParseTagsAndOwners() {
        XCTAssertEqual(DrillNote.parse("todo: fix DNS @ops")?.tag, .todo)
        XCTAssertEqual(DrillNote.parse("todo: fix DNS @ops")?.owner, "ops")
        XCTAssertEqual(DrillNote.parse("todo: fix DNS @ops")?.text, "fix DNS @ops")
        XCTAssertEqual(DrillNote.parse("DECISION - wait for the zone")?.text, "wait for the zone")
        XCTAssertEqual(DrillNote.parse("the vault is read-only")?.tag, NoteTag.note)
        XCTAssertNil(DrillNote.parse("TODO"))
        XCTAssertNil(DrillNote.parse("   "))
    }
}

final class OperatorInputTests: XCTestCase {
    /// The journal keeps faults and actions as grammar text: every one the console can make reads back the same.
    func testEveryFaultAndActionOfTheSampleRoundTripsThroughTheGrammar() throws {
        let estate = DrillFixtures.sample
        var faults: [Fault] = estate.usedRegions.map { .regionOutage($0) }
        faults += estate.usedRegions.flatMap { region in estate.regions.region(named: region)?.zones.map { Fault.zoneOutage($0) } ?? [] }
        faults += estate.usedRegions.flatMap { region in AzureService.allCases.map { Fault.serviceOutage($0, region) } }
        faults += estate.usedRegions.flatMap { region in ReadinessCheck.allCases.map { Fault.readinessGap($0, region) } }
        faults += estate.allResources.map { Fault.resourceDeleted($0.id) } + estate.connections.map { Fault.connectionLost($0.id) }
        for fault in faults {
            XCTAssertEqual(try SimulationInput.parseFault(fault.description), fault, fault.description)
        }
        var actions: [OperatorAction] = estate.hubs.flatMap { [.failover(hub: $0.id), .failback(hub: $0.id)] }
        actions += estate.storageAccounts.map { .accountFailover(storage: $0.id) }
        actions += estate.allResources.map { .recover(resource: $0.id) } + estate.jobs.map { .resubmit(target: $0.id) }
        for action in actions {
            XCTAssertEqual(try SimulationInput.parseAction(action.description).action, action, action.description)
        }
        var engine = SimulationEngine(estate: estate)
        XCTAssertFalse(OperatorInput.inject("volcano:eastus2").apply(to: &engine))
        XCTAssertTrue(engine.activeFaults.isEmpty)
    }
}
