import Foundation

/// A remedy split into prose and commands. By convention a remedy line that starts with `az ` is a command to
/// show as it is; every other line is prose to wrap.
enum RemedyPart: Equatable {
    case prose(String)
    case command(String)

    /// The parts of a remedy, in order; blank lines are dropped.
    static func parts(of remedy: String) -> [RemedyPart] {
        // Split at the byte `\n` unless the text holds `\r` (then `\r\n` is one character, not a break): the same
        // lines without walking the remedy character by character.
        let lines: [Substring] =
            remedy.utf8.contains(UInt8(ascii: "\r"))
            ? remedy.split(separator: "\n", omittingEmptySubsequences: true)
            : remedy.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true).map(Substring.init)
        return lines.map { line in
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
        if isSimpleASCII(command), isSimpleASCII(indent), isSimpleASCII(continuation) {
            if indent.utf8.count + command.utf8.count <= width { return [indent + command] }
            return packASCII(
                shellTokensASCII(command), width: width - 2, firstIndent: indent, indent: continuation,
                joiner: " \\")
        }
        if indent.count + command.count <= width { return [indent + command] }
        return pack(shellTokens(command), width: width - 2, firstIndent: indent, indent: continuation, joiner: " \\")
    }

    /// ASCII without `\r`: every byte is a character (`\r\n` would be one), so lengths are byte counts.
    private static func isSimpleASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
    }

    /// `wrap` for ASCII text, where a character is a byte: the same lines without splitting into characters and
    /// counting each line again for every word (the assessment of a large estate wraps megabytes of text).
    private static func wrapASCII(_ text: String, width: Int, firstIndent: String, indent: String) -> [String]? {
        guard text.utf8.allSatisfy({ $0 < 0x80 }), firstIndent.utf8.allSatisfy({ $0 < 0x80 }),
            indent.utf8.allSatisfy({ $0 < 0x80 })
        else { return nil }
        var lines: [String] = []
        // The line is gathered as bytes and made a string once it is full.
        var line = Array(firstIndent.utf8)
        var lineHasWord = false
        let space = UInt8(ascii: " ")
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            guard bytes[index] != space else {
                index += 1
                continue
            }
            var end = index
            while end < bytes.count, bytes[end] != space { end += 1 }
            if lineHasWord, line.count + 1 + (end - index) > width {
                lines.append(String(decoding: line, as: UTF8.self))
                line.removeAll(keepingCapacity: true)
                line.append(contentsOf: indent.utf8)
            } else if lineHasWord {
                line.append(space)
            }
            line.append(contentsOf: bytes[index..<end])
            lineHasWord = true
            index = end
        }
        if lineHasWord || lines.isEmpty { lines.append(String(decoding: line, as: UTF8.self)) }
        return lines
    }

    /// Packs words into lines of at most `width` characters, a longer word standing alone; every line but the
    /// last ends with `joiner`.
    static func pack(_ words: [String], width: Int, firstIndent: String, indent: String, joiner: String)
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

    /// `pack` for ASCII words and indents: the same lines, with each line's length kept as a count rather than
    /// counted again for every word.
    private static func packASCII(
        _ words: [String], width: Int, firstIndent: String, indent: String, joiner: String
    ) -> [String] {
        var lines: [String] = []
        var line = firstIndent
        var length = firstIndent.utf8.count
        var lineHasWord = false
        for word in words {
            let count = word.utf8.count
            if lineHasWord, length + 1 + count > width {
                lines.append(line + joiner)
                line = indent + word
                length = indent.utf8.count + count
            } else {
                if lineHasWord {
                    line += " "
                    length += 1
                }
                line += word
                length += count
            }
            lineHasWord = true
        }
        if lineHasWord || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// `shellTokens` for a command that `isSimpleASCII` accepts, reading bytes instead of characters.
    static func shellTokensASCII(_ command: String) -> [String] {
        var raw: [String] = []
        var current: [UInt8] = []
        var quote: UInt8?
        var depth = 0
        var previous: UInt8?
        let space = UInt8(ascii: " "), open = UInt8(ascii: "("), close = UInt8(ascii: ")")
        for c in command.utf8 {
            if let q = quote {
                if c == q { quote = nil }
            } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                quote = c
            } else if c == open && previous == UInt8(ascii: "$") || c == open && depth > 0 {
                depth += 1
            } else if c == close && depth > 0 {
                depth -= 1
            } else if c == space && depth == 0 {
                if !current.isEmpty { raw.append(String(decoding: current, as: UTF8.self)) }
                current.removeAll(keepingCapacity: true)
                previous = c
                continue
            }
            current.append(c)
            previous = c
        }
        if !current.isEmpty { raw.append(String(decoding: current, as: UTF8.self)) }
        return joinOptions(raw)
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
        return joinOptions(raw)
    }

    /// Tokens with each `--option` joined to the value that follows it.
    private static func joinOptions(_ raw: [String]) -> [String] {
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
