import Foundation

/// JSON text written as `JSONSerialization` writes it with `.prettyPrinted`, `.sortedKeys` and
/// `.withoutEscapingSlashes`, for the few kinds of value `assess` adds (strings, integers, null, arrays, objects),
/// without Foundation's dynamic casts: serialising the failure modes of a 10,000-resource estate through
/// `JSONSerialization` took more than half of `assess --format json --failure-modes`.
///
/// Keys are ordered by the comparison `JSONSerialization` uses (numeric, case-insensitive, forced ordering), worked
/// out once per set of keys; `PrettyJSONTextTests` compares the text with `JSONSerialization`'s byte for byte.
struct PrettyJSONText {
    /// A JSON value of the kinds written here.
    indirect enum Value {
        case string(String)
        case int(Int)
        case null
        case array([Value])
        case object([String: Value])
    }

    private(set) var bytes: [UInt8] = []
    /// Each set of keys (sorted plainly) in `JSONSerialization`'s order.
    private var keyOrders: [[String]: [String]] = [:]

    /// Writes `value` as it would appear nested `level` levels deep (two spaces a level) in a pretty document.
    mutating func write(_ value: Value, level: Int) {
        switch value {
        case .string(let text): writeString(text)
        case .int(let number): bytes.append(contentsOf: String(number).utf8)
        case .null: bytes.append(contentsOf: "null".utf8)
        case .array(let items):
            bytes.append(UInt8(ascii: "["))
            guard !items.isEmpty else { return closeEmpty("]", level: level) }
            newline(level + 1)
            for (index, item) in items.enumerated() {
                if index > 0 {
                    bytes.append(UInt8(ascii: ","))
                    newline(level + 1)
                }
                write(item, level: level + 1)
            }
            newline(level)
            bytes.append(UInt8(ascii: "]"))
        case .object(let members):
            bytes.append(UInt8(ascii: "{"))
            guard !members.isEmpty else { return closeEmpty("}", level: level) }
            newline(level + 1)
            for (index, key) in ordered(Array(members.keys)).enumerated() {
                if index > 0 {
                    bytes.append(UInt8(ascii: ","))
                    newline(level + 1)
                }
                writeString(key)
                bytes.append(contentsOf: " : ".utf8)
                if let member = members[key] { write(member, level: level + 1) }
            }
            newline(level)
            bytes.append(UInt8(ascii: "}"))
        }
    }

    /// An empty list or object: an empty line inside, as `JSONSerialization` writes it.
    private mutating func closeEmpty(_ bracket: Unicode.Scalar, level: Int) {
        bytes.append(UInt8(ascii: "\n"))
        newline(level)
        bytes.append(UInt8(ascii: bracket))
    }

    private mutating func newline(_ level: Int) {
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
    }

    /// The keys in the order `JSONSerialization` sorts them with `.sortedKeys`.
    private mutating func ordered(_ keys: [String]) -> [String] {
        let plain = keys.sorted()
        if let known = keyOrders[plain] { return known }
        let order = plain.sorted { a, b in
            a.compare(
                b, options: [.numeric, .caseInsensitive, .forcedOrdering], range: a.startIndex..<a.endIndex,
                locale: NSLocale.system) == .orderedAscending
        }
        keyOrders[plain] = order
        return order
    }

    /// A string with `"`, `\` and control characters escaped, and every other character as it is.
    private mutating func writeString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): bytes.append(contentsOf: "\\\\".utf8)
            case 0x08: bytes.append(contentsOf: "\\b".utf8)
            case 0x0C: bytes.append(contentsOf: "\\f".utf8)
            case 0x0A: bytes.append(contentsOf: "\\n".utf8)
            case 0x0D: bytes.append(contentsOf: "\\r".utf8)
            case 0x09: bytes.append(contentsOf: "\\t".utf8)
            case 0x00..<0x20: bytes.append(contentsOf: ("\\u00" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16)).utf8)
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// The text written.
    var text: String { String(decoding: bytes, as: UTF8.self) }
}
