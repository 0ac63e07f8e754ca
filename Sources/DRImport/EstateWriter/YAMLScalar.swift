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
        guard let first = text.unicodeScalars.first else { return true }
        guard isPlainStart(first), text.unicodeScalars.allSatisfy({ isPlainCharacter($0) || $0 == " " }) else {
            return true
        }
        if text.hasSuffix(" ") || text.containsBytes("  ") { return true }
        if reserved.contains(text.lowercased()) { return true }
        if looksNumeric(text) || looksLikeDate(text) { return true }
        return false
    }

    private static let reserved: Set<String> = [
        "y", "n", "yes", "no", "on", "off", "true", "false", "null", "~",
    ]

    private static func isPlainStart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "_": true
        default: false
        }
    }

    private static func isPlainCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "_", "-", ".", "/": true
        default: false
        }
    }

    /// Integers and floats in any YAML 1.1 or 1.2 spelling (underscores, hex, octal, exponents).
    static func looksNumeric(_ text: String) -> Bool {
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
