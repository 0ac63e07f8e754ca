import Foundation
import Yams

/// Loads one YAML document from text, bytes or a file, hardened against hostile input.
///
/// In order: the size cap, UTF-8 and NUL checks on the raw bytes; then the common file, block YAML without
/// anchors, tags or multi-line scalars, is read by `BlockYAMLParser`. Anything it declines goes the full way: a
/// structure scan that bounds nesting and rejects complex keys without recursion; the Yams parser, whose errors
/// become located diagnostics; then a walk that sizes the document with every alias expanded, so alias bombs
/// are refused before anyone reads them; and the Yams tree is converted to `YAMLNode`s.
/// Nothing here throws, crashes or runs unbounded on any input.
public enum YAMLLoader {
    /// Loads a document from text.
    public static func load(text: String, file: String, limits: YAMLLimits = .standard) -> YAMLLoadResult {
        load(bytes: Array(text.utf8), file: file, limits: limits)
    }

    /// Loads a document from raw bytes, which must be UTF-8.
    public static func load(data: Data, file: String, limits: YAMLLimits = .standard) -> YAMLLoadResult {
        guard data.count <= limits.maxBytes else {
            return failure(file, nil, InputScreen.tooLarge(data.count, limits: limits))
        }
        return load(bytes: [UInt8](data), file: file, limits: limits)
    }

    /// Loads a document from a file; a missing file, a directory, an unreadable or oversized file are diagnostics.
    public static func load(path: String, limits: YAMLLimits = .standard) -> YAMLLoadResult {
        switch FileInput.read(path: path, maxBytes: limits.maxBytes) {
        case .success(let data):
            return load(bytes: [UInt8](data), file: path, limits: limits)
        case .failure(let problem):
            return failure(path, nil, problem.message)
        }
    }

    static func load(bytes: [UInt8], file: String, limits: YAMLLimits) -> YAMLLoadResult {
        if let (position, message) = InputScreen.check(bytes, limits: limits).first {
            return failure(file, position, message)
        }
        // The common file, block YAML without anchors, tags or multi-line scalars, is read without Yams.
        if let root = BlockYAMLParser.parse(bytes, limits: limits) {
            return YAMLLoadResult(document: YAMLDocument(file: file, root: root), diagnostics: [])
        }
        let scan = StructureScan.scan(bytes, maxDepth: limits.maxDepth)
        if !scan.problems.isEmpty {
            let diagnostics = scan.problems.map { Diagnostic(file: file, at: $0.0, message: $0.1) }
            return YAMLLoadResult(document: nil, diagnostics: diagnostics)
        }
        let parsed = DuplicateKeyMasking.parse(bytes)
        let root: Yams.Node
        switch parsed.outcome {
        case .failure(let position, let message):
            return failure(file, position, message)
        case .empty:
            let message = bytes.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
                ? "file is empty" : "file holds no YAML document, only comments"
            return failure(file, nil, message)
        case .document(let node):
            root = node
        }
        // Aliases may repeat parts of the document, but add no more than `maxNodes` to what is written.
        // Without an '&' anywhere in the file there is no anchor, so no alias (Yams refuses an unknown one) and
        // nothing to expand: the walk is skipped for the common file.
        let measured = bytes.contains(UInt8(ascii: "&")) ? AliasBudget.measure(root) : nil
        if let measured, measured.expanded > measured.written + limits.maxNodes {
            let (position, message) = AliasBomb.describe(
                scan: scan, sizeAt: measured.sizeAt, limit: limits.maxNodes)
            return failure(file, position, message)
        }
        let repeats = DuplicateKeyMasking.locate(parsed.masks, in: root)
        let diagnostics = repeats.map { Diagnostic(file: file, at: $0.position, message: $0.message) }
        let masked = Dictionary(parsed.masks.map { ($0.position, $0.key) }, uniquingKeysWith: { first, _ in first })
        let document = YAMLDocument(
            file: file, root: YAMLNode(yams: root), maskedKeys: masked, repeatedKeys: Set(repeats.map(\.position)))
        return YAMLLoadResult(document: document, diagnostics: diagnostics)
    }

    private static func failure(_ file: String, _ position: SourcePosition?, _ message: String) -> YAMLLoadResult {
        YAMLLoadResult(document: nil, diagnostics: [Diagnostic(file: file, at: position, message: message)])
    }
}
