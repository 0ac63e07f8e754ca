import Foundation

/// Where a journal is kept. The SQLite store keeps one drill in one file; a shared database (several consoles on
/// one incident) implements the same calls.
///
/// Writes are idempotent by entry id and ordered by sequence; an entry is committed when `append` returns, and
/// `append` writes all of its entries or none.
public protocol JournalStore: AnyObject {
    /// Where the journal is, for messages (a path, a database name).
    var location: String { get }
    /// Whether this store refuses writes (another process holds the journal, or it was opened to read).
    var isReadOnly: Bool { get }
    /// Commits entries in one transaction; entries whose id is already stored are skipped.
    func append(_ entries: [JournalEntry]) throws
    /// Every entry, in order.
    func entries() throws -> [JournalEntry]
    /// How many entries are stored.
    func count() throws -> Int
}

/// Writes a console's entries to a store, stamping wall times, and keeps what could not be written so it is
/// retried with the next write rather than lost.
public final class JournalWriter {
    public let store: any JournalStore
    private let now: () -> Date
    /// Entries not yet committed (a failed write), oldest first.
    public private(set) var unsaved: [JournalEntry] = []

    public init(store: any JournalStore, now: @escaping () -> Date = Date.init) {
        self.store = store
        self.now = now
    }

    /// Stamps and commits entries (after any left from a failed write); throws when the store refuses them,
    /// keeping them for the next attempt.
    public func write(_ entries: [JournalEntry]) throws {
        let stamp = now()
        unsaved += entries.map { entry in
            var stamped = entry
            if stamped.wallTime == nil { stamped.wallTime = stamp }
            return stamped
        }
        guard !unsaved.isEmpty else { return }
        try store.append(unsaved)
        unsaved.removeAll()
    }
}

/// A journal kept in memory: the store of a headless run, and the reference behaviour of the interface
/// (idempotent by id, ordered by sequence, all or nothing).
public final class MemoryJournalStore: JournalStore {
    public let location = "memory"
    public let isReadOnly = false
    private var stored: [JournalEntry] = []
    private var ids: Set<String> = []
    /// When set, the next writes fail with this message (a full disk, a removed file).
    public var failure: String?

    public init() {}

    public func append(_ entries: [JournalEntry]) throws {
        if let failure { throw JournalFormatError(failure) }
        var batch: [JournalEntry] = []
        var seen = ids
        for entry in entries where seen.insert(entry.id).inserted { batch.append(entry) }
        let taken = Set(stored.map(\.sequence))
        if let clash = batch.first(where: { taken.contains($0.sequence) }) {
            throw JournalFormatError("sequence \(clash.sequence) is already taken")
        }
        stored = (stored + batch).sorted { $0.sequence < $1.sequence }
        ids = seen
    }

    public func entries() throws -> [JournalEntry] { stored }

    public func count() throws -> Int { stored.count }
}
