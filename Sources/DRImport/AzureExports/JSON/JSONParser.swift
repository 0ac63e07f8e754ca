import Foundation

/// Why a file is not valid JSON, and the byte offset where that was found.
struct JSONParseError: Error, Sendable {
    var offset: Int
    var message: String
}

/// A strict RFC 8259 JSON parser over bytes that records where every value starts.
///
/// It validates UTF-8 as it reads strings (reporting the offset of a bad byte), refuses raw control
/// characters and NUL bytes, limits nesting depth so hostile input cannot exhaust the stack, skips one
/// leading UTF-8 byte-order mark, and never quotes file content in its messages beyond a single ASCII character.
enum JSONParser {
    /// Deepest nesting of arrays and objects accepted.
    static let maxDepth = 256

    /// Parses one JSON document filling all of `bytes` (trailing whitespace allowed).
    static func parse(_ bytes: [UInt8]) throws -> JSONNode {
        try bytes.withUnsafeBufferPointer { buffer in
            var reader = Reader(bytes: buffer)
            if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { reader.index = 3 }
            reader.skipWhitespace()
            guard reader.index < buffer.count else {
                throw JSONParseError(offset: reader.index, message: "the file is empty")
            }
            let node = try reader.value(depth: 0)
            reader.skipWhitespace()
            if reader.index < buffer.count {
                throw JSONParseError(
                    offset: reader.index,
                    message: "extra data after the JSON value (several exports in one file? write one file per command)"
                )
            }
            return node
        }
    }
}

extension JSONParser {
    /// Describes a byte for a message without revealing more than one printable ASCII character.
    static func describe(byte: UInt8) -> String {
        switch byte {
        case 0: return "a NUL byte"
        case 0x21...0x7E: return "'\(Character(Unicode.Scalar(byte)))'"
        case 0x20: return "a space"
        case 0x09, 0x0A, 0x0D: return "a line break or tab"
        default: return String(format: "byte 0x%02X", byte)
        }
    }
}

private struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    func truncated(_ what: String) -> JSONParseError {
        JSONParseError(offset: bytes.count, message: "unexpected end of file \(what) (the file looks truncated)")
    }

    func unexpected(_ expected: String) -> JSONParseError {
        guard index < bytes.count else { return truncated("where \(expected) was expected") }
        return JSONParseError(
            offset: index, message: "expected \(expected), found \(JSONParser.describe(byte: bytes[index]))")
    }

    mutating func value(depth: Int) throws -> JSONNode {
        skipWhitespace()
        guard index < bytes.count else { throw truncated("where a value was expected") }
        let start = index
        switch bytes[index] {
        case UInt8(ascii: "{"): return try object(depth: depth + 1)
        case UInt8(ascii: "["): return try array(depth: depth + 1)
        case UInt8(ascii: "\""): return JSONNode(.string(try string()), offset: start)
        case UInt8(ascii: "t"): try literal("true"); return JSONNode(.bool(true), offset: start)
        case UInt8(ascii: "f"): try literal("false"); return JSONNode(.bool(false), offset: start)
        case UInt8(ascii: "n"): try literal("null"); return JSONNode(.null, offset: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONNode(.number(try number()), offset: start)
        default: throw unexpected("a value")
        }
    }

    mutating func literal(_ word: String) throws {
        for expected in word.utf8 {
            guard index < bytes.count else { throw truncated("inside '\(word)'") }
            guard bytes[index] == expected else { throw unexpected("'\(word)'") }
            index += 1
        }
    }

    mutating func object(depth: Int) throws -> JSONNode {
        let start = index
        guard depth <= JSONParser.maxDepth else {
            throw JSONParseError(offset: start, message: "nesting deeper than \(JSONParser.maxDepth) levels")
        }
        index += 1
        var dict: [String: JSONNode] = [:]
        var keys: [String] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return JSONNode(.object(dict, keys: keys), offset: start)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count else { throw truncated("inside an object") }
            guard bytes[index] == UInt8(ascii: "\"") else { throw unexpected("a member name in double quotes") }
            let key = try string()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw unexpected("':' after a member name")
            }
            index += 1
            let member = try value(depth: depth)
            if dict.updateValue(member, forKey: key) == nil { keys.append(key) }
            skipWhitespace()
            guard index < bytes.count else { throw truncated("inside an object") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "}") { index += 1; break }
            throw unexpected("',' or '}'")
        }
        return JSONNode(.object(dict, keys: keys), offset: start)
    }

    mutating func array(depth: Int) throws -> JSONNode {
        let start = index
        guard depth <= JSONParser.maxDepth else {
            throw JSONParseError(offset: start, message: "nesting deeper than \(JSONParser.maxDepth) levels")
        }
        index += 1
        var items: [JSONNode] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return JSONNode(.array(items), offset: start)
        }
        while true {
            items.append(try value(depth: depth))
            skipWhitespace()
            guard index < bytes.count else { throw truncated("inside an array") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; break }
            throw unexpected("',' or ']'")
        }
        return JSONNode(.array(items), offset: start)
    }

    mutating func number() throws -> Double {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count else { throw truncated("inside a number") }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else if isDigit(bytes[index]) {
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        } else {
            throw unexpected("a digit")
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else { throw unexpected("a digit after '.'") }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard index < bytes.count, isDigit(bytes[index]) else { throw unexpected("a digit in the exponent") }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard let number = Double(text), number.isFinite else {
            throw JSONParseError(offset: start, message: "number out of range")
        }
        return number
    }

    func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// Reads a string starting at the opening quote, validating UTF-8 and escapes.
    mutating func string() throws -> String {
        index += 1
        var out: [UInt8] = []
        var escaped = false
        var runStart = index
        while true {
            guard index < bytes.count else { throw truncated("inside a string") }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let run = UnsafeBufferPointer(rebasing: bytes[runStart..<index])
                index += 1
                // Most strings have no escapes: made straight from the file's bytes, with no buffer between.
                if !escaped { return String(decoding: run, as: UTF8.self) }
                out.append(contentsOf: run)
                return String(decoding: out, as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                try escape(into: &out)
                runStart = index
                continue
            }
            if byte < 0x20 {
                let what = byte == 0 ? "a NUL byte" : String(format: "control character 0x%02X", byte)
                throw JSONParseError(offset: index, message: "\(what) inside a string (must be escaped)")
            }
            if byte < 0x80 {
                index += 1
            } else {
                index += try utf8SequenceLength(at: index)
            }
        }
    }

    /// The length of the valid UTF-8 sequence at `at`, or an error naming the offset.
    func utf8SequenceLength(at start: Int) throws -> Int {
        let lead = bytes[start]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: throw JSONParseError(offset: start, message: String(format: "invalid UTF-8 (byte 0x%02X)", lead))
        }
        for step in 1..<length {
            let position = start + step
            guard position < bytes.count else { throw truncated("inside a UTF-8 sequence") }
            let byte = bytes[position]
            let (min, max) = step == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
            guard byte >= min, byte <= max else {
                throw JSONParseError(offset: position, message: String(format: "invalid UTF-8 (byte 0x%02X)", byte))
            }
        }
        return length
    }

    mutating func escape(into out: inout [UInt8]) throws {
        let start = index
        index += 1
        guard index < bytes.count else { throw truncated("inside an escape") }
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""): out.append(0x22)
        case UInt8(ascii: "\\"): out.append(0x5C)
        case UInt8(ascii: "/"): out.append(0x2F)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try hex4()
            if (0xD800...0xDBFF).contains(scalar), index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
                bytes[index + 1] == UInt8(ascii: "u")
            {
                let save = index
                index += 2
                let low = try hex4()
                if (0xDC00...0xDFFF).contains(low) {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    index = save
                }
            }
            let character = Unicode.Scalar(scalar) ?? "\u{FFFD}"
            out.append(contentsOf: Array(String(character).utf8))
        default:
            throw JSONParseError(offset: start, message: "invalid escape \\\(JSONParser.describe(byte: byte))")
        }
    }

    mutating func hex4() throws -> UInt32 {
        var result: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count else { throw truncated("inside a \\u escape") }
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw unexpected("a hex digit in a \\u escape")
            }
            result = result * 16 + digit
            index += 1
        }
        return result
    }
}
