import DRDomain
import Foundation

/// Reads typed values out of a loaded document, recording a located diagnostic for every problem instead of
/// throwing, so one pass reports everything that is wrong.
///
/// Scalars are read from their raw text, never from what YAML 1.1 would make of them: `yes` is the string
/// `yes` until a Boolean is asked for, and `0755` stays `0755`. The `what` parameters name the value in
/// messages, such as `'region' of hub 'hub-eus2'`.
public final class YAMLReader {
    /// The document being read.
    public let document: YAMLDocument
    /// Where problems go.
    public let diagnostics: DiagnosticCollector

    /// Creates a reader; the collector should be for the document's file.
    public init(document: YAMLDocument, diagnostics: DiagnosticCollector) {
        self.document = document
        self.diagnostics = diagnostics
    }

    /// The document's root node.
    public var root: YAMLNode { document.root }

    /// Records an error at a node's position.
    public func error(_ message: String, at node: YAMLNode) {
        diagnostics.error(message, at: node.position)
    }

    /// Records an error at a position.
    public func error(_ message: String, at position: SourcePosition?) {
        diagnostics.error(message, at: position)
    }

    /// The position of a node (the start of the file for nodes without one).
    public func position(of node: YAMLNode) -> SourcePosition {
        node.position
    }

    // MARK: - Collections

    /// Reads a mapping whose keys must come from `keys`; reports the node when it is not a mapping.
    ///
    /// `context` names the mapping in messages about its keys (`unknown key 'x' in key vault`); `what` names the
    /// value in a type mismatch (`'objectives' of the estate: expected a mapping, found a list`) and defaults to
    /// `context`.
    public func mapping(_ node: YAMLNode, context: String, keys: [String], what: @autoclosure () -> String? = nil) -> MappingReader? {
        guard case .mapping = node else {
            error("\(what() ?? context): expected a mapping, found \(node.kindDescription)", at: node)
            return nil
        }
        return MappingReader(reader: self, node: node, context: context, allowedKeys: keys)
    }

    /// Reads a list; null reads as an empty list.
    public func list(_ node: YAMLNode, what: @autoclosure () -> String) -> [YAMLNode]? {
        if node.isNull { return [] }
        guard case .sequence(let sequence) = node else {
            error("\(what()): expected a list, found \(node.kindDescription)", at: node)
            return nil
        }
        return sequence.items
    }

    /// Reads a list of strings with each item's position; null reads as an empty list.
    public func stringList(_ node: YAMLNode, what: @autoclosure () -> String) -> [(value: String, position: SourcePosition)]? {
        guard let items = list(node, what: what()) else { return nil }
        var out: [(value: String, position: SourcePosition)] = []
        var ok = true
        for item in items {
            if let text = string(item, what: "item of \(what())") {
                out.append((text, position(of: item)))
            } else {
                ok = false
            }
        }
        return ok ? out : nil
    }

    /// Reads a mapping with free-form string keys (such as region names), reporting repeated keys.
    public func entries(_ node: YAMLNode, what: @autoclosure () -> String) -> [(key: String, position: SourcePosition, value: YAMLNode)]? {
        if node.isNull { return [] }
        guard case .mapping(let mapping) = node else {
            error("\(what()): expected a mapping, found \(node.kindDescription)", at: node)
            return nil
        }
        var out: [(key: String, position: SourcePosition, value: YAMLNode)] = []
        for pair in mapping.pairs {
            let (key, value) = (pair.key, pair.value)
            let place = position(of: key)
            guard let written = string(key, what: "key of \(what())"),
                let name = document.keyText(written, at: place)
            else { continue }
            out.append((name, place, value))
        }
        return out
    }

    // MARK: - Scalars

    /// Reads a non-empty string; any scalar's raw text is accepted.
    public func string(_ node: YAMLNode, what: @autoclosure () -> String) -> String? {
        guard case .scalar(let scalar) = node, !node.isNull else {
            error("\(what()): expected a string, found \(node.kindDescription)", at: node)
            return nil
        }
        let text = TrimmedText.trimmed(scalar.string)
        guard !text.isEmpty else {
            error("\(what()): expected a non-empty string", at: node)
            return nil
        }
        return text
    }

