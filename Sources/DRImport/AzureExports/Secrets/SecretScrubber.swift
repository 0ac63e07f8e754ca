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
/// `keyCreationTime.key1` dates, and flags such as `isSecret`). Where a name is ambiguous (`key`, `keys`,
/// `secrets`, `key1`, ...) the value decides: plain words such as Key Vault permission lists
/// (`"keys": ["get", "list"]`) are kept. Tags are the user's own names: a tag is judged by its value only.
struct SecretScrubber {
    let document: ExportDocument
    private(set) var dropped: [DroppedSecret] = []
    /// The path to the node being visited, formatted only when a secret is recorded.
    private var path: [PathStep] = []
    /// What each member name seen so far says (names repeat in every item).
    private var names: [String: NameInfo] = [:]

    private enum PathStep {
        case member(String)
        case index(Int)
    }

    init(document: ExportDocument) { self.document = document }

    /// The document's root with every secret removed, and the secrets found.
    static func scrub(_ document: ExportDocument) -> (ExportDocument, [DroppedSecret]) {
        var scrubber = SecretScrubber(document: document)
        var clean = document
        switch scrubber.visit(document.root, key: nil, tagNames: false) {
        case .unchanged: break
        case .changed(let root): clean.root = root
        case .dropped: clean.root = JSONNode(.null, offset: document.root.offset)
        }
        return (clean, scrubber.dropped)
    }

    /// What visiting a node did: nothing (the common case, so nothing is copied), a copy with secrets removed
    /// below it, or the node itself is a secret.
    private enum Outcome {
        case unchanged
        case changed(JSONNode)
        case dropped
    }

    /// What a member name says, computed once per distinct name.
    private struct NameInfo {
        var secret: Bool
        var structural: Bool
        var keyName: Bool
        var value: Bool
        /// A secret's name that also names harmless things (`keys` permission lists, a tag `key`).
        var ambiguous: Bool
        /// `tags`: its members are tag names, not field names.
        var tags: Bool
    }

    private mutating func info(_ name: String) -> NameInfo {
        if let known = names[name] { return known }
        let normalised = SecretRules.normalise(name)
        let info = NameInfo(
            secret: SecretRules.isSecretName(name), structural: SecretRules.structuralNames.contains(normalised),
            keyName: normalised == "keyname", value: normalised == "value",
            ambiguous: SecretRules.isAmbiguousName(name), tags: normalised == "tags")
        if names.count < 10_000 { names[name] = info }
        return info
    }

    /// Visits a node; `tagNames` says that the members of this object are tag names, judged by value only.
    private mutating func visit(_ node: JSONNode, key: String?, tagNames: Bool) -> Outcome {
        switch node.value {
        case .string(let text):
            let structural = key.map { info($0).structural } ?? false
            if let kind = SecretRules.secretKind(ofValue: text, structural: structural) {
                record(node, reason: "value looks like \(kind)")
                return .dropped
            }
            return .unchanged
        case .array(let items):
            var out: [JSONNode]?
            for (index, item) in items.enumerated() {
                path.append(.index(index))
                let outcome = visit(item, key: key, tagNames: false)
                path.removeLast()
                switch outcome {
                case .unchanged:
                    out?.append(item)
                case .changed(let clean):
                    if out == nil { out = Array(items[..<index]) }
                    out?.append(clean)
                case .dropped:
                    if out == nil { out = Array(items[..<index]) }
                    out?.append(JSONNode(.null, offset: item.offset))
                }
            }
            return out.map { .changed(JSONNode(.array($0), offset: node.offset)) } ?? .unchanged
        case .object(let dict, let keys):
            let holdsNamedKey = keys.contains { info($0).keyName }
            var outDict = dict
            var removed: Set<String> = []
            var changed = false
            for name in keys {
                guard let member = dict[name] else { continue }
                path.append(.member(name))
                defer { path.removeLast() }
                let nameInfo = tagNames ? nil : info(name)
                let listedKey = holdsNamedKey && nameInfo?.value == true
                let namedSecret =
                    nameInfo.map { $0.secret && !($0.ambiguous && Self.looksHarmless(member)) } ?? false
                var outcome: Outcome
                if namedSecret || listedKey, Self.mayHoldSecret(member) {
                    record(
                        member,
                        reason: listedKey ? "the value of a listed key" : "member named '\(Self.safeName(name))'")
                    outcome = .dropped
                } else {
                    outcome = visit(member, key: name, tagNames: nameInfo?.tags == true && member.isObject)
                }
                switch outcome {
                case .unchanged: continue
                case .changed(let clean): outDict[name] = clean
                case .dropped:
                    outDict[name] = nil
                    removed.insert(name)
                }
                changed = true
            }
            let outKeys = removed.isEmpty ? keys : keys.filter { !removed.contains($0) }
            return changed ? .changed(JSONNode(.object(outDict, keys: outKeys), offset: node.offset)) : .unchanged
        case .null, .bool, .number:
            return .unchanged
        }
    }

    private mutating func record(_ node: JSONNode, reason: String) {
        let line = document.position(of: node.offset).line
        var text = "$"
        for step in path {
            switch step {
            case .member(let name): text = Self.append(name, to: text)
            case .index(let index): text += "[\(index)]"
            }
        }
        dropped.append(DroppedSecret(file: document.file, path: text, line: line, reason: reason))
    }

    /// A value no secret looks like: a plain word or short phrase (letters, spaces, `-`, `_`, `.`), or a list of
    /// them, such as a Key Vault permission list or a tag value `value`. Digits, symbols, long strings and
    /// objects are not harmless.
    static func looksHarmless(_ node: JSONNode) -> Bool {
        switch node.value {
        case .string(let text): return isPlainWord(text)
        case .array(let items): return items.allSatisfy { $0.string.map(isPlainWord) ?? $0.isNull }
        case .null, .bool, .number: return true
        case .object: return false
        }
    }

    private static func isPlainWord(_ text: String) -> Bool {
        text.utf8.count <= 40
            && text.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || $0 == " " || $0 == "-" || $0 == "_"
                    || $0 == "."
            }
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
        let plain =
            !name.isEmpty
            && name.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-")
            }
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
