import Foundation

/// An Azure Resource Manager id, compared case-insensitively, with the parts an import needs.
struct ArmID: Sendable, Hashable, CustomStringConvertible {
    /// The id as written.
    let raw: String
    /// Lowercased, without a trailing slash: the join key.
    let key: String
    private let segments: [Substring]

    /// Parses an id starting with `/`; nil for anything else.
    init?(_ text: String) {
        let trimmed = TrimmedText.trimmed(text, in: .whitespaces)
        guard trimmed.hasPrefix("/"), trimmed.utf8.count > 1 else { return nil }
        var body = trimmed
        while body.hasSuffix("/") { body.removeLast() }
        raw = body
        key = body.lowercased()
        // Split on the byte '/': splitting by characters cost tens of thousands of instructions per id. (Only a
        // combining mark written right after a '/' would split otherwise; Azure ids are ASCII.)
        segments = Self.segments(of: body)
        guard !segments.isEmpty else { return nil }
    }

    var description: String { raw }

    /// The non-empty runs between `/` bytes, as `body.utf8.split(separator: "/")` gives them, found by one walk
    /// over the bytes (the generic `split` cost about ten thousand instructions per id).
    private static func segments(of body: String) -> [Substring] {
        var text = body
        // Byte offsets of the runs, found in the contiguous UTF-8, then cut as substrings of `body`.
        let runs = text.withUTF8 { bytes -> [Range<Int>] in
            var runs: [Range<Int>] = []
            runs.reserveCapacity(12)
            var start = 0
            for offset in 0..<bytes.count where bytes[offset] == UInt8(ascii: "/") {
                if start != offset { runs.append(start..<offset) }
                start = offset + 1
            }
            if start != bytes.count { runs.append(start..<bytes.count) }
            return runs
        }
        let utf8 = body.utf8
        return runs.map { run in
            let lower = utf8.index(utf8.startIndex, offsetBy: run.lowerBound)
            let upper = utf8.index(lower, offsetBy: run.count)
            return Substring(utf8[lower..<upper])
        }
    }

    /// The last segment: the resource's name.
    var name: String { segments.last.map(String.init) ?? raw }

    /// The value after a segment named `label` (case-insensitive), such as `resourceGroups` or `locations`.
    func value(after label: String) -> String? {
        let lowered = label.lowercased()
        guard let index = segments.firstIndex(where: { Self.segment($0, is: lowered) }), index + 1 < segments.count
        else {
            return nil
        }
        return String(segments[index + 1])
    }

    /// Whether a segment lowercases to `lowered`: ASCII case folded byte by byte, without building a lowercased
    /// copy (this ran for every id the import reads); other text is lowercased as before.
    static func segment(_ segment: Substring, is lowered: String) -> Bool {
        let bytes = segment.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return segment.lowercased() == lowered }
        guard bytes.count == lowered.utf8.count else { return false }
        return zip(bytes, lowered.utf8).allSatisfy { byte, expected in
            (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) == expected
        }
    }

    var subscription: String? { value(after: "subscriptions") }
    var resourceGroup: String? { value(after: "resourceGroups") }

    /// The resource type from the last `providers` segment, lowercased:
    /// `.../providers/Microsoft.Storage/storageAccounts/st1` gives `microsoft.storage/storageaccounts`,
    /// `.../workspaces/hub/computes/ci1` gives `microsoft.machinelearningservices/workspaces/computes`.
    var type: String? {
        guard let providers = segments.lastIndex(where: { Self.segment($0, is: "providers") }),
            providers + 1 < segments.count
        else { return nil }
        let rest = segments[(providers + 1)...]
        guard let namespace = rest.first else { return nil }
        var parts = [String(namespace)]
        var index = rest.startIndex + 1
        while index < rest.endIndex {
            parts.append(String(rest[index]))
            index += 2
        }
        return parts.joined(separator: "/").lowercased()
    }

    /// The id of the parent resource (`.../registries/acr1/replications/centralus` gives `.../registries/acr1`).
    var parent: ArmID? {
        guard segments.count > 2 else { return nil }
        return ArmID("/" + segments.dropLast(2).joined(separator: "/"))
    }

    /// The id with a trailing `/providers/...` extension removed (Resource Health statuses hang off resources).
    func removingExtension(_ namespace: String) -> ArmID? {
        let marker = "/providers/" + namespace.lowercased()
        guard let range = key.range(of: marker, options: .backwards) else { return nil }
        let offset = key.distance(from: key.startIndex, to: range.lowerBound)
        return ArmID(String(raw.prefix(offset)))
    }
}
