import Foundation

/// Writes strings as YAML scalars: plain when that reads back as the same string, double-quoted otherwise.
///
/// Quoted are: the empty string; words YAML 1.1 or 1.2 would read as booleans or null (`yes`, `no`, `on`,
/// `off`, `y`, `n`, `true`, `null`, `~`, any case); anything that would read as a number (`42`, `0x1F`, `1e3`,
/// `.inf`, `1_000`) or a date; and anything with characters outside letters, digits, `_`, `-`, `.` and `/`
/// (`:`, `#`, `,`, braces, quotes, non-ASCII; single spaces between words are fine) or starting with `-`, `.`,
/// `/` or a space.
enum YAMLScalar {
    /// The scalar as written after `key: `.
    static func string(_ text: String) -> String {
        needsQuotes(text) ? quoted(text) : text
    }

    static func needsQuotes(_ text: String) -> Bool {
        // Plain text is ASCII letters, digits, `_`, `-`, `.`, `/` and single inner spaces, so it is checked byte by
        // byte (a byte from 0x80 up belongs to a character that is not plain); the estate writer asks this of
        // every value it writes.
        let bytes = text.utf8
        guard let first = bytes.first, isPlainStart(first) else { return true }
        var previous: UInt8 = 0
        for byte in bytes {
            guard isPlainCharacter(byte) || byte == 0x20 else { return true }
            if byte == 0x20 && previous == 0x20 { return true }
            previous = byte
        }
        if previous == 0x20 { return true }
        if bytes.count <= 5, reserved.contains(text.lowercased()) { return true }
        // A leading letter other than `i` and `n` (`inf`, `nan`) starts no number and no date.
        if isLetter(first), !"iInN".utf8.contains(first) { return false }
        if looksNumeric(text) || looksLikeDate(text) { return true }
        return false
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static let reserved: Set<String> = [
        "y", "n", "yes", "no", "on", "off", "true", "false", "null", "~",
    ]

    private static func isPlainStart(_ byte: UInt8) -> Bool {
        isLetter(byte) || isDigit(byte) || byte == UInt8(ascii: "_")
    }

    private static func isPlainCharacter(_ byte: UInt8) -> Bool {
        isPlainStart(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/")
    }

    /// Integers and floats in any YAML 1.1 or 1.2 spelling (underscores, hex, octal, exponents).
    /// `byCharacter` takes the character-level path even for ASCII text (the tests compare the two).
    static func looksNumeric(_ text: String, byCharacter: Bool = false) -> Bool {
        // A leading ASCII letter rules out every numeric spelling except `inf`, `infinity` and `nan`.
        if let first = text.utf8.first, (first | 0x20) >= 0x61, (first | 0x20) <= 0x7A,
            !"iInN".utf8.contains(first)
        {
            return false
        }
        let body = text.utf8.contains(UInt8(ascii: "_")) ? text.replacingOccurrences(of: "_", with: "") : text
        if Double(body) != nil || Int(body) != nil { return true }
        let lower = body.lowercased()
        if lower.hasPrefix("0x") || lower.hasPrefix("0o") || lower.hasPrefix("0b") { return lower.count > 2 }
        if !byCharacter, lower.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            // ASCII (without `\r`, so a byte is a character): digits are the only numbers, letters are A-Z and a-z.
            let bytes = lower.utf8
            let digitsAndDots = bytes.allSatisfy {
                isDigit($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "-")
                    || $0 == UInt8(ascii: "+")
            }
            return digitsAndDots && bytes.first.map(isDigit) == true && bytes.contains(where: isDigit)
                && !bytes.contains(where: { isLetter($0) && $0 != UInt8(ascii: "e") })
        }
        let digitsAndDots = lower.allSatisfy { $0.isNumber || $0 == "." || $0 == "e" || $0 == "-" || $0 == "+" }
        return digitsAndDots && lower.first?.isNumber == true && lower.contains(where: \.isNumber)
            && !lower.contains(where: { $0.isLetter && $0 != "e" })
    }

    /// `2026-11-28` and longer timestamps, which YAML 1.1 reads as dates.
    static func looksLikeDate(_ text: String) -> Bool {
        let parts = text.prefix(10).split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 3 && parts[0].count == 4 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
    }

    /// A double-quoted scalar with `\`, `"` and control characters escaped.
    static func quoted(_ text: String) -> String {
        // Printable ASCII other than `"` and `\` is written as it is: no scalar by scalar copy.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
            return "\"" + text + "\""
        }
        return quotedByScalar(text)
    }

    /// `quoted` for any text, scalar by scalar.
    static func quotedByScalar(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                    || scalar.value == 0xFEFF || scalar.value == 0x2028 || scalar.value == 0x2029
                {
                    out += String(format: "\\u%04X", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A number as YAML: the shortest text that reads back as the same double.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }
}
