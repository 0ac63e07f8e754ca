import DRDrill
import Foundation
import NIOCore
import PostgresNIO

/// A journal shared by several consoles in one PostgreSQL database: one drill (or incident) per name, its
/// entries ordered by the server (a gapless position per drill), each with who wrote it.
///
/// Only inputs are stored (the start, clock changes, inject controls, operator actions, notes): every console
/// computes the outputs from them (the simulation is deterministic), so consoles never write the same outcome
/// twice. Calls block the calling thread; a lost connection is reconnected on the next call.
public final class PostgresJournalStore: JournalStore {
    public let url: PostgresJournalURL
    /// Who writes through this store; nil to read only (reports).
    public let participant: TeamParticipant?
    private let connector: PostgresConnector
    private var connection: PostgresConnection?

    public var location: String { url.description }
    public var isReadOnly: Bool { participant == nil || participant?.role == .observer }

    /// Connects and brings the schema up to date.
    public init(url: PostgresJournalURL, password: String?, participant: TeamParticipant?) throws(TeamJournalError) {
        self.url = url
        self.participant = participant
        connector = try PostgresConnector(url: url, password: password)
        try withConnection { connection in try PostgresMigrator.migrate(connection) }
    }

    deinit { connection.map(PostgresConnector.closeInBackground) }

    // MARK: The drill and its participants

    /// Whether the drill exists in the database.
    public func drillExists() throws(TeamJournalError) -> Bool {
        try withConnection { connection in
            let rows = try connection.query("SELECT 1 FROM foundry_dr_drill WHERE name = \(url.drill)", logger: PostgresConnector.silent).waitAtMost()
            return !rows.rows.isEmpty
        }
    }

    /// Creates the drill with its first entry (`started`), its creator joined as facilitator, in one transaction.
    public func create(started: JournalEntry) throws(TeamJournalError) {
        guard let participant, participant.role == .facilitator else {
            throw .refused("only a facilitator starts a team drill")
        }
        if try drillExists() {
            throw .unusable("drill \(url.drill) already exists in \(url.database): join it with `foundry-dr drill join \(url)`")
        }
        try transaction { connection in
            _ = try connection.query("INSERT INTO foundry_dr_drill (name) VALUES (\(url.drill))", logger: PostgresConnector.silent).waitAtMost()
            try Self.upsert(participant, drill: url.drill, on: connection)
            try Self.insert(started, author: participant.name, claim: nil, drill: url.drill, on: connection)
        }
    }

    /// Joins the drill as this store's participant (again after a restart: the same name keeps its entries).
    public func join() throws(TeamJournalError) {
        guard let participant else { return }
        guard try drillExists() else {
            throw .unusable("no drill \(url.drill) in \(url.database): a facilitator starts it with `foundry-dr drill join \(url) --as NAME --role facilitator --scenario NAME`")
        }
        try withConnection { connection in try Self.upsert(participant, drill: url.drill, on: connection) }
    }

    /// Says this participant is still here (presence lasts 15 seconds without one).
    public func heartbeat() throws(TeamJournalError) {
        guard let participant else { return }
        try withConnection { connection in
            _ = try connection.query(
                "UPDATE foundry_dr_participant SET seen_at = now(), left_at = NULL WHERE drill = \(url.drill) AND name = \(participant.name)",
                logger: PostgresConnector.silent).waitAtMost()
        }
    }

    /// Says this participant left (best effort: a killed console simply stops being seen).
    public func leave() {
        guard let participant, connection != nil else { return }
        _ = try? withConnection { connection in
            _ = try connection.query(
                "UPDATE foundry_dr_participant SET left_at = now() WHERE drill = \(url.drill) AND name = \(participant.name)",
                logger: PostgresConnector.silent).waitAtMost()
        }
    }

    /// Who is here now: joined, not left, seen in the last 15 seconds; by name.
    public func present() throws(TeamJournalError) -> [TeamParticipant] {
        try withConnection { connection in
            let result = try connection.query(
                """
                SELECT name, role FROM foundry_dr_participant WHERE drill = \(url.drill) AND left_at IS NULL
                AND seen_at > now() - interval '15 seconds' ORDER BY name
                """, logger: PostgresConnector.silent).waitAtMost()
            return try result.rows.map { row in
                let (name, role) = try row.decode((String, String).self)
                return TeamParticipant(name: name, role: TeamRole(rawValue: role) ?? .observer)
            }
        }
    }

    // MARK: JournalStore

    public func append(_ entries: [JournalEntry]) throws {
        try append(entries, claims: entries.map { _ in nil })
    }

    /// Commits entries in one transaction, each with an optional claim (`hub:NAME:N`): a claim someone already
    /// holds fails the whole write with ``TeamJournalError/conflict(_:)`` naming who and when.
    public func append(_ entries: [JournalEntry], claims: [String?]) throws(TeamJournalError) {
        guard let participant else { throw .refused("this journal was opened to read") }
        if let refusal = entries.lazy.compactMap({ participant.role.refusal(kind: $0.body.kind) }).first {
            throw .refused("\(participant.name) is \(participant.role.withArticle): \(refusal)")
        }
        guard !entries.isEmpty else { return }
        do {
            try transaction { connection in
                for (entry, claim) in zip(entries, claims) {
                    try Self.insert(entry, author: participant.name, claim: claim, drill: url.drill, on: connection)
                }
            }
        } catch .unusable(let text) where text.hasPrefix("claim ") {
            throw .conflict(try describeHolder(position: Int(text.dropFirst(6)) ?? 0))
        }
    }

