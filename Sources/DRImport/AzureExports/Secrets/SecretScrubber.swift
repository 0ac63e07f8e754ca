import Foundation

/// A secret found in an export and removed before anything read it. The value itself is never kept.
public struct DroppedSecret: Sendable, Hashable {
    /// The file it was in.
    public var file: String
    /// Where in the file: a JSON path such as `$[0].properties.connectionString`.
    public var path: String
    /// The line it was on.
    public var line: Int
    /// Why it was taken for a secret (the member name, or what the value looked like), never the value.
    public var reason: String

    public init(file: String, path: String, line: Int, reason: String) {
        self.file = file
        self.path = path
        self.line = line
        self.reason = reason
    }
}

/// Removes secrets from a parsed export: members named like secrets, and string values that look like them.
///
/// A removed member disappears from its object; a removed array element becomes null, so later indices keep
/// their meaning. Numbers, booleans, nulls and timestamps under secret-like names are kept (storage exports have
/// `keyCreationTime.key1` dates, and flags such as `isSecret`).
struct SecretScrubber {
    let document: ExportDocument
    private(set) var dropped: [DroppedSecret] = []

    init(document: ExportDocument) { self.document = document }

    /// The document's root with every secret removed, and the secrets found.
    static func scrub(_ document: ExportDocument) -> (ExportDocument, [DroppedSecret]) {
        var scrubber = SecretScrubber(document: document)
        var clean = document
        clean.root = scrubber.visit(document.root, path: "$", key: nil) ?? JSONNode(.null, offset: document.root.offset)
        return (clean, scrubber.dropped)
    }

    private mutating func visit(_ node: JSONNode, path: String, key: String?) -> JSONNode? {
        switch node.value {
        case .string(let text):
            let structural = key.map { SecretRules.structuralNames.contains(SecretRules.normalise($0)) } ?? false
            if let kind = SecretRules.secretKind(ofValue: text, structural: structural) {
                record(node, path: path, reason: "value looks like \(kind)")
                return nil
            }
            return node
        case .array(let items):
            var out: [JSONNode] = []
            out.reserveCapacity(items.count)
            for (index, item) in items.enumerated() {
                out.append(visit(item, path: "\(path)[\(index)]", key: key) ?? JSONNode(.null, offset: item.offset))
            }
            return JSONNode(.array(out), offset: node.offset)
        case .object(let dict, let keys):
            let holdsNamedKey = keys.contains { SecretRules.normalise($0) == "keyname" }
            var outDict: [String: JSONNode] = [:]
            var outKeys: [String] = []
            for name in keys {
                guard let member = dict[name] else { continue }
                let memberPath = Self.append(name, to: path)
                let listedKey = holdsNamedKey && SecretRules.normalise(name) == "value"
                if SecretRules.isSecretName(name) || listedKey, Self.mayHoldSecret(member) {
                    let reason = listedKey ? "the value of a listed key" : "member named '\(Self.safeName(name))'"
                    record(member, path: memberPath, reason: reason)
                    continue
                }
                guard let clean = visit(member, path: memberPath, key: name) else { continue }
                outDict[name] = clean
                outKeys.append(name)
            }
            return JSONNode(.object(outDict, keys: outKeys), offset: node.offset)
        case .null, .bool, .number:
            return node
        }
    }

    private mutating func record(_ node: JSONNode, path: String, reason: String) {
        let line = document.position(of: node.offset).line
        dropped.append(DroppedSecret(file: document.file, path: path, line: line, reason: reason))
    }

    /// Strings (other than timestamps), objects and non-empty arrays may hold secrets; scalars do not.
    private static func mayHoldSecret(_ node: JSONNode) -> Bool {
        switch node.value {
        case .null, .bool, .number: return false
        case .string(let text): return !text.isEmpty && AzureTime.parse(text) == nil
        case .array(let items): return !items.isEmpty
        case .object: return true
        }
    }

    /// A JSON path step: `.name` for plain names, `["na me"]` otherwise; a name that itself looks like a secret
    /// is shown as `[redacted]`.
    static func append(_ name: String, to path: String) -> String {
        let plain = !name.isEmpty && name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-") }
        if plain, SecretRules.secretKind(ofValue: name, structural: false) == nil { return "\(path).\(name)" }
        return "\(path)[\"\(safeName(name))\"]"
    }

    /// A member name fit to show: itself, or `redacted` when it looks like a secret, escaped for JSON paths.
    static func safeName(_ name: String) -> String {
        if SecretRules.secretKind(ofValue: name, structural: false) != nil { return "redacted" }
        let escaped = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return escaped.count > 80 ? String(escaped.prefix(77)) + "..." : escaped
    }
}
