import DRDomain
import Foundation

/// Reads one YAML mapping with a known set of keys: typed accessors that record diagnostics instead of throwing.
///
/// On creation it reports every key that is not allowed, at the key, with a "did you mean" when one is close.
/// Accessors return nil both for an absent key and for a bad value (the bad value is reported); with
/// `required: true` an absent or null key is reported too, at the mapping's position.
public final class MappingReader {
    /// The reader the mapping belongs to.
    public let reader: YAMLReader
    /// The mapping node.
    public let node: YAMLNode
    /// Where the mapping starts.
    public let position: SourcePosition
    /// What the mapping describes, as messages name it: `key vault`, `hub`, `objectives`.
    public let context: String
    /// The name of the thing described, once known (usually its `id`); messages then say `key vault 'kv-a'`.
    public var name: String?

    /// The allowed keys present, in the order first written. A scan of a dozen short keys is
    /// cheaper than hashing them into a dictionary for every mapping of the file.
    private var entries: [(key: String, keyPosition: SourcePosition, value: YAMLNode)] = []

    init(reader: YAMLReader, node: YAMLNode, context: String, allowedKeys: [String]) {
        self.reader = reader
        self.node = node
        self.position = node.position
        self.context = context
        guard case .mapping(let mapping) = node else { return }
        for pair in mapping.pairs {
            let (key, value) = (pair.key, pair.value)
            let keyPosition = key.position
            guard case .scalar(let scalar) = key, !key.isNull else {
                reader.error("keys in \(context) must be strings, found \(key.kindDescription)", at: keyPosition)
                continue
            }
            guard let text = reader.document.keyText(scalar.string, at: keyPosition) else { continue }
            // A scan of a dozen keys: cheaper than hashing them into a set for every mapping of the file.
            guard allowedKeys.contains(text) else {
                let hint = Suggestion.closest(to: text, in: allowedKeys).map { "; did you mean '\($0)'?" }
                    ?? "; allowed keys are \(allowedKeys.joined(separator: ", "))"
                reader.error("unknown key '\(text)' in \(context)\(hint)", at: keyPosition)
                continue
            }
            if let existing = entries.firstIndex(where: { $0.key == text }) {
                entries[existing] = (text, keyPosition, value)
            } else {
                entries.append((text, keyPosition, value))
            }
        }
    }

    /// The thing described, for messages: `hub 'hub-eus2'`, or just `hub` before its name is known.
    public var subject: String {
        guard let name else { return context }
        return "\(context) '\(name)'"
    }

    /// The allowed keys present, in the order written.
    public var keys: [String] { entries.map(\.key) }

    /// Whether the key is present with a non-null value.
    public func contains(_ key: String) -> Bool {
        guard let entry = entry(key) else { return false }
        return !entry.value.isNull
    }

    /// Whether the key is written, even with a null value (`pair: null` can mean "no pair").
    public func isWritten(_ key: String) -> Bool { entry(key) != nil }

    /// The value node of a key, when present.
    public func value(_ key: String) -> YAMLNode? { entry(key)?.value }

    /// Where the key itself is written.
    public func keyPosition(_ key: String) -> SourcePosition? { entry(key)?.keyPosition }

    /// Where the key's value is written, or the mapping's position when the key is absent.
    public func valuePosition(_ key: String) -> SourcePosition {
        entry(key).map { $0.value.position } ?? position
    }

    /// Records an error at a key's value (or at the mapping when the key is absent).
    public func error(_ message: String, at key: String) {
        reader.error(message, at: valuePosition(key))
    }

    /// `'key' of hub 'hub-eus2'`, the name of a value in messages.
    public func describe(_ key: String) -> String { "'\(key)' of \(subject)" }

    // MARK: - Typed accessors

    /// A non-empty string.
    public func string(_ key: String, required: Bool = false) -> String? {
        present(key, required).flatMap { reader.string($0, what: describe(key)) }
    }

    /// A whole number, optionally within a range.
    public func int(_ key: String, required: Bool = false, in range: ClosedRange<Int>? = nil) -> Int? {
        present(key, required).flatMap { reader.int($0, what: describe(key), in: range) }
    }

    /// A finite number, optionally within a range.
    public func double(_ key: String, required: Bool = false, in range: ClosedRange<Double>? = nil) -> Double? {
        present(key, required).flatMap { reader.double($0, what: describe(key), in: range) }
    }

    /// A Boolean (`true`, `false`, `yes`, `no`, any case).
    public func bool(_ key: String, required: Bool = false) -> Bool? {
        present(key, required).flatMap { reader.bool($0, what: describe(key)) }
    }

    /// One of a fixed set of strings (case-insensitive), returned as spelt in `allowed`.
    public func choice(_ key: String, from allowed: [String], required: Bool = false) -> String? {
        present(key, required).flatMap { reader.choice($0, what: describe(key), from: allowed) }
    }

    /// A case of a string-backed enumeration (case-insensitive).
    public func enumeration<Value: CaseIterable & RawRepresentable>(
        _ key: String, as type: Value.Type = Value.self, required: Bool = false
    ) -> Value? where Value.RawValue == String {
        present(key, required).flatMap { reader.enumeration($0, what: describe(key), as: type) }
    }

    /// An ISO 8601 duration, in seconds.
    public func duration(_ key: String, required: Bool = false) -> TimeInterval? {
        present(key, required).flatMap { reader.duration($0, what: describe(key)) }
    }

    /// An ISO 8601 timestamp with a time zone.
    public func timestamp(_ key: String, required: Bool = false) -> Date? {
        present(key, required).flatMap { reader.timestamp($0, what: describe(key)) }
    }

    /// A list of strings with the position of each item.
    public func stringList(_ key: String, required: Bool = false) -> [(value: String, position: SourcePosition)]? {
        present(key, required).flatMap { reader.stringList($0, what: describe(key)) }
    }

    /// A list of nodes.
    public func list(_ key: String, required: Bool = false) -> [YAMLNode]? {
        present(key, required).flatMap { reader.list($0, what: describe(key)) }
    }

    /// A nested mapping with its own allowed keys.
    public func mapping(_ key: String, context: String, keys: [String], required: Bool = false) -> MappingReader? {
        present(key, required).flatMap { reader.mapping($0, context: context, keys: keys, what: describe(key)) }
    }

    /// Reports every required key that is absent or null, at the mapping's position.
    public func require(_ requiredKeys: [String]) {
        for key in requiredKeys { _ = present(key, true) }
    }

    private func entry(_ key: String) -> (key: String, keyPosition: SourcePosition, value: YAMLNode)? {
        entries.first { $0.key == key }
    }

    /// The non-null value of a key; reports a missing required key.
    private func present(_ key: String, _ required: Bool) -> YAMLNode? {
        guard let entry = entry(key) else {
            if required { reader.error("missing required key '\(key)' in \(subject)", at: position) }
            return nil
        }
        if entry.value.isNull {
            if required { reader.error("\(describe(key)): a value is required, found null", at: entry.keyPosition) }
            return nil
        }
        return entry.value
    }
}
