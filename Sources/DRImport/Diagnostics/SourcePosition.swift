import Foundation

/// A place in a source file: a 1-based line and column (columns count Unicode scalars, as libyaml does).
///
/// Line and column 0 mean "no particular place", for problems with the file as a whole.
public struct SourcePosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The 1-based line, or 0 when not applicable.
    public var line: Int
    /// The 1-based column, or 0 when not applicable.
    public var column: Int

    /// Creates a position.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The start of the file (line 1, column 1).
    public static let start = SourcePosition(line: 1, column: 1)

    /// No particular place (line 0, column 0).
    public static let none = SourcePosition(line: 0, column: 0)

    /// Whether the position names a place in the file.
    public var isKnown: Bool { line > 0 }

    /// `line:column`.
    public var description: String { "\(line):\(column)" }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
