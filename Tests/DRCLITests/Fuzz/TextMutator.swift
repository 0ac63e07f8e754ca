import DRSimulation
import DRTestSupport
import Foundation

/// The fuzz tests' seeded generator: the engine's SplitMix64 with the picks of `DRTestSupport`.
typealias FuzzRandom = SplitMix64

/// Values that have broken readers before, or that a reader must refuse with a location.
enum HostileValues {
    static let timestamps = [
        "2026-02-30T10:00:00Z", "2026-11-31T16:20:00+99:99", "2026-11-28T16:20:00+25:00", "2026-11-28T24:00:00Z",
        "0000-01-01T00:00:00Z", "10000-01-01T00:00:00Z", "2026-11-28T09:00:00", "2026-11-28", "99999-99-99T99:99:99Z",
        "2026-11-28T09:00:00.Z", "2026-11-28T09:00:00+01:60",
    ]
    static let durations = ["P1DT", "PT.5H", "PT1.H", "PT-1H", "P99999999999D", "PT", "P", "PT1H1H", "pt1h", "PT1M1H"]
    static let scalars = [
        "", "~", "null", "[]", "{}", "*anchor", "&a", "!!binary AAAA", "-1", "0", "1e308", "-0", "NaN", ".inf",
        "99999999999999999999999", "\"\"", "'", "\"", "true", "yes", "no", "ｅａｓｔｕｓ２", "east\u{0}us2", "é", "🙂",
        "a: b", "- x", "|", ">", "#", "%", "@", "`", String(repeating: "x", count: 5_000), "hub-eus2", "eastus2-az9",
    ]
    static let bytes: [UInt8] = [0x00, 0x09, 0x0A, 0x0D, 0x22, 0x27, 0x3A, 0x2D, 0x7B, 0x7D, 0x5B, 0x5D, 0x26, 0x2A, 0x23,
                                 0x7C, 0x3E, 0x80, 0xC3, 0xFE, 0xFF, 0xEF]

    static func any(_ random: inout FuzzRandom) -> String {
        switch random.below(4) {
        case 0: return random.pick(timestamps)
        case 1: return random.pick(durations)
        default: return random.pick(scalars)
        }
    }
}

/// Mutates text files line by line and byte by byte: values swapped for hostile ones, lines deleted, repeated
/// (duplicate keys), swapped, re-indented, truncated, and stray bytes inserted.
enum TextMutator {
    /// `key: value` in block and flow YAML, and `"key": value` in JSON.
    private static let valuePattern = try? NSRegularExpression(
        pattern: #"("?[A-Za-z_][A-Za-z0-9_.-]*"?\s*:\s*)("(?:[^"\\\n]|\\.)*"|[^,{}\[\]\n#]+)"#)

    /// The text with 1 to 3 mutations: value swaps, line edits, stray bytes, truncation, list-item edits.
    static func mutate(_ text: String, _ random: inout FuzzRandom) -> String {
        var out = text
        for _ in 0...random.below(3) { out = mutateOnce(out, &random) }
        return out
    }

    private static func mutateOnce(_ text: String, _ random: inout FuzzRandom) -> String {
        var lines = text.components(separatedBy: "\n")
        guard !lines.isEmpty else { return text }
        let i = random.below(lines.count)
        let flowItems = lines.indices.filter { lines[$0].hasPrefix("  - {") }
        switch random.below(13) {
        case let choice where choice >= 10 && !flowItems.isEmpty:
            // Changes that often keep the file valid, to reach the engine: drop, clone or trim a list item.
            let k = random.pick(flowItems)
            switch random.below(3) {
            case 0: lines.remove(at: k)
            case 1: lines.insert(lines[k].replacingOccurrences(of: "{ id: ", with: "{ id: x\(random.below(100))-"), at: k)
            default:
                var pairs = lines[k].dropFirst(5).dropLast(1).split(separator: ",").map(String.init)
                if pairs.count > 2 { pairs.remove(at: 1 + random.below(pairs.count - 1)) }
                lines[k] = "  - {" + pairs.joined(separator: ",") + (pairs.last?.hasSuffix(" ") == true ? "}" : " }")
            }
        case 0, 1, 2, 3:
            return replaceValue(in: text, &random)
        case 4:
            lines.remove(at: i)
        case 5:
            lines.insert(lines[i], at: i)
        case 6:
            let j = random.below(lines.count)
            lines.swapAt(i, j)
        case 7:
            lines[i] = random.below(2) == 0 ? "  " + lines[i] : String(lines[i].drop { $0 == " " })
        case 8:
            var bytes = Array(text.utf8)
            guard !bytes.isEmpty else { return text }
            bytes.insert(random.pick(HostileValues.bytes), at: random.below(bytes.count))
            return String(decoding: bytes, as: UTF8.self)
        default:
            let bytes = Array(text.utf8)
            return String(decoding: bytes.prefix(random.below(bytes.count)), as: UTF8.self)
        }
        return lines.joined(separator: "\n")
    }

    /// Replaces one value with a hostile one (quoted when the text is JSON).
    private static func replaceValue(in text: String, _ random: inout FuzzRandom) -> String {
        guard let pattern = valuePattern else { return text }
        let whole = NSRange(text.startIndex..., in: text)
        let matches = pattern.matches(in: text, range: whole)
        guard !matches.isEmpty else { return text }
        let match = matches[random.below(matches.count)]
        guard let range = Range(match.range(at: 2), in: text) else { return text }
        let old = text[range]
        var value = HostileValues.any(&random)
        if old.hasPrefix("\"") {
            value = "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                .replacingOccurrences(of: "\u{0}", with: "\\u0000") + "\""
        }
        return text.replacingCharacters(in: range, with: value)
    }
}
