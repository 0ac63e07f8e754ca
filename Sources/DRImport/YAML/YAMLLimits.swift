import Foundation

/// The bounds a YAML file must stay within before and while it is parsed.
///
/// They protect the tool from hostile or broken input: a huge file, nesting deep enough to overflow the
/// composer's recursion, and alias bombs ("billion laughs") whose expansion would never finish.
public struct YAMLLimits: Sendable, Hashable {
    /// The largest file accepted, in bytes.
    public var maxBytes: Int
    /// The deepest nesting of lists and mappings accepted.
    public var maxDepth: Int
    /// The most nodes that aliases may add to the document once expanded (on top of the nodes written).
    public var maxNodes: Int
    /// The most diagnostics kept for one file.
    public var maxDiagnostics: Int

    /// Creates limits.
    public init(maxBytes: Int, maxDepth: Int = 64, maxNodes: Int = 100_000, maxDiagnostics: Int = 1_000) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
        self.maxDiagnostics = maxDiagnostics
    }

    /// Limits for estate files: 8 MiB, 64 levels, aliases adding at most 100,000 nodes.
    public static let estate = YAMLLimits(maxBytes: 8 << 20)

    /// Limits for small hand-written files such as scenarios and themes: 1 MiB, 64 levels, aliases adding at
    /// most 100,000 nodes.
    public static let standard = YAMLLimits(maxBytes: 1 << 20)
}
