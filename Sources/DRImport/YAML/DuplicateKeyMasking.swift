import Foundation
import Yams

/// Keeps going past duplicate mapping keys, so they are reported with every other problem of the file.
///
/// Yams refuses a mapping with a repeated key and names only the first occurrence. To report each repetition
/// where it is written and still read the rest of the file, that occurrence is masked (its first character
/// replaced by a private-use character, which keeps every line and column unchanged) and the text is parsed
/// again. Once the parse succeeds, each masked key's mapping is searched for the repetitions to report; readers
/// then read the first occurrence under its original name and skip the repetitions.
enum DuplicateKeyMasking {
    /// A key hidden from the reader, with its original text.
    struct Mask: Hashable {
        var position: SourcePosition
        var key: String
    }

    /// How parsing went.
    enum Outcome {
        case document(Node)
        case empty
        case failure(SourcePosition?, String)
    }

    /// The most duplicate keys handled before giving up on the file.
    static let maxMasks = 32

    /// The most bytes parsed in all (each mask costs one more parse), so a large file gets fewer retries.
    static let reparseBudget = 16 << 20

    /// Parses UTF-8 bytes, masking duplicate keys until the parse succeeds or fails for another reason.
    static func parse(_ original: [UInt8]) -> (outcome: Outcome, masks: [Mask]) {
        var bytes = original
        var masks: [Mask] = []
        while true {
            let text = String(decoding: bytes, as: UTF8.self)
            do {
                guard let root = try Parser(yaml: text, resolver: .basic).singleRoot() else { return (.empty, masks) }
                return (.document(root), masks)
            } catch YamlError.duplicatedKeysInMapping(let duplicates, let context) {
                let place = SourcePosition(line: context.mark.line, column: context.mark.column)
                let key = duplicates.first ?? ""
                let message = "duplicate key '\(key)' in one mapping"
                guard masks.count < maxMasks, (masks.count + 2) * bytes.count <= reparseBudget else {
                    let message = "too many duplicate keys to read past (this one is '\(key)'); remove the repeated keys"
                    return (.failure(place, message), masks)
                }
                guard let masked = mask(at: place, number: masks.count, in: bytes) else {
                    return (.failure(place, message), masks)
                }
                bytes = masked
                masks.append(Mask(position: place, key: key))
            } catch {
                let (position, message) = YamlErrorText.describe(error, in: text)
                return (.failure(position, message), masks)
            }
        }
    }

    /// The bytes with the key at `place` made unique, or nil when the key cannot be masked safely.
    private static func mask(at place: SourcePosition, number: Int, in bytes: [UInt8]) -> [UInt8]? {
        guard var offset = TextPosition.byteOffset(of: place, in: bytes), offset < bytes.count else { return nil }
        let first = bytes[offset]
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            offset += 1
            guard offset < bytes.count, bytes[offset] != first, bytes[offset] != 0x0A else { return nil }
        } else if [UInt8(ascii: "!"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "?")].contains(first) {
            return nil
        }
        var end = offset + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        guard let scalar = Unicode.Scalar(0xE000 + UInt32(number)) else { return nil }
        var copy = bytes
        copy.replaceSubrange(offset..<end, with: Array(String(Character(scalar)).utf8))
        return copy
    }

    /// Diagnostics for the masked keys: one at each repetition, naming the first occurrence.
    static func locate(_ masks: [Mask], in root: Node) -> [(position: SourcePosition, message: String)] {
        guard !masks.isEmpty else { return [] }
        let byPosition = Dictionary(masks.map { ($0.position, $0) }, uniquingKeysWith: { first, _ in first })
        var found: [(position: SourcePosition, message: String)] = []
        var reported: Set<SourcePosition> = []
        var visited: Set<SourcePosition> = []
        var stack: [Node] = [root]
        while let node = stack.popLast() {
            if let place = node.sourcePosition, node.scalar == nil, !visited.insert(place).inserted { continue }
            switch node {
            case .mapping(let mapping):
                stack.append(contentsOf: mapping.values)
                var occurrences: [String: [SourcePosition]] = [:]
                var hasMask = false
                for key in mapping.keys {
                    guard let place = key.sourcePosition else { continue }
                    let mask = byPosition[place]
                    hasMask = hasMask || mask != nil
                    guard let name = mask?.key ?? key.scalar?.string else { continue }
                    occurrences[name, default: []].append(place)
                }
                guard hasMask else { continue }
                for (name, places) in occurrences where places.count > 1 {
                    let sorted = places.sorted()
                    for place in sorted.dropFirst() where reported.insert(place).inserted {
                        found.append((place, "duplicate key '\(name)'; it was first defined at \(sorted[0])"))
                    }
                }
            case .sequence(let sequence):
                stack.append(contentsOf: sequence)
            case .scalar, .alias:
                continue
            }
        }
        return found
    }
}
