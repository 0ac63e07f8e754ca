import Foundation

/// One YAML document, loaded and checked against the limits, ready for a `YAMLReader`.
public struct YAMLDocument {
    /// The file as named in diagnostics.
    public let file: String
    /// The root node. Aliases are resolved: each is a copy of the node its anchor names.
    public let root: YAMLNode
    /// Keys the loader renamed to get past the parser's duplicate check, with their original text.
    let maskedKeys: [SourcePosition: String]
    /// Keys that repeat an earlier key of the same mapping (already reported); readers skip them, so the first
    /// occurrence is the one read.
    let repeatedKeys: Set<SourcePosition>

    init(
        file: String, root: YAMLNode, maskedKeys: [SourcePosition: String] = [:], repeatedKeys: Set<SourcePosition> = []
    ) {
        self.file = file
        self.root = root
        self.maskedKeys = maskedKeys
        self.repeatedKeys = repeatedKeys
    }

    /// The text of a mapping key as written (undoing any mask), or nil when the key repeats an earlier one.
    func keyText(_ key: String, at place: SourcePosition) -> String? {
        // The common file has no repeated keys: no lookups at all.
        if repeatedKeys.isEmpty && maskedKeys.isEmpty { return key }
        if repeatedKeys.contains(place) { return nil }
        return maskedKeys[place] ?? key
    }
}

/// What loading a YAML file produced: the document when it could be read, and every problem found.
///
/// Duplicate keys do not stop loading: they come back as diagnostics next to a usable document, so the caller
/// can go on and report the file's other problems too.
public struct YAMLLoadResult {
    /// The document, or nil when the file could not be read or parsed.
    public var document: YAMLDocument?
    /// Problems found while loading, sorted by position.
    public var diagnostics: [Diagnostic]

    /// Creates a result.
    public init(document: YAMLDocument?, diagnostics: [Diagnostic]) {
        self.document = document
        self.diagnostics = diagnostics.sorted()
    }
}