    /// Reads a whole number, optionally within a range.
    public func int(_ node: YAMLNode, what: @autoclosure () -> String, in range: ClosedRange<Int>? = nil) -> Int? {
        guard let text = scalarText(node, what: what(), expected: "an integer") else { return nil }
        guard let value = Int(text.hasPrefix("+") ? String(text.dropFirst()) : text) else {
            error("\(what()): expected an integer, found \(node.foundDescription)", at: node)
            return nil
        }
        if let range, !range.contains(value) {
            error("\(what()): \(value) is outside \(range.lowerBound)...\(range.upperBound)", at: node)
            return nil
        }
        return value
    }

    /// Reads a finite number, optionally within a range.
    public func double(_ node: YAMLNode, what: @autoclosure () -> String, in range: ClosedRange<Double>? = nil) -> Double? {
        guard let text = scalarText(node, what: what(), expected: "a number") else { return nil }
        guard let value = Double(text), value.isFinite, text.lowercased() != "nan", !text.lowercased().contains("inf")
        else {
            error("\(what()): expected a number, found \(node.foundDescription)", at: node)
            return nil
        }
        if let range, !range.contains(value) {
            error("\(what()): \(text) is outside \(range.lowerBound)...\(range.upperBound)", at: node)
            return nil
        }
        return value
    }

    /// Reads a Boolean: `true`, `false`, `yes` or `no`, in any case.
    public func bool(_ node: YAMLNode, what: @autoclosure () -> String) -> Bool? {
        guard let text = scalarText(node, what: what(), expected: "true or false") else { return nil }
        switch text.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            error("\(what()): expected true or false, found \(node.foundDescription)", at: node)
            return nil
        }
    }

    /// Reads one of `allowed` (case-insensitive) and returns it as spelt in `allowed`.
    public func choice(_ node: YAMLNode, what: @autoclosure () -> String, from allowed: [String]) -> String? {
        guard let text = scalarText(node, what: what(), expected: "one of \(allowed.joined(separator: ", "))") else {
            return nil
        }
        if let match = allowed.first(where: { $0.lowercased() == text.lowercased() }) { return match }
        error(
            "\(what()): '\(text)' is not one of \(allowed.joined(separator: ", "))"
                + Suggestion.didYouMean(text, in: allowed),
            at: node)
        return nil
    }

    /// Reads a case of a string-backed enumeration (case-insensitive), listing the allowed values on error.
    public func enumeration<Value: CaseIterable & RawRepresentable>(
        _ node: YAMLNode, what: @autoclosure () -> String, as type: Value.Type = Value.self
    ) -> Value? where Value.RawValue == String {
        let allowed = Value.allCases.map(\.rawValue)
        guard let text = choice(node, what: what(), from: allowed) else { return nil }
        return Value(rawValue: text)
    }

    /// Reads an ISO 8601 duration (`PT15M`, `PT4H`, `P1DT2H`) as seconds.
    public func duration(_ node: YAMLNode, what: @autoclosure () -> String) -> TimeInterval? {
        guard let text = scalarText(node, what: what(), expected: "an ISO 8601 duration") else { return nil }
        guard let seconds = ISODuration.seconds(from: text) else {
            error(
                "\(what()): '\(text)' is not an ISO 8601 duration; write it like PT15M, PT4H or P1DT2H "
                    + "(no years or months)",
                at: node)
            return nil
        }
        return seconds
    }

    /// Reads an ISO 8601 timestamp with a time zone (`2026-11-28T09:00:00Z`, fractions and offsets allowed).
    public func timestamp(_ node: YAMLNode, what: @autoclosure () -> String) -> Date? {
        guard let text = scalarText(node, what: what(), expected: "an ISO 8601 timestamp") else { return nil }
        guard let date = Timestamp.parse(text) else {
            if let why = Timestamp.impossibility(in: text) {
                error("\(what()): '\(text)' is not a real time: \(why)", at: node)
            } else {
                error(
                    "\(what()): '\(text)' is not an ISO 8601 timestamp; write it like 2026-11-28T09:00:00Z "
                        + "(a time zone, Z or +01:00, is required)",
                    at: node)
            }
            return nil
        }
        return date
    }

    /// The trimmed raw text of a non-null scalar, or nil after reporting what was found instead.
    private func scalarText(
        _ node: YAMLNode, what: @autoclosure () -> String, expected: @autoclosure () -> String
    ) -> String? {
        guard case .scalar(let scalar) = node, !node.isNull else {
            error("\(what()): expected \(expected()), found \(node.kindDescription)", at: node)
            return nil
        }
        return TrimmedText.trimmed(scalar.string)
    }
}
