import Foundation
import Yams

extension Node {
    /// The node's position, or nil for nodes built in code.
    var sourcePosition: SourcePosition? {
        guard let mark else { return nil }
        return SourcePosition(line: mark.line, column: mark.column)
    }

    /// Whether the node is a null: an empty plain scalar, `~`, `null` (any case), or tagged `!!null`.
    var isNull: Bool {
        guard case .scalar(let scalar) = self else { return false }
        if scalar.tag.rawValue == Tag.Name.null.rawValue { return true }
        guard scalar.style == .plain else { return false }
        switch scalar.string {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    /// How the node reads in "found ..." messages: `a mapping`, `a list`, `null`, or the quoted scalar.
    var foundDescription: String {
        switch self {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let scalar):
            if isNull { return "null" }
            let text = scalar.string
            let shown = text.count > 60 ? String(text.prefix(57)) + "..." : text
            return "'\(shown.replacingOccurrences(of: "\n", with: "\\n"))'"
        }
    }

    /// `a mapping`, `a list`, `null` or `a string`, for type mismatches where the scalar text adds nothing.
    var kindDescription: String {
        switch self {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        case .scalar: isNull ? "null" : "a string"
        }
    }
}
