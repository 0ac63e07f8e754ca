import Foundation
import Yams

/// Turns the errors Yams throws into located diagnostics with plain messages.
enum YamlErrorText {
    /// The position and message for a Yams error; the position is nil when the error has none.
    static func describe(_ error: Error, in text: String) -> (SourcePosition?, String) {
        guard let yamlError = error as? YamlError else {
            return (nil, "YAML error: \(error)")
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _):
            return (place(mark), "YAML syntax error: " + sentence(problem, context))
        case .parser(let context, let problem, let mark, _):
            return (place(mark), "YAML structure error: " + sentence(problem, context))
        case .composer(let context, let problem, let mark, _):
            if problem == "but found another document" {
                return (place(mark), "the file holds more than one YAML document; put everything in a single document")
            }
            if problem == "found undefined alias" {
                return (place(mark), "alias refers to an anchor that is not defined before it")
            }
            return (place(mark), "YAML error: " + sentence(problem, context))
        case .reader(let problem, let offset, let value, _):
            let position = offset.map { TextPosition.position(ofCharacter: $0, in: text) }
            let code = value >= 0 ? String(format: " (character U+%04X)", value) : ""
            return (position, "unreadable text: \(problem)\(code)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return (place(context.mark), "duplicate key \(names) in one mapping")
        case .memory:
            return (nil, "out of memory while parsing YAML")
        case .dataCouldNotBeDecoded:
            return (nil, "file is not valid UTF-8 text")
        case .no, .writer, .emitter, .representer:
            return (nil, "YAML error: \(yamlError)")
        }
    }

    private static func place(_ mark: Mark) -> SourcePosition {
        SourcePosition(line: max(1, mark.line), column: max(1, mark.column))
    }

    private static func sentence(_ problem: String, _ context: YamlError.Context?) -> String {
        guard let context, !context.text.isEmpty else { return problem }
        return "\(problem) (\(context.text) at \(context.mark.line):\(context.mark.column))"
    }
}
