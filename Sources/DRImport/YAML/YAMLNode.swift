import Foundation

/// One node of a loaded YAML document, as every reader sees it, whichever parser built it.
///
/// The common file is read by `BlockYAMLParser` straight into these values; anything it declines is parsed by
/// Yams and converted (`YAMLNode(yams:)`). Readers never see the parser's own types, so the two paths cannot
/// read a file differently: the tests compare the trees both build for every file the fast path accepts.
/// Aliases are already resolved: an alias is a copy of the node its anchor names.
public enum YAMLNode: Sendable, Equatable {
    /// A scalar: its text exactly as YAML reads it (escapes decoded, no type resolved).
    case scalar(YAMLScalarNode)
    /// A mapping, its pairs in the order written.
    case mapping(YAMLMappingNode)
    /// A list.
    case sequence(YAMLSequenceNode)

    /// Where the node starts, as libyaml reports it: a scalar's first character (its quote when quoted), a
    /// block collection's first key or `-`, a flow collection's bracket.
    public var position: SourcePosition {
        switch self {
        case .scalar(let scalar): scalar.position
        case .mapping(let mapping): mapping.position
        case .sequence(let sequence): sequence.position
        }
    }
}

/// A scalar node.
public struct YAMLScalarNode: Sendable, Equatable {
    /// The text, escapes decoded.
    public var string: String
    /// Whether it was written plain (unquoted, not a block scalar): only plain text can read as null.
    public var isPlain: Bool
    /// Whether it carries the explicit tag `!!null`.
    public var isTaggedNull: Bool
    /// Where it starts.
    public var position: SourcePosition

    /// Creates a scalar.
    public init(_ string: String, isPlain: Bool, isTaggedNull: Bool = false, at position: SourcePosition) {
        self.string = string
        self.isPlain = isPlain
        self.isTaggedNull = isTaggedNull
        self.position = position
    }
}

/// A mapping node: its pairs in the order written (duplicate keys included; `YAMLDocument` says which to skip).
public struct YAMLMappingNode: Sendable, Equatable {
    /// One key and its value.
    public struct Pair: Sendable, Equatable {
        /// The key node.
        public var key: YAMLNode
        /// The value node.
        public var value: YAMLNode

        /// Creates a pair.
        public init(key: YAMLNode, value: YAMLNode) {
            self.key = key
            self.value = value
        }
    }

    /// The pairs, in the order written.
    public var pairs: [Pair]
    /// Where the mapping starts.
    public var position: SourcePosition

    /// Creates a mapping.
    public init(_ pairs: [Pair], at position: SourcePosition) {
        self.pairs = pairs
        self.position = position
    }
}

/// A list node.
public struct YAMLSequenceNode: Sendable, Equatable {
    /// The items, in order.
    public var items: [YAMLNode]
    /// Where the list starts.
    public var position: SourcePosition

    /// Creates a list.
    public init(_ items: [YAMLNode], at position: SourcePosition) {
        self.items = items
        self.position = position
    }
}

extension YAMLNode {
    /// The scalar's text, or nil for a collection.
    public var scalarText: String? {
        guard case .scalar(let scalar) = self else { return nil }
        return scalar.string
    }

    /// Whether the node is a null: an empty plain scalar, `~`, `null` (any of its three spellings), or tagged
    /// `!!null`.
    public var isNull: Bool {
        guard case .scalar(let scalar) = self else { return false }
        if scalar.isTaggedNull { return true }
        guard scalar.isPlain else { return false }
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
        case .scalar: isNull ? "null" : "a string"
        }
    }
}
