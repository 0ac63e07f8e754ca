import DRConsole
import DRDomain
import DRDrill
import DRSimulation
import Foundation

/// `console --journal PATH`: resuming or creating the journal, and the lines printed about it.
extension ConsoleSubcommand {
    /// Whether `--journal` names a journal to continue (rather than one to create).
    var resumesJournal: Bool {
        guard let journal else { return false }
        switch journalAccess {
        case .create: return false
        case .resume: return true
        case .auto: return FileManager.default.fileExists(atPath: journal)
        }
    }

    /// Why the full-screen console does not open a shared (PostgreSQL) journal, with the command that does; nil
    /// for a file.
    static func sharedJournalRefusal(_ journal: String) -> String? {
        guard journal.hasPrefix("postgres://") || journal.hasPrefix("postgresql://") else { return nil }
        return "foundry-dr: --journal names a shared journal (postgres://): join it with `foundry-dr drill join URL --as NAME --role ROLE` "
            + "(a facilitator adds --scenario NAME to start a drill); see docs/team-mode.md"
    }

    /// Opens and replays the journal to continue, or prints why not and answers nil.
    func openJournalToResume(context: CommandContext) -> OpenedJournal? {
        guard let journal else { return nil }
        if estate != nil || scenario != nil {
            context.printError("foundry-dr: note: resuming \(journal): the estate and scenario are the journal's own")
        }
        do {
            return try OpenedJournal.resume(path: journal)
        } catch {
            context.printError("foundry-dr: \(error)")
            return nil
        }
    }

    /// A setup for a drill played without a journal (nothing is written; the facilitator's controls still work).
    static func unsavedSetup(_ estate: Estate, _ scenario: Scenario, seed: UInt64, now: Date) -> DrillSetup {
        DrillSetup(id: "unsaved", mode: .drill, estateYAML: "", estateName: estate.name, scenarioYAML: nil,
                   scenarioName: scenario.name, scenarioTitle: scenario.title, seed: seed, startedAt: now,
                   clockOrigin: estate.snapshotTime ?? now)
    }

    static func printJournalSummary(_ opened: OpenedJournal, context: CommandContext) {
        let unsaved = opened.writer.unsaved.count
        guard FileManager.default.fileExists(atPath: opened.path) else {
            context.printError("foundry-dr: journal \(opened.path) was removed while the console ran; \(unsaved) entries could not be saved")
            return
        }
        let count = (try? opened.writer.store.count()).map { "\($0) entries" } ?? "entries unknown"
        context.print("journal: \(opened.path) (\(count)\(unsaved == 0 ? "" : "; \(unsaved) entries could NOT be saved"))")
        context.print("report:  foundry-dr drill report --journal \(opened.path) --format html -o report.html")
    }
}
