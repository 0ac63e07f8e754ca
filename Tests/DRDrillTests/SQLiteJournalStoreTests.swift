import DRDrill
import DRJournal
import Foundation
import GRDB
import XCTest

final class SQLiteJournalStoreTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("journal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func path(_ name: String = "drill.sqlite") -> String { folder.appendingPathComponent(name).path }

    /// A journal holding the whole scripted drill, closed.
    private func writtenJournal() throws -> (String, DrillSession) {
        let session = try DrillFixtures.played()
        let path = path()
        let store = try SQLiteJournalStore(path: path, access: .create)
        try store.append(session.entries)
        return (path, session)
    }

    func testEntriesRoundTripInOrder() throws {
        let (path, session) = try writtenJournal()
        let read = try SQLiteJournalStore(path: path, access: .read).entries()
        XCTAssertEqual(read, session.entries)
        let replayed = try DrillSession.replay(read)
        XCTAssertEqual(replayed.engine.events, session.engine.events)
    }

    func testTheFileIsCreatedWithMode0600() throws {
        let session = try DrillFixtures.played()
        let path = path()
        let store = try SQLiteJournalStore(path: path, access: .create)
        try store.append(session.entries)
        // While it is open the write-ahead log and the lock file exist too; none is readable by others.
        for file in [path, path + "-wal", path + "-shm", path + ".lock"] {
            let mode = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int, file)
            XCTAssertEqual(mode & 0o777, 0o600, file)
        }
        withExtendedLifetime(store) {}
    }

    func testTheJournalIsInWALMode() throws {
        let path = path()
        _ = try SQLiteJournalStore(path: path, access: .create)
        let mode = try DatabaseQueue(path: path).read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        XCTAssertEqual(mode, "wal")
    }

    func testAppendIsIdempotentByID() throws {
        let (path, session) = try writtenJournal()
        let store = try SQLiteJournalStore(path: path, access: .write)
        try store.append(Array(session.entries.suffix(5)))
        XCTAssertEqual(try store.count(), session.entries.count)
    }

    func testASecondWriterIsRefusedNamingTheProcessWhileAReaderIsLetIn() throws {
        let (path, session) = try writtenJournal()
        let writer = try SQLiteJournalStore(path: path, access: .write)
        XCTAssertThrowsError(try SQLiteJournalStore(path: path, access: .write)) { error in
            XCTAssertEqual(error as? JournalOpenError, .inUse(path, pid: getpid()))
            XCTAssertTrue("\(error)".contains("process \(getpid())"), "\(error)")
        }
        let reader = try SQLiteJournalStore(path: path, access: .read)
        XCTAssertEqual(try reader.count(), session.entries.count)
        XCTAssertThrowsError(try reader.append(session.entries))
        withExtendedLifetime(writer) {}
    }

    func testTheLockGoesWithTheWriter() throws {
        let (path, _) = try writtenJournal()
        do { _ = try SQLiteJournalStore(path: path, access: .write) }
        XCTAssertNoThrow(try SQLiteJournalStore(path: path, access: .write))
    }

    func testATruncatedJournalIsRefused() throws {
        let (path, _) = try writtenJournal()
        let size = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        XCTAssertGreaterThan(size, 8192)
        XCTAssertEqual(truncate(path, off_t(size / 2)), 0)
        XCTAssertThrowsError(try SQLiteJournalStore(path: path, access: .write)) { error in
            guard case .truncated = error as? JournalOpenError else { return XCTFail("\(error)") }
            XCTAssertTrue("\(error)".contains("truncated"))
        }
        XCTAssertThrowsError(try SQLiteJournalStore(path: path, access: .read))
    }

    func testForeignFilesAreRefused() throws {
        let text = path("notes.txt")
        try "name: contoso\n".write(toFile: text, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try SQLiteJournalStore(path: text, access: .read)) { XCTAssertEqual($0 as? JournalOpenError, .notSQLite(text)) }
        let empty = path("empty.sqlite")
        XCTAssertTrue(FileManager.default.createFile(atPath: empty, contents: Data()))
        XCTAssertThrowsError(try SQLiteJournalStore(path: empty, access: .read)) { XCTAssertEqual($0 as? JournalOpenError, .empty(empty)) }
        let other = path("other.sqlite")
        try DatabaseQueue(path: other).write { try $0.execute(sql: "CREATE TABLE t(x)") }
        XCTAssertThrowsError(try SQLiteJournalStore(path: other, access: .write)) { XCTAssertEqual($0 as? JournalOpenError, .foreign(other)) }
        XCTAssertThrowsError(try SQLiteJournalStore(path: folder.path, access: .read)) {
            XCTAssertEqual($0 as? JournalOpenError, .notRegularFile(folder.path))
        }
        XCTAssertThrowsError(try SQLiteJournalStore(path: path("missing.sqlite"), access: .read))
    }

    func testStartingOnAnExistingFileIsRefused() throws {
        let (path, _) = try writtenJournal()
        XCTAssertThrowsError(try SQLiteJournalStore(path: path, access: .create)) { XCTAssertEqual($0 as? JournalOpenError, .alreadyExists(path)) }
    }

    func testARemovedJournalIsReportedAtOnceAndTheWriterKeepsWhatItCouldNotSave() throws {
        let session = try DrillFixtures.played()
        let path = path()
        let store = try SQLiteJournalStore(path: path, access: .create)
        let writer = JournalWriter(store: store)
        try writer.write(Array(session.entries.prefix(10)))
        try FileManager.default.removeItem(atPath: path)
        XCTAssertThrowsError(try writer.write(Array(session.entries[10..<12]))) { error in
            XCTAssertTrue("\(error)".contains("removed or replaced"), "\(error)")
        }
        XCTAssertEqual(writer.unsaved.count, 2)
    }

    func testAFailedWriteKeepsWhatWasCommitted() throws {
        let session = try DrillFixtures.played()
        let path = path()
        let store = try SQLiteJournalStore(path: path, access: .create)
        try store.append(Array(session.entries.prefix(10)))
        // Another entry with a taken sequence fails the whole transaction, leaving the committed ten.
        var clash = session.entries[10]
        clash.id = "another-writer/3"
        clash.sequence = 3
        XCTAssertThrowsError(try store.append([session.entries[10], clash]))
        XCTAssertEqual(try store.count(), 10)
    }

    func testAnEntryThatDoesNotDecodeIsNamedAndAnEmptyJournalDoesNotReplay() throws {
        let (path, _) = try writtenJournal()
        try DatabaseQueue(path: path).write { try $0.execute(sql: "UPDATE entry SET payload = '{\"to\": ' WHERE sequence = 7") }
        XCTAssertThrowsError(try SQLiteJournalStore(path: path, access: .read).entries()) { error in
            XCTAssertTrue("\(error)".contains("entry 7"), "\(error)")
        }
        let empty = self.path("empty-journal.sqlite")
        _ = try SQLiteJournalStore(path: empty, access: .create)
        XCTAssertThrowsError(try DrillSession.replay(try SQLiteJournalStore(path: empty, access: .read).entries())) { error in
            XCTAssertTrue("\(error)".contains("does not begin with a 'started' entry"), "\(error)")
        }
    }
}
