import DRDrill
import DRTeam
import Foundation

/// Opening a PostgreSQL journal from the command line: the URL (argument or `FOUNDRY_DR_JOURNAL`) and the
/// password (`PGPASSWORD`, `~/.pgpass` or a prompt on the terminal).
enum TeamJournalOpening {
    /// The environment variable naming the journal when no argument does.
    static let environmentKey = "FOUNDRY_DR_JOURNAL"

    /// The journal given, else the environment's.
    static func journal(_ given: String?, context: CommandContext) -> String? {
        given ?? context.environment[environmentKey].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The password for a URL; nil when none is configured and there is no terminal.
    static func password(for url: PostgresJournalURL, context: CommandContext) -> String? {
        PostgresPassword.find(for: url, environment: context.environment, prompt: PostgresPassword.promptOnTerminal)
    }

    /// A store on the URL, for `participant` (nil to read).
    static func store(_ url: PostgresJournalURL, participant: TeamParticipant?, context: CommandContext) throws -> PostgresJournalStore {
        try PostgresJournalStore(url: url, password: password(for: url, context: context), participant: participant)
    }

    /// Reads a team journal to report on it: every input in the server's order, outputs computed.
    static func read(_ text: String, context: CommandContext) throws -> DrillSession {
        let url = try PostgresJournalURL(text)
        let store = try store(url, participant: nil, context: context)
        defer { store.disconnect() }
        guard try store.drillExists() else { throw PostgresURLError("no drill \(url.drill) in \(url.database) on \(url.host)") }
        return try DrillSession.play(inputs: try store.entries())
    }
}
