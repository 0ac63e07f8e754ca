import Foundation

/// Checks a file before SQLite opens it, so a foreign, empty or truncated file gets a plain message instead of
/// SQLite's "file is not a database" or a later read error.
enum SQLiteFileCheck {
    /// The 16 bytes every SQLite 3 database begins with.
    static let magic = Array("SQLite format 3\u{0}".utf8)

    /// Throws when the file at `path` is missing, not a regular file, empty, not SQLite, or shorter than its
    /// header says.
    static func check(_ path: String) throws(JournalOpenError) {
        var info = stat()
        guard stat(path, &info) == 0 else { throw .missing(path) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw .notRegularFile(path) }
        let size = Int(info.st_size)
        guard size > 0 else { throw .empty(path) }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .damaged(path, detail: "cannot be read") }
        defer { try? handle.close() }
        let header = [UInt8]((try? handle.read(upToCount: 100)) ?? Data())
        guard header.count >= 16, Array(header.prefix(16)) == magic else { throw .notSQLite(path) }
        guard header.count == 100 else { throw .truncated(path, expected: 100, actual: size) }
        let rawPageSize = Int(header[16]) << 8 | Int(header[17])
        let pageSize = rawPageSize == 1 ? 65_536 : rawPageSize
        let pageCount = header[28..<32].reduce(0) { $0 << 8 | Int($1) }
        let changeCounter = header[24..<28].reduce(0) { $0 << 8 | Int($1) }
        let validFor = header[92..<96].reduce(0) { $0 << 8 | Int($1) }
        // The in-header size is valid only when written by a SQLite that keeps it (3.7.0 on).
        if pageCount > 0, changeCounter == validFor, size < pageCount * pageSize {
            throw .truncated(path, expected: pageCount * pageSize, actual: size)
        }
    }
}
