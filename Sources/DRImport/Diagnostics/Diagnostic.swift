import Foundation

/// One problem found in an input file, with where it is.
///
/// Diagnostics order by line, then column, then message, so a list of them reads top to bottom like the file.
public struct Diagnostic: Error, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The file as named to the user (a path, or a label such as `<sample:contoso-ai>`).
    public var file: String
    /// The 1-based line, or 0 when the problem concerns the whole file.
    public var line: Int
    /// The 1-based column, or 0 when the problem concerns the whole file or a whole line.
    public var column: Int
    /// What is wrong, in one sentence, without the location.
    public var message: String

    /// Creates a diagnostic at a line and column.
    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// Creates a diagnostic at a position, or for the whole file when the position is nil or unknown.
    public init(file: String, at position: SourcePosition?, message: String) {
        let place = position ?? .none
        self.init(file: file, line: place.line, column: place.column, message: message)
    }

    /// The position, or nil when the diagnostic concerns the whole file.
    public var position: SourcePosition? {
        line > 0 ? SourcePosition(line: line, column: column) : nil
    }

    /// `file:line:column: message`, or `file: message` without a position.
    public var description: String {
        guard line > 0 else { return "\(file): \(message)" }
        return "\(file):\(line):\(column): \(message)"
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.line, lhs.column, lhs.file, lhs.message) < (rhs.line, rhs.column, rhs.file, rhs.message)
    }
}
