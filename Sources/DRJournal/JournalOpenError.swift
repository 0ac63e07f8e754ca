import Foundation

/// Why a journal could not be opened; every case reads as a message for the operator (the CLI exits 2).
public enum JournalOpenError: Error, Sendable, Hashable, CustomStringConvertible {
    case missing(String)
    case alreadyExists(String)
    case notRegularFile(String)
    case empty(String)
    case notSQLite(String)
    case truncated(String, expected: Int, actual: Int)
    case damaged(String, detail: String)
    case foreign(String)
    case newerFormat(String)
    case inUse(String, pid: Int32?)
    case cannotCreate(String, detail: String)

    public var description: String {
        switch self {
        case .missing(let path): "\(path): no such journal"
        case .alreadyExists(let path): "\(path): a file is already there; use `foundry-dr drill resume --journal \(path)` to continue it"
        case .notRegularFile(let path): "\(path): not a regular file, so not a journal"
        case .empty(let path): "\(path): an empty file, not a foundry-dr journal"
        case .notSQLite(let path): "\(path): not a foundry-dr journal (not an SQLite database)"
        case .truncated(let path, let expected, let actual):
            "\(path): the journal is truncated (its header says \(expected) bytes, the file has \(actual)); restore it from a copy"
        case .damaged(let path, let detail): "\(path): the journal is damaged (\(detail))"
        case .foreign(let path): "\(path): an SQLite database, but not a foundry-dr journal"
        case .newerFormat(let path): "\(path): written by a newer foundry-dr; upgrade to open it"
        case .inUse(let path, let pid?):
            "\(path): in use by process \(pid) (foundry-dr); close that console first, or read it with `foundry-dr drill report`"
        case .inUse(let path, nil): "\(path): in use by another process; close that console first"
        case .cannotCreate(let path, let detail): "\(path): cannot create the journal: \(detail)"
        }
    }
}

/// A write the journal refused; what was committed before stays.
public struct JournalWriteError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
