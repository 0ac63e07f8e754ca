import Foundation

/// The characters `BlockYAMLParser` accepts anywhere in a file: those libyaml reads as printable and not as a
/// line break, without tabs or carriage returns.
///
/// libyaml refuses control characters anywhere in its input and breaks lines at U+0085, U+2028 and U+2029 as
/// well as at line feeds; rather than follow those rules, the fast path declines any file holding such a
/// character, and Yams reads it.
enum YAMLCharacters {
    /// Whether every character of the (valid UTF-8) text is one the fast path accepts.
    static func allAccepted(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = text.count
        while index < count {
            let lead = text[index]
            if lead < 0x80 {
                guard lead == 0x0A || (lead >= 0x20 && lead != 0x7F) else { return false }
                index += 1
                continue
            }
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            guard index + length <= count else { return false }
            var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for offset in 1..<length { value = value << 6 | UInt32(text[index + offset] & 0x3F) }
            guard isAccepted(value) else { return false }
            index += length
        }
        return true
    }

    private static func isAccepted(_ value: UInt32) -> Bool {
        switch value {
        case 0xA0...0xD7FF: return value != 0x2028 && value != 0x2029
        case 0xE000...0xFFFD: return value != 0xFEFF
        case 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
