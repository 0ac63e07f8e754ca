import DRDomain
import DRDrill
import DRImport
import DRJournal
import DRSimulation
import Foundation

/// A journal opened for a console: the store, its writer, and the drill rebuilt from it.
struct OpenedJournal {
    let path: String
    let writer: JournalWriter
    var session: DrillSession
    /// Whether it was resumed (not created now).
    let resumed: Bool

    /// Creates a journal at `path` and writes its first entry.
    static func create(
        path: String, mode: JournalMode, estate: Estate, scenario: Scenario?, scenarioYAML: String?, seed: UInt64,
        now: Date
    ) throws -> OpenedJournal {
        let setup = DrillSetup.make(
            id: UUID().uuidString.lowercased(), mode: mode, estate: estate, scenario: scenario, scenarioYAML: scenarioYAML,
            seed: seed, startedAt: now)
        // What the journal holds is what replay will read back: check it now, not at the first resume.
        let (stored, storedScenario) = try DrillSession.decode(setup)
        let store = try SQLiteJournalStore(path: path, access: .create)
        let writer = JournalWriter(store: store)
        let session = DrillSession(setup: setup, estate: stored, scenario: storedScenario)
        try writer.write(session.entries)
        return OpenedJournal(path: path, writer: writer, session: session, resumed: false)
    }

    /// Opens an existing journal to write (taking its lock) and replays it; `markResumed` records the resume.
    static func resume(path: String) throws -> OpenedJournal {
        let store = try SQLiteJournalStore(path: path, access: .write)
        let session = try DrillSession.replay(try store.entries())
        return OpenedJournal(path: path, writer: JournalWriter(store: store), session: session, resumed: true)
    }

    /// Writes the `resumed` entry of a resumed journal (nothing for a new one).
    mutating func markResumed() throws {
        guard resumed else { return }
        try writer.write(session.apply(.resumed))
    }

    /// Opens a journal to read (while another process may write it) and replays it.
    static func read(path: String) throws -> DrillSession {
        try DrillSession.replay(try SQLiteJournalStore(path: path, access: .read).entries())
    }
}
