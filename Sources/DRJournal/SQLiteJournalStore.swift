import DRDrill
import Foundation
import GRDB

/// A journal in one SQLite file (GRDB): write-ahead log, schema migrations, created with mode 0600, one writer
/// at a time (see ``JournalLock``), every `append` one committed transaction.
public final class SQLiteJournalStore: JournalStore {
    /// How a journal is opened.
    public enum Access: Sendable {
        /// A new journal; the file must not exist.
        case create
        /// An existing journal, to write (takes the lock).
        case write
        /// An existing journal, to read while another process may be writing it.
        case read
    }

    /// `application_id` of a foundry-dr journal ("FDRJ"), so a foreign SQLite file is told apart.
    static let applicationID: Int32 = 0x4644_524A

    public let location: String
    public let isReadOnly: Bool
    private let queue: DatabaseQueue
    private let lock: JournalLock?
    /// The file's identity when opened, to notice it being removed or replaced under a running console.
    private let identity: (dev: UInt64, ino: UInt64)

    /// Opens or creates the journal at `path`.
    public init(path: String, access: Access) throws(JournalOpenError) {
        location = path
        isReadOnly = access == .read
        switch access {
        case .create:
            try Self.createFile(path)
        case .write, .read:
            try SQLiteFileCheck.check(path)
        }
        lock = access == .read ? nil : try JournalLock(journal: path)
        var configuration = Configuration()
        configuration.readonly = access == .read
        configuration.label = "journal"
        configuration.busyMode = .timeout(2)
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            if access != .read {
                try queue.writeWithoutTransaction { db in
                    try db.execute(sql: "PRAGMA journal_mode = WAL")
                    try db.execute(sql: "PRAGMA synchronous = FULL")
                }
            }
        } catch {
            throw .damaged(path, detail: Self.describe(error))
        }
        try Self.verify(queue, path: path, creating: access == .create, readOnly: access == .read)
        var info = stat()
        stat(path, &info)
        identity = (UInt64(info.st_dev), UInt64(info.st_ino))
    }

    public func append(_ entries: [JournalEntry]) throws {
        guard !isReadOnly else { throw JournalWriteError("\(location): opened read-only") }
        guard !entries.isEmpty else { return }
        var info = stat()
        guard stat(location, &info) == 0, UInt64(info.st_dev) == identity.dev, UInt64(info.st_ino) == identity.ino else {
            throw JournalWriteError("\(location): the journal file was removed or replaced; new entries are not saved")
        }
        let rows = try entries.map { entry in
            (entry, try entry.body.payloadJSON(), JournalTime.format(entry.wallTime ?? Date()))
        }
        do {
            try queue.write { db in
                for (entry, payload, wall) in rows {
                    try db.execute(
                        sql: """
                            INSERT INTO entry (sequence, id, drill_time, wall_time, kind, payload)
                            VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING
                            """,
                        arguments: [entry.sequence, entry.id, entry.drillTime, wall, entry.body.kind, payload])
                }
            }
        } catch {
            throw JournalWriteError("\(location): cannot write the journal: \(Self.describe(error))")
        }
    }

    public func entries() throws -> [JournalEntry] {
        let rows = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT sequence, id, drill_time, wall_time, kind, payload FROM entry ORDER BY sequence")
        }
        return try rows.map { row in
            let sequence: Int = row["sequence"]
            let body: JournalBody
            do {
                body = try JournalBody.decode(kind: row["kind"], payload: row["payload"])
            } catch {
                throw JournalFormatError("\(location): entry \(sequence): \(error)")
            }
            return JournalEntry(
                id: row["id"], sequence: sequence, drillTime: row["drill_time"],
                wallTime: JournalTime.parse(row["wall_time"]), body: body)
        }
    }

    public func count() throws -> Int {
        try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM entry") ?? 0 }
    }

    /// The process writing the journal at `path` now (-1 when it cannot be told), or nil when none is.
    public static func writer(of path: String) -> Int32? { JournalLock.holder(of: path) }

    // MARK: Opening

    /// The schema, one migration per change; a journal is migrated when opened to write.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-entries") { db in
            try db.execute(sql: """
                CREATE TABLE entry (
                    sequence INTEGER PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    drill_time REAL NOT NULL,
                    wall_time TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    payload TEXT NOT NULL
                )
                """)
            try db.execute(sql: "CREATE INDEX entry_kind ON entry(kind)")
        }
        return migrator
    }

    private static func createFile(_ path: String) throws(JournalOpenError) {
        if FileManager.default.fileExists(atPath: path) { throw .alreadyExists(path) }
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            do {
                try FileManager.default.createDirectory(
                    atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw .cannotCreate(path, detail: "cannot create the folder \(folder)")
            }
        }
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .cannotCreate(path, detail: String(cString: strerror(errno))) }
        fchmod(fd, 0o600)
        close(fd)
    }

    private static func verify(_ queue: DatabaseQueue, path: String, creating: Bool, readOnly: Bool) throws(JournalOpenError) {
        do {
            if creating {
                try queue.writeWithoutTransaction { db in
                    try db.execute(sql: "PRAGMA application_id = \(applicationID)")
                }
            }
            let (application, check) = try queue.read { db in
                (try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
                 try String.fetchOne(db, sql: "PRAGMA quick_check") ?? "")
            }
            guard check == "ok" else { throw JournalOpenError.damaged(path, detail: check) }
            guard application == applicationID else { throw JournalOpenError.foreign(path) }
            let superseded = try queue.read { db in try migrator.hasBeenSuperseded(db) }
            if superseded { throw JournalOpenError.newerFormat(path) }
            if !readOnly { try migrator.migrate(queue) }
        } catch let error as JournalOpenError {
            throw error
        } catch {
            throw .damaged(path, detail: describe(error))
        }
    }

    static func describe(_ error: any Error) -> String {
        if let database = error as? DatabaseError { return database.message ?? "\(database.resultCode)" }
        return "\(error)"
    }
}
