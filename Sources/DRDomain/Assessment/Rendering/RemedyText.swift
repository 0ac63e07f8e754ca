import Foundation

/// A remedy split into prose and commands. By convention a remedy line that starts with `az ` is a command to
/// show as it is; every other line is prose to wrap.
enum RemedyPart: Equatable {
    case prose(String)
    case command(String)

    /// The parts of a remedy, in order; blank lines are dropped.
    static func parts(of remedy: String) -> [RemedyPart] {
        remedy.split(separator: "\n", omittingEmptySubsequences: true).map { line in
            let text = String(line)
            return text.hasPrefix("az ") ? .command(text) : .prose(text)
        }
    }
}

/// Word wrapping for the text format.
enum TextWrap {
    /// Wraps prose at spaces so no line exceeds `width` (a longer word stands alone). The first line starts with
    /// `firstIndent`, the others with `indent`.
    static func wrap(_ text: String, width: Int, firstIndent: String, indent: String) -> [String] {
        if let lines = wrapASCII(text, width: width, firstIndent: firstIndent, indent: indent) { return lines }
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        return pack(words, width: width, firstIndent: firstIndent, indent: indent, joiner: "")
    }

    /// Breaks a shell command into lines joined by ` \` so it can still be pasted. Quoted strings and `$(...)`
    /// are never split, and an option stays with its value.
    static func wrapCommand(_ command: String, width: Int, indent: String, continuation: String) -> [String] {
        if indent.count + command.count <= width { return [indent + command] }
        return pack(shellTokens(command), width: width - 2, firstIndent: indent, indent: continuation, joiner: " \\")
    }

    /// `wrap` for ASCII text, where a character is a byte: the same lines without splitting into characters and
    /// counting each line again for every word (the assessment of a large estate wraps megabytes of text).
    private static func wrapASCII(_ text: String, width: Int, firstIndent: String, indent: String) -> [String]? {
        guard text.utf8.allSatisfy({ $0 < 0x80 }), firstIndent.utf8.allSatisfy({ $0 < 0x80 }),
            indent.utf8.allSatisfy({ $0 < 0x80 })
        else { return nil }
        var lines: [String] = []
        var line = firstIndent
        var length = firstIndent.utf8.count
        var lineHasWord = false
        for word in text.utf8.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: true) {
            let count = word.count
            if lineHasWord, length + 1 + count > width {
                lines.append(line)
                line = indent
                length = indent.utf8.count
            } else if lineHasWord {
                line += " "
                length += 1
            }
            line += Substring(word)
            length += count
            lineHasWord = true
        }
        if lineHasWord || lines.isEmpty { lines.append(line) }
        return lines
    }

    private static func pack(_ words: [String], width: Int, firstIndent: String, indent: String, joiner: String)
        -> [String]
    {
        var lines: [String] = []
        var line = firstIndent
        var lineHasWord = false
        for word in words {
            if lineHasWord, line.count + 1 + word.count > width {
                lines.append(line + joiner)
                line = indent + word
            } else {
                line += (lineHasWord ? " " : "") + word
            }
            lineHasWord = true
        }
        if lineHasWord || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// Splits a command at top-level spaces, keeping quotes and `$(...)` whole and `--option value` together.
    static func shellTokens(_ command: String) -> [String] {
        var raw: [String] = []
        var current = ""
        var quote: Character?
        var depth = 0
        var previous: Character?
        for c in command {
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "(" && previous == "$" || c == "(" && depth > 0 {
                depth += 1
            } else if c == ")" && depth > 0 {
                depth -= 1
            } else if c == " " && depth == 0 {
                if !current.isEmpty { raw.append(current) }
                current = ""
                previous = c
                continue
            }
            current.append(c)
            previous = c
        }
        if !current.isEmpty { raw.append(current) }
        var tokens: [String] = []
        var index = 0
        while index < raw.count {
            let token = raw[index]
            if token.hasPrefix("--"), index + 1 < raw.count, !raw[index + 1].hasPrefix("-") {
                tokens.append(token + " " + raw[index + 1])
                index += 2
            } else {
                tokens.append(token)
                index += 1
            }
        }
        return tokens
    }
}