    public func entries() throws -> [JournalEntry] { try entries(after: 0) }

    /// The entries after a position, in order.
    public func entries(after position: Int) throws(TeamJournalError) -> [JournalEntry] {
        try withConnection { connection in
            let result = try connection.query(
                """
                SELECT position, id, author, drill_time, wall_time, kind, payload FROM foundry_dr_entry
                WHERE drill = \(url.drill) AND position > \(position) ORDER BY position
                """, logger: PostgresConnector.silent).waitAtMost()
            return try result.rows.map { row in
                let (position, id, author, drillTime, wall, kind, payload) =
                    try row.decode((Int, String, String, Double, String, String, String).self)
                let body: JournalBody
                do {
                    body = try JournalBody.decode(kind: kind, payload: payload)
                } catch {
                    throw TeamJournalError.unusable("\(url): entry \(position): \(error)")
                }
                return JournalEntry(
                    id: id, sequence: position, drillTime: drillTime, wallTime: JournalTime.parse(wall), body: body,
                    author: author)
            }
        }
    }

    public func count() throws -> Int {
        try withConnection { connection in
            let result = try connection.query(
                "SELECT count(*)::bigint FROM foundry_dr_entry WHERE drill = \(url.drill)", logger: PostgresConnector.silent).waitAtMost()
            return try result.rows.first?.decode(Int.self) ?? 0
        }
    }

    /// Drops the connection (the next call connects again). Not waited for: closing a connection the server
    /// already dropped can take as long as the network's timeout.
    public func disconnect() {
        connection.map(PostgresConnector.closeInBackground)
        connection = nil
    }

    // MARK: Internals

    /// Runs `body` on the connection, connecting first when there is none; a failure of the link drops the
    /// connection so the next call reconnects.
    func withConnection<T>(_ body: (PostgresConnection) throws -> T) throws(TeamJournalError) -> T {
        let live: PostgresConnection
        if let connection, !connection.isClosed {
            live = connection
        } else {
            live = try connector.connect()
            connection = live
        }
        do {
            return try body(live)
        } catch {
            let sorted = TeamJournalError.classify(error, url: url)
            if case .offline = sorted { disconnect() }
            if let psql = error as? PSQLError, psql.serverInfo?[.sqlState] == PostgresSchema.conflictState {
                throw .unusable("claim \(psql.serverInfo?[.message] ?? "0")")
            }
            throw sorted
        }
    }

    private func transaction(_ body: (PostgresConnection) throws -> Void) throws(TeamJournalError) {
        try withConnection { connection in
            _ = try connection.query("BEGIN", logger: PostgresConnector.silent).waitAtMost()
            do {
                try body(connection)
                _ = try connection.query("COMMIT", logger: PostgresConnector.silent).waitAtMost()
            } catch {
                _ = try? connection.query("ROLLBACK", logger: PostgresConnector.silent).waitAtMost()
                throw error
            }
        }
    }

    private func describeHolder(position: Int) throws(TeamJournalError) -> String {
        try withConnection { connection in
            let result = try connection.query(
                """
                SELECT author, to_char(committed_at AT TIME ZONE 'UTC', 'HH24:MI:SS'), kind, payload FROM foundry_dr_entry
                WHERE drill = \(url.drill) AND position = \(position)
                """, logger: PostgresConnector.silent).waitAtMost()
            guard let row = result.rows.first else { return "someone else already acted on this hub" }
            let (author, time, kind, payload) = try row.decode((String, String, String, String).self)
            var what = "acted on it"
            if case .operator(.perform(let action))? = try? JournalBody.decode(kind: kind, payload: payload) { what = "did \(action)" }
            return "\(author) already \(what) at \(time) UTC (entry #\(position)); yours was not applied"
        }
    }

    private static func upsert(_ participant: TeamParticipant, drill: String, on connection: PostgresConnection) throws {
        _ = try connection.query(
            """
            INSERT INTO foundry_dr_participant (drill, name, role) VALUES (\(drill), \(participant.name), \(participant.role.rawValue))
            ON CONFLICT (drill, name) DO UPDATE SET role = EXCLUDED.role, seen_at = now(), left_at = NULL
            """, logger: PostgresConnector.silent).waitAtMost()
    }

    private static func insert(
        _ entry: JournalEntry, author: String, claim: String?, drill: String, on connection: PostgresConnection
    ) throws {
        let payload = try entry.body.payloadJSON()
        let wall = JournalTime.format(entry.wallTime ?? Date())
        _ = try connection.query(
            """
            INSERT INTO foundry_dr_entry (drill, position, id, author, drill_time, wall_time, kind, payload, claim)
            VALUES (\(drill), 0, \(entry.id), \(author), \(entry.drillTime), \(wall), \(entry.body.kind), \(payload), \(claim))
            ON CONFLICT (drill, id) DO NOTHING
            """, logger: PostgresConnector.silent).waitAtMost()
    }
}
