/// How a paragraph breaks lines that are wider than its area.
public enum WrapMode: Hashable, Sendable {
    /// Break between words; a word wider than the line is broken between characters.
    case word
    /// Break between characters, ignoring words.
    case character
    /// Do not break; clip at the right edge.
    case none
}

/// Line breaking by display width.
public enum TextWrap {
    /// The lines `text` takes in `width` columns; explicit newlines always break, an empty line stays empty.
    ///
    /// Word wrapping splits on spaces and joins words with one space; it never splits a wide character.
    public static func lines(_ text: String, width: Int, mode: WrapMode = .word) -> [String] {
        guard width > 0 else { return [] }
        let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        switch mode {
        case .none: return paragraphs.map { $0.prefix(displayWidth: width) }
        case .character: return paragraphs.flatMap { chunks($0, width: width) }
        case .word: return paragraphs.flatMap { wordWrap($0, width: width) }
        }
    }

    /// Breaks `text` into pieces of at most `width` columns, between characters.
    static func chunks(_ text: String, width: Int) -> [String] {
        var result: [String] = []
        var current = ""
        var used = 0
        for character in text {
            let columns = character.displayWidth
            if used + columns > width && !current.isEmpty {
                result.append(current)
                current = ""
                used = 0
            }
            guard columns <= width else { continue }
            current.append(character)
            used += columns
        }
        result.append(current)
        return result
    }

    /// Greedy word wrap of one paragraph.
    static func wordWrap(_ text: String, width: Int) -> [String] {
        var result: [String] = []
        var line = ""
        var lineWidth = 0
        for word in text.split(separator: " ").map(String.init) {
            let wordWidth = word.displayWidth
            if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                line += " " + word
                lineWidth += 1 + wordWidth
                continue
            }
            if lineWidth > 0 {
                result.append(line)
                line = ""
                lineWidth = 0
            }
            if wordWidth <= width {
                line = word
                lineWidth = wordWidth
            } else {
                var pieces = chunks(word, width: width)
                let last = pieces.removeLast()
                result += pieces
                line = last
                lineWidth = last.displayWidth
            }
        }
        result.append(line)
        return result
    }
}
