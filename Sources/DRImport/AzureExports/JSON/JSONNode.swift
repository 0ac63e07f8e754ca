import Foundation

/// A parsed JSON value and the byte offset in its file where it starts, so problems can be located.
struct JSONNode: Sendable {
    /// The value itself.
    enum Value: Sendable {
        case null
        case bool(Bool)
        case number(Double)
        case string(String)
        case array([JSONNode])
        /// Members by key, and the keys in file order (a repeated key keeps its last value).
        case object([String: JSONNode], keys: [String])
    }

    var value: Value
    /// Byte offset of the value's first character in the file.
    var offset: Int

    init(_ value: Value, offset: Int) {
        self.value = value
        self.offset = offset
    }

    /// The value's kind in words, for messages ("a string", "an object").
    var kindDescription: String {
        switch value {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    var isNull: Bool {
        if case .null = value { return true }
        return false
    }

    /// The string, or nil for anything else.
    var string: String? {
        if case .string(let text) = value { return text }
        return nil
    }

    /// A non-empty trimmed string, or nil.
    var nonEmptyString: String? {
        guard let text = string.map({ TrimmedText.trimmed($0) }), !text.isEmpty else { return nil }
        return text
    }

    /// A boolean, accepting the strings `true` and `false` as exports sometimes write them.
    var bool: Bool? {
        switch value {
        case .bool(let flag): return flag
        case .string(let text):
            switch text.lowercased() {
            case "true": return true
            case "false": return false
            default: return nil
            }
        default: return nil
        }
    }

    /// A number, accepting numeric strings (list-locations writes coordinates as strings).
    var double: Double? {
        switch value {
        case .number(let number): return number
        case .string(let text):
            return Double(TrimmedText.trimmed(text, in: .whitespaces)).flatMap { $0.isFinite ? $0 : nil }
        default: return nil
        }
    }

    /// The elements of an array, or nil.
    var array: [JSONNode]? {
        if case .array(let items) = value { return items }
        return nil
    }

    /// Whether the value is an object.
    var isObject: Bool {
        if case .object = value { return true }
        return false
    }

    /// The members of an object as (key, value) pairs in file order, or nil.
    var members: [(key: String, value: JSONNode)]? {
        guard case .object(let dict, let keys) = value else { return nil }
        return keys.compactMap { key in dict[key].map { (key, $0) } }
    }

    /// The member named `key` (exact match first, then case-insensitive), including a JSON null.
    func member(_ key: String) -> JSONNode? {
        guard case .object(let dict, let keys) = value else { return nil }
        if let exact = dict[key] { return exact }
        guard let match = keys.first(where: { Self.equalIgnoringASCIICase($0, key) }) else { return nil }
        return dict[match]
    }

    /// Whether two names are equal ignoring ASCII case, without allocating.
    static func equalIgnoringASCIICase(_ lhs: String, _ rhs: String) -> Bool {
        let left = lhs.utf8, right = rhs.utf8
        guard left.count == right.count else { return false }
        for (a, b) in zip(left, right) where a != b {
            let foldedA = a >= 0x41 && a <= 0x5A ? a | 0x20 : a
            let foldedB = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
            if foldedA != foldedB { return false }
        }
        return true
    }

    /// The first of `keys` that is present and not null.
    subscript(_ keys: String...) -> JSONNode? {
        for key in keys {
            if let node = member(key), !node.isNull { return node }
        }
        return nil
    }

    /// Follows a path of member names, skipping nothing; nil when any step is missing or null.
    func at(_ path: [String]) -> JSONNode? {
        var node = self
        for key in path {
            guard let next = node.member(key), !next.isNull else { return nil }
            node = next
        }
        return node
    }
}
