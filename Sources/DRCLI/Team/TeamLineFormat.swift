import DRDrill
import DRTeam
import Foundation

/// How the line console prints the shared timeline: one line per input with its position, drill time and author,
/// then the injects it fired, indented.
enum TeamLineFormat {
    /// `#12 T+0:05:00 alice: do failover:hub-eus2`.
    static func input(_ entry: JournalEntry) -> String {
        "#\(entry.sequence) T+\(ReportTime.offset(entry.drillTime)) \(entry.author ?? "?"): \(describe(entry.body))"
    }

    /// What an input did, in the line console's own command words.
    static func describe(_ body: JournalBody) -> String {
        switch body {
        case .started(let setup): "started \(setup.scenarioName ?? "an incident") on \(setup.estateName)"
        case .resumed: "resumed"
        case .clock(.advance(let to)): "clock to T+\(ReportTime.offset(to))"
        case .clock(.step(let to)): "stepped to T+\(ReportTime.offset(to))"
        case .clock(.pause): "paused the clock"
        case .clock(.play): "started the clock"
        case .clock(.speed(let value)): "speed x\(Int(value))"
        case .injectControl(.trigger(let id)): "triggered inject \(id)"
        case .injectControl(.skip(let id)): "skipped inject \(id)"
        case .operator(.inject(let fault)): "inject \(fault)"
        case .operator(.clear(let fault)): "clear \(fault)"
        case .operator(.clearAll): "clear-all"
        case .operator(.perform(let action)): "do \(action)"
        case .note(let note): "note \(note.line)"
        default: body.kind
        }
    }

    /// The outputs worth a line beside the inputs (injects fired).
    static func output(_ entry: JournalEntry) -> String? {
        guard case .injectFired(let id) = entry.body else { return nil }
        return "    inject \(id) fired at T+\(ReportTime.offset(entry.drillTime))"
    }

    /// `who is here: alice (facilitator), bob (operator)`.
    static func present(_ participants: [TeamParticipant]) -> String {
        "who is here: " + (participants.isEmpty ? "nobody" : participants.map { "\($0.name) (\($0.role.rawValue))" }.joined(separator: ", "))
    }
}
