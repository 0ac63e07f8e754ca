import DRDomain
import Foundation

/// The after-action report as JSON, a contract (docs/drill-format.md): top-level `scenario`, `estate`,
/// `startedAt`, `events` (each with `at` and `kind`), `notes` (each with `at`, `tag`, `text`), `objectives`
/// (each with `project` and `met`), `expected` (each with `status`), `score`, and `improvementPlan`. Keys sorted,
/// times in drill seconds and ISO 8601.
public enum JSONReportRenderer {
    struct Document: Encodable {
        var scenario: ScenarioPart?
        var estate: String
        var mode: String
        var startedAt: String
        var lastEntryAt: String?
        var drillTime: TimeInterval
        var participants: [String]
        var events: [EventPart]
        var notes: [NotePart]
        var objectives: [ObjectivePart]
        var expected: [ExpectedResult]
        var score: Int?
        var improvementPlan: [PlanPart]

        enum CodingKeys: String, CodingKey {
            case scenario, estate, mode, startedAt, lastEntryAt, drillTime, participants, events, notes, objectives
            case expected, score, improvementPlan
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(scenario, forKey: .scenario)
            try container.encode(estate, forKey: .estate)
            try container.encode(mode, forKey: .mode)
            try container.encode(startedAt, forKey: .startedAt)
            try container.encode(lastEntryAt, forKey: .lastEntryAt)
            try container.encode(drillTime, forKey: .drillTime)
            try container.encode(participants, forKey: .participants)
            try container.encode(events, forKey: .events)
            try container.encode(notes, forKey: .notes)
            try container.encode(objectives, forKey: .objectives)
            try container.encode(expected, forKey: .expected)
            try container.encode(score, forKey: .score)
            try container.encode(improvementPlan, forKey: .improvementPlan)
        }
    }

    struct ScenarioPart: Encodable { var name: String; var title: String }
    struct EventPart: Encodable { var at: TimeInterval; var kind: String; var target: String; var detail: String; var region: String? }
    struct NotePart: Encodable {
        var at: TimeInterval; var wallTime: String?; var tag: String; var text: String; var owner: String?
        var inject: String?; var resource: String?
        /// Who wrote it (a team journal; absent otherwise).
        var author: String?
    }
    struct ObjectivePart: Encodable {
        var project: String; var critical: Bool; var disruption: String; var outageAt: TimeInterval
        var recoveredAt: TimeInterval?; var recoveryTime: TimeInterval; var rto: TimeInterval
        var dataAtRisk: TimeInterval?; var rpo: TimeInterval; var recoveryMet: Bool; var dataMet: Bool; var met: Bool
    }
    struct PlanPart: Encodable { var owner: String?; var text: String; var raisedAt: TimeInterval }

    /// The JSON text, pretty-printed with sorted keys and a final newline.
    public static func render(_ report: AfterActionReport) throws -> String {
        let document = Document(
            scenario: report.scenario.map { ScenarioPart(name: $0.name, title: $0.title) },
            estate: report.estateName, mode: report.setup.mode.rawValue,
            startedAt: JournalTime.formatSeconds(report.setup.startedAt),
            lastEntryAt: report.lastWrite.map(JournalTime.formatSeconds), drillTime: report.drillEnd,
            participants: report.participants,
            events: report.events.map { EventPart(at: $0.at, kind: $0.kind, target: $0.target, detail: $0.detail, region: $0.region) },
            notes: report.notes.map {
                NotePart(at: $0.at, wallTime: $0.wallTime.map(JournalTime.formatSeconds), tag: $0.note.tag.rawValue,
                         text: $0.note.text, owner: $0.note.owner, inject: $0.note.inject, resource: $0.note.resource,
                         author: $0.author)
            },
            objectives: report.score.objectives.map {
                ObjectivePart(project: $0.project, critical: $0.critical, disruption: $0.disruption.rawValue, outageAt: $0.outageAt,
                              recoveredAt: $0.recoveredAt, recoveryTime: $0.recoveryTime, rto: $0.rto, dataAtRisk: $0.dataAtRisk,
                              rpo: $0.rpo, recoveryMet: $0.recoveryMet, dataMet: $0.dataMet, met: $0.met)
            },
            expected: report.score.expected, score: report.score.score,
            improvementPlan: report.plan.map { PlanPart(owner: $0.note.owner, text: $0.note.text, raisedAt: $0.at) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }
}
