import Foundation

/// Reads fields of one item of an export with type checks: a field that is present but of the wrong type
/// becomes a diagnostic naming the file, line, column and JSON path; absent and null fields are simply nil.
///
/// Member names are matched exactly first, then case-insensitively, so camelCase REST and PascalCase
/// Resource Graph shapes read alike.
final class ItemReader {
    let document: ExportDocument
    let node: JSONNode
    let path: String
    private(set) var diagnostics: [Diagnostic] = []

    init(document: ExportDocument, node: JSONNode, path: String) {
        self.document = document
        self.node = node
        self.path = path
    }

    var file: String { document.file }

    /// The paths `properties.name` and `name`: REST nests properties, the CLI's `show` flattens them.
    static func property(_ name: String) -> [[String]] { [["properties", name], [name]] }

    /// Where a found node is: formatted as a JSON path only when a message needs it.
    struct Place {
        let base: String
        let steps: [String]

        var text: String { steps.reduce(base) { SecretScrubber.append($1, to: $0) } }
    }

    /// The node at the first of `paths` that is present and not null, with where it is.
    func find(_ paths: [[String]]) -> (node: JSONNode, place: Place)? {
        for steps in paths {
            var current = node
            var depth = 0
            var found = true
            for step in steps {
                guard current.isObject else {
                    if !current.isNull {
                        problem(
                            current, at: Place(base: path, steps: Array(steps.prefix(depth))).text,
                            expected: "an object")
                    }
                    found = false
                    break
                }
                guard let next = current.member(step), !next.isNull else {
                    found = false
                    break
                }
                current = next
                depth += 1
            }
            if found { return (current, Place(base: path, steps: steps)) }
        }
        return nil
    }

    func string(_ paths: [[String]]) -> String? {
        guard let (found, at) = find(paths) else { return nil }
        guard let text = found.string else {
            problem(found, at: at.text, expected: "a string")
            return nil
        }
        let trimmed = TrimmedText.trimmed(text, in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    func string(_ keys: String...) -> String? { string(keys.map { [$0] }) }

    func bool(_ paths: [[String]]) -> Bool? {
        guard let (found, at) = find(paths) else { return nil }
        guard let flag = found.bool else {
            problem(found, at: at.text, expected: "true or false")
            return nil
        }
        return flag
    }

    func int(_ paths: [[String]]) -> Int? {
        guard let (found, at) = find(paths) else { return nil }
        guard let number = found.double, number == number.rounded(), abs(number) < 1e9 else {
            problem(found, at: at.text, expected: "a whole number")
            return nil
        }
        return Int(number)
    }

    func double(_ paths: [[String]]) -> Double? {
        guard let (found, at) = find(paths) else { return nil }
        guard let number = found.double else {
            problem(found, at: at.text, expected: "a number")
            return nil
        }
        return number
    }

    func date(_ paths: [[String]]) -> Date? {
        guard let (found, at) = find(paths) else { return nil }
        guard let date = AzureTime.date(found) else {
            if let text = found.string, let why = AzureTime.problem(text) {
                problem("\(at.text): '\(text)' is not a time: \(why)", at: found)
            } else {
                problem(found, at: at.text, expected: "a time (ISO 8601 or a number)")
            }
            return nil
        }
        return date
    }

    func array(_ paths: [[String]]) -> [(node: JSONNode, path: String)]? {
        guard let (found, at) = find(paths) else { return nil }
        guard let items = found.array else {
            problem(found, at: at.text, expected: "an array")
            return nil
        }
        let base = at.text
        return items.enumerated().map { ($0.element, "\(base)[\($0.offset)]") }
    }

    /// An array of strings; non-string elements are diagnosed and left out.
    func strings(_ paths: [[String]]) -> [String]? {
        guard let items = array(paths) else { return nil }
        return items.compactMap { item in
            if item.node.isNull { return nil }
            guard let text = item.node.nonEmptyString else {
                problem(item.node, at: item.path, expected: "a string")
                return nil
            }
            return text
        }
    }

    /// A string-to-string map such as `tags`; keys lowercased (Azure tag names are case-insensitive).
    func tags(_ paths: [[String]]) -> [String: String] {
        guard let (found, at) = find(paths) else { return [:] }
        guard let members = found.members else {
            problem(found, at: at.text, expected: "an object of tag names and values")
            return [:]
        }
        var out: [String: String] = [:]
        for (key, value) in members {
            switch value.value {
            case .string(let text): out[key.lowercased()] = TrimmedText.trimmed(text, in: .whitespaces)
            case .number, .bool:
                out[key.lowercased()] = value.double.map { String($0) } ?? value.bool.map { String($0) }
            case .null: continue
            default: problem(value, at: SecretScrubber.append(key, to: at.text), expected: "a tag value (a string)")
            }
        }
        return out
    }

    /// A diagnostic about this item, at `node` (or the item itself).
    func problem(_ message: String, at node: JSONNode? = nil) {
        diagnostics.append(document.diagnostic(at: node ?? self.node, message))
    }

    private func problem(_ found: JSONNode, at path: String, expected: String) {
        diagnostics.append(
            document.diagnostic(
                at: found, "\(path): expected \(expected), found \(found.kindDescription); the field is ignored"))
    }
}
