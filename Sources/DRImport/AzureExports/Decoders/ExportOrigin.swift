import Foundation

/// Where a record of an export starts: the file and the line and column of its opening brace.
struct ExportOrigin: Sendable, Hashable, CustomStringConvertible {
    var file: String
    var position: SourcePosition?

    /// `file:line:column`, or the file alone when the place is unknown.
    var description: String { position.map { "\(file):\($0)" } ?? file }

    /// A diagnostic about the record.
    func diagnostic(_ message: String) -> Diagnostic { Diagnostic(file: file, at: position, message: message) }
}
