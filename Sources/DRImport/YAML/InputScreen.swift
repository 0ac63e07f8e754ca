import Foundation

/// The first line of defence: size, encoding and binary content, checked on the raw bytes before parsing.
enum InputScreen {
    /// Problems with the bytes as a whole; empty when the text may be parsed.
    static func check(_ bytes: [UInt8], limits: YAMLLimits) -> [(SourcePosition?, String)] {
        if bytes.count > limits.maxBytes {
            return [(nil, tooLarge(bytes.count, limits: limits))]
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return [(.start, "file is UTF-16 text; save it as UTF-8")]
        }
        if let bad = firstInvalidUTF8(bytes) {
            let place = TextPosition.position(ofByte: bad, in: bytes)
            let value = String(format: "0x%02X", bytes[bad])
            let message = "file is not valid UTF-8: byte \(value) at byte offset \(bad) does not start a well-formed character"
            return [(place, message)]
        }
        if let nul = bytes.firstIndex(of: 0) {
            let place = TextPosition.position(ofByte: nul, in: bytes)
            return [(place, "file contains a NUL byte at byte offset \(nul); is it a binary file?")]
        }
        return []
    }

    /// The message for a file over the size cap.
    static func tooLarge(_ size: Int, limits: YAMLLimits) -> String {
        "file is too large: \(size) bytes, over the limit of \(describe(bytes: limits.maxBytes))"
    }

    /// "8 MiB", "512 KiB" or "100 bytes".
    static func describe(bytes: Int) -> String {
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return "\(bytes) bytes"
    }

    /// The offset of the first byte that does not start a well-formed UTF-8 sequence, if any.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var lowest: UInt8 = 0x80
            var highest: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lowest = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: length = 3
            case 0xED: length = 3; highest = 0x9F
            case 0xF0: length = 4; lowest = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; highest = 0x8F
            default: return index
            }
            guard index + length <= count else { return index }
            let second = bytes[index + 1]
            guard second >= lowest, second <= highest else { return index }
            for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 {
                return index
            }
            index += length
        }
        return nil
    }
}
