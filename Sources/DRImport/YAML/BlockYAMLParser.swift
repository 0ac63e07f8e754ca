import Foundation

/// Reads the block-style YAML that estate, scenario, theme and keys files are written in straight into
/// `YAMLNode` values, and declines everything else.
///
/// Accepted: block mappings and lists nested by spaces (a list may sit at its key's indentation), plain scalars
/// on one line, single- and double-quoted scalars on one line (with the common escapes), one-line flow lists of
/// scalars and flow mappings of scalar pairs (`{ rto: PT1H }`), comments, blank lines and one leading `---`.
/// Declined (nil; the loader then parses the file with Yams, as it always did): tabs, carriage returns, control
/// characters, anchors, aliases, tags, directives, block and multi-line scalars, nested flow collections, keys that are
/// not one-line scalars, duplicate keys, deep nesting, a second document, and anything malformed. Declining is
/// never an error: Yams reads what is declined and reports its problems exactly as before. For every text this
/// parser accepts, its tree equals the one Yams builds, positions included (`BlockYAMLParserTests` compares both
/// over every YAML file of the project and mutated variants of them).
///
/// Why it exists: Yams builds its own node tree (a class per tag, a hash of every mapping's keys, an event
/// object per token), which was half of `validate` on a 10,000-resource estate (decision "Block YAML is read
/// without Yams; Yams reads everything else").
struct BlockYAMLParser {
    /// The text is outside the accepted subset; Yams must read it.
    private struct Decline: Error {}

    /// Collections nested deeper than this are declined (the structure scan then measures them for Yams).
    /// Far below the loader's own limit, so nothing the structure scan would refuse is ever accepted here.
    static let maxDepth = 24
    /// Keys longer than this are declined (libyaml refuses simple keys over 1,024 characters).
    static let maxKeyBytes = 1_000

    private let text: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var line = 1
    private var lineStart = 0
    private var depth = 0
    private let depthLimit: Int
    /// A byte of the current line whose column is known, so positions are counted once per line.
    private var columnCursor = 0
    private var columnAtCursor = 1

    private init(text: UnsafeBufferPointer<UInt8>, depthLimit: Int) {
        self.text = text
        self.depthLimit = depthLimit
    }

    /// The document's root, or nil when the text is outside the subset (or empty). `limits` is the loader's:
    /// the fast path declines at half its nesting limit (and at most at `maxDepth`).
    static func parse(_ bytes: [UInt8], limits: YAMLLimits) -> YAMLNode? {
        bytes.withUnsafeBufferPointer { buffer in
            guard YAMLCharacters.allAccepted(buffer) else { return nil }
            var parser = BlockYAMLParser(text: buffer, depthLimit: min(maxDepth, limits.maxDepth / 2))
            return try? parser.document()
        }
    }

    // MARK: - Structure

    private mutating func document() throws -> YAMLNode {
        skipToContent()
        guard !atEnd else { throw Decline() }
        if index == lineStart, startsDocumentMarker(UInt8(ascii: "-")) {
            index += 3
            try finishLine()
            guard !atEnd else { throw Decline() }
        }
        let root = try blockNode()
        guard atEnd else { throw Decline() }
        return root
    }

    /// A block collection starting at the current content line.
    private mutating func blockNode() throws -> YAMLNode {
        let indent = index - lineStart
        return isEntryIndicator(at: index) ? try blockSequence(indent: indent) : try blockMapping(indent: indent)
    }

    private mutating func enter() throws {
        depth += 1
        guard depth <= depthLimit else { throw Decline() }
    }

    private mutating func blockSequence(indent: Int) throws -> YAMLNode {
        try enter()
        defer { depth -= 1 }
        let start = position(at: index)
        var items: [YAMLNode] = []
        while true {
            let afterDash = index + 1
            index = afterDash
            skipSpaces()
            if atCommentOrLineEnd {
                let empty = position(at: afterDash)
                try finishLine()
                if !atEnd, currentIndent > indent {
                    items.append(try blockNode())
                } else {
                    items.append(.scalar(YAMLScalarNode("", isPlain: true, at: empty)))
                }
            } else if isEntryIndicator(at: index) {
                throw Decline()
            } else if looksLikeKey() {
                items.append(try blockMapping(indent: index - lineStart))
            } else {
                items.append(try inlineValue())
                try finishLine()
            }
            if atEnd || currentIndent < indent { break }
            guard currentIndent == indent else { throw Decline() }
            // A key at the list's indentation ends a list written at its key's indentation; the caller checks.
            guard isEntryIndicator(at: index) else { break }
        }
        return .sequence(YAMLSequenceNode(items, at: start))
    }

    private mutating func blockMapping(indent: Int) throws -> YAMLNode {
        try enter()
        defer { depth -= 1 }
        let start = position(at: index)
        var pairs: [YAMLMappingNode.Pair] = []
        var keys = KeySet()
        while true {
            let key = try scanKey()
            guard keys.insert(key.scalarText ?? "") else { throw Decline() }
            let afterColon = index
            skipSpaces()
            let value: YAMLNode
            if atCommentOrLineEnd {
                let empty = position(at: afterColon)
                try finishLine()
                if !atEnd, currentIndent > indent {
                    value = try blockNode()
                } else if !atEnd, currentIndent == indent, isEntryIndicator(at: index) {
                    value = try blockSequence(indent: indent)
                } else {
                    value = .scalar(YAMLScalarNode("", isPlain: true, at: empty))
                }
            } else {
                value = try inlineValue()
                try finishLine()
            }
            pairs.append(YAMLMappingNode.Pair(key: key, value: value))
            if atEnd || currentIndent < indent { break }
            guard currentIndent == indent, !isEntryIndicator(at: index) else { throw Decline() }
        }
        return .mapping(YAMLMappingNode(pairs, at: start))
    }

    // MARK: - Keys and values

    /// A one-line scalar key and its `:`, which must be followed by a space or the end of the line.
    private mutating func scanKey() throws -> YAMLNode {
        let keyStart = index
        let key: YAMLNode
        switch text[index] {
        case UInt8(ascii: "\""): key = try doubleQuoted()
        case UInt8(ascii: "'"): key = try singleQuoted()
        default:
            try checkPlainStart()
            var end = index
            while end < text.count, text[end] != 0x0A {
                let byte = text[end]
                if byte == UInt8(ascii: ":"), isBlankOrEnd(end + 1) { break }
                if byte == 0x20, end + 1 < text.count, text[end + 1] == UInt8(ascii: "#") { throw Decline() }
                if Self.isFlowIndicator(byte) { throw Decline() }
                end += 1
            }
            guard end < text.count, text[end] == UInt8(ascii: ":"), end > index, text[end - 1] != 0x20 else {
                throw Decline()
            }
            key = .scalar(YAMLScalarNode(string(index, end), isPlain: true, at: position(at: index)))
            index = end
        }
        guard index - keyStart <= Self.maxKeyBytes, index < text.count, text[index] == UInt8(ascii: ":"),
            isBlankOrEnd(index + 1)
        else { throw Decline() }
        index += 1
        return key
    }

    /// Whether the text at the cursor is a key (`name:` followed by a space or the end of the line).
    private func looksLikeKey() -> Bool {
        var probe = self
        return (try? probe.scanKey()) != nil
    }

    /// A value on the rest of the line: a scalar or a one-line flow collection.
    private mutating func inlineValue() throws -> YAMLNode {
        switch text[index] {
        case UInt8(ascii: "\""): return try doubleQuoted()
        case UInt8(ascii: "'"): return try singleQuoted()
        case UInt8(ascii: "["): return try flowSequence()
        case UInt8(ascii: "{"): return try flowMapping()
        default:
            try checkPlainStart()
            let start = index
            var end = index
            var last = index
            while end < text.count, text[end] != 0x0A {
                let byte = text[end]
                if byte == UInt8(ascii: ":"), isBlankOrEnd(end + 1) { throw Decline() }
                if byte == 0x20 {
                    if end + 1 < text.count, text[end + 1] == UInt8(ascii: "#") { break }
                } else {
                    if Self.isFlowIndicator(byte) { throw Decline() }
                    last = end + 1
                }
                end += 1
            }
            index = last
            return .scalar(YAMLScalarNode(string(start, last), isPlain: true, at: position(at: start)))
        }
    }

    /// `[a, "b", c]` on one line: scalars only.
    private mutating func flowSequence() throws -> YAMLNode {
        try enter()
        defer { depth -= 1 }
        let start = position(at: index)
        var items: [YAMLNode] = []
        try flowEntries(closing: UInt8(ascii: "]")) { parser in
            items.append(try parser.flowScalar(closing: UInt8(ascii: "]")))
        }
        return .sequence(YAMLSequenceNode(items, at: start))
    }

    /// `{ rto: PT1H, rpo: PT15M }` on one line: scalar keys, each with a scalar value.
    private mutating func flowMapping() throws -> YAMLNode {
        try enter()
        defer { depth -= 1 }
        let start = position(at: index)
        var pairs: [YAMLMappingNode.Pair] = []
        var keys = KeySet()
        try flowEntries(closing: UInt8(ascii: "}")) { parser in
            let key = try parser.flowScalar(closing: UInt8(ascii: "}"), isKey: true)
            guard keys.insert(key.scalarText ?? ""), parser.index + 1 < parser.text.count,
                parser.text[parser.index] == UInt8(ascii: ":"), parser.text[parser.index + 1] == 0x20
            else { throw Decline() }
            parser.index += 1
            parser.skipSpaces()
            pairs.append(YAMLMappingNode.Pair(key: key, value: try parser.flowScalar(closing: UInt8(ascii: "}"))))
        }
        return .mapping(YAMLMappingNode(pairs, at: start))
    }

    /// The entries between an opening bracket at the cursor and its `closing` one, on one line, separated by
    /// commas (no trailing comma): `entry` reads one.
    private mutating func flowEntries(closing: UInt8, _ entry: (inout BlockYAMLParser) throws -> Void) throws {
        index += 1
        skipSpaces()
        if index < text.count, text[index] == closing {
            index += 1
            return
        }
        while true {
            guard index < text.count else { throw Decline() }
            try entry(&self)
            skipSpaces()
            guard index < text.count else { throw Decline() }
            if text[index] == closing {
                index += 1
                return
            }
            guard text[index] == UInt8(ascii: ",") else { throw Decline() }
            index += 1
            skipSpaces()
        }
    }

    /// A scalar inside a flow collection: quoted, or plain with letters, digits and the punctuation ids use,
    /// words separated by spaces. A plain key ends at its `:`.
    private mutating func flowScalar(closing: UInt8, isKey: Bool = false) throws -> YAMLNode {
        guard index < text.count else { throw Decline() }
        switch text[index] {
        case UInt8(ascii: "\""): return try doubleQuoted()
        case UInt8(ascii: "'"): return try singleQuoted()
        default: break
        }
        try checkPlainStart()
        let start = index
        var last = index
        while index < text.count {
            let byte = text[index]
            if byte == UInt8(ascii: ",") || byte == closing || byte == 0x0A || (isKey && byte == UInt8(ascii: ":")) {
                break
            }
            // `09:00` is text; a colon before a space or bracket would make a key, which is left to Yams.
            if byte == UInt8(ascii: ":"), isBlankOrEnd(index + 1) || Self.isFlowIndicator(text[index + 1])
                || text[index + 1] == UInt8(ascii: ",")
            {
                throw Decline()
            }
            if byte == UInt8(ascii: "#") || Self.isFlowIndicator(byte)
                || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
            {
                throw Decline()
            }
            index += 1
            if byte != 0x20 { last = index }
        }
        // A key must meet its colon directly: `{a : b}` is left to Yams.
        guard last > start, !isKey || last == index else { throw Decline() }
        return .scalar(YAMLScalarNode(string(start, last), isPlain: true, at: position(at: start)))
    }

    /// Refuses what cannot start a plain scalar here: indicators, `- ` and document markers.
    private func checkPlainStart() throws {
        let byte = text[index]
        switch byte {
        case UInt8(ascii: "-"):
            guard !isBlankOrEnd(index + 1) else { throw Decline() }
            if index == lineStart, startsDocumentMarker(byte) { throw Decline() }
        case UInt8(ascii: "."):
            if index == lineStart, startsDocumentMarker(byte) { throw Decline() }
        case UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
            UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"),
            UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""),
            UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"), 0x20, 0x0A:
            throw Decline()
        default:
            break
        }
    }

    // MARK: - Quoted scalars

    private mutating func singleQuoted() throws -> YAMLNode {
        let start = position(at: index)
        index += 1
        var bytes: [UInt8] = []
        while true {
            guard index < text.count, text[index] != 0x0A else { throw Decline() }
            let byte = text[index]
            index += 1
            if byte == UInt8(ascii: "'") {
                guard index < text.count, text[index] == UInt8(ascii: "'") else { break }
                index += 1
            }
            bytes.append(byte)
        }
        return .scalar(YAMLScalarNode(String(decoding: bytes, as: UTF8.self), isPlain: false, at: start))
    }

    private mutating func doubleQuoted() throws -> YAMLNode {
        let start = position(at: index)
        index += 1
        let contentStart = index
        // The common case, no escapes: one slice.
        while index < text.count, text[index] != UInt8(ascii: "\""), text[index] != UInt8(ascii: "\\") {
            guard text[index] != 0x0A else { throw Decline() }
            index += 1
        }
        guard index < text.count else { throw Decline() }
        if text[index] == UInt8(ascii: "\"") {
            index += 1
            return .scalar(YAMLScalarNode(string(contentStart, index - 1), isPlain: false, at: start))
        }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: string(contentStart, index).unicodeScalars)
        var plainStart = index
        while true {
            guard index < text.count, text[index] != 0x0A else { throw Decline() }
            let byte = text[index]
            if byte == UInt8(ascii: "\"") {
                scalars.append(contentsOf: string(plainStart, index).unicodeScalars)
                index += 1
                break
            }
            guard byte == UInt8(ascii: "\\") else {
                index += 1
                continue
            }
            scalars.append(contentsOf: string(plainStart, index).unicodeScalars)
            scalars.append(try escape())
            plainStart = index
        }
        return .scalar(YAMLScalarNode(String(scalars), isPlain: false, at: start))
    }

    /// The escape at the cursor (`\n`, `\"`, `\u00E9` ...), consumed.
    private mutating func escape() throws -> Unicode.Scalar {
        guard index + 1 < text.count else { throw Decline() }
        let code = text[index + 1]
        index += 2
        switch code {
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "x"): return try hexScalar(digits: 2)
        case UInt8(ascii: "u"): return try hexScalar(digits: 4)
        case UInt8(ascii: "U"): return try hexScalar(digits: 8)
        default: throw Decline()
        }
    }

    private mutating func hexScalar(digits: Int) throws -> Unicode.Scalar {
        guard index + digits <= text.count else { throw Decline() }
        var value: UInt32 = 0
        for offset in 0..<digits {
            let byte = text[index + offset]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw Decline()
            }
            value = value << 4 | UInt32(digit)
        }
        index += digits
        // Yams reads scalars as C strings, so a NUL would cut the text short: let Yams say what it makes of it.
        guard value != 0, let scalar = Unicode.Scalar(value) else { throw Decline() }
        return scalar
    }

    // MARK: - Lines

    private var atEnd: Bool { index >= text.count }

    /// The indentation of the current content line (the cursor is at its first character).
    private var currentIndent: Int { index - lineStart }

    private var atCommentOrLineEnd: Bool {
        index >= text.count || text[index] == 0x0A || text[index] == UInt8(ascii: "#")
    }

    private func isBlankOrEnd(_ offset: Int) -> Bool {
        offset >= text.count || text[offset] == 0x20 || text[offset] == 0x0A
    }

    private func isEntryIndicator(at offset: Int) -> Bool {
        offset < text.count && text[offset] == UInt8(ascii: "-") && isBlankOrEnd(offset + 1)
    }

    /// `---` or `...` at the cursor, followed by a space or the end of the line.
    private func startsDocumentMarker(_ byte: UInt8) -> Bool {
        index + 2 < text.count && text[index] == byte && text[index + 1] == byte && text[index + 2] == byte
            && isBlankOrEnd(index + 3)
    }

    private static func isFlowIndicator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "{")
            || byte == UInt8(ascii: "}")
    }

    private mutating func skipSpaces() {
        while index < text.count, text[index] == 0x20 { index += 1 }
    }

    /// After a value: spaces, an optional comment (after a space), the line break; then on to the next content.
    private mutating func finishLine() throws {
        skipSpaces()
        if index < text.count, text[index] == UInt8(ascii: "#") {
            // A comment needs a space before it; `a#b` is text, and `"a"#b` is an error Yams reports.
            guard index == lineStart || text[index - 1] == 0x20 else { throw Decline() }
            while index < text.count, text[index] != 0x0A { index += 1 }
        }
        if index < text.count {
            guard text[index] == 0x0A else { throw Decline() }
            index += 1
            line += 1
            lineStart = index
        }
        skipToContent()
    }

    /// Moves past blank and comment-only lines to the first character of the next content line (or the end).
    private mutating func skipToContent() {
        while index < text.count {
            skipSpaces()
            guard index < text.count else { return }
            let byte = text[index]
            if byte == UInt8(ascii: "#") {
                while index < text.count, text[index] != 0x0A { index += 1 }
                guard index < text.count else { return }
            } else if byte != 0x0A {
                return
            }
            index += 1
            line += 1
            lineStart = index
        }
    }

    /// The position of a byte of the current line: columns count Unicode scalars, as libyaml's do. Positions
    /// are asked for left to right, so the count goes on from the last one asked on the line: a line of a
    /// million flow items costs one pass, not a million.
    private mutating func position(at offset: Int) -> SourcePosition {
        if columnCursor < lineStart || columnCursor > offset {
            columnCursor = lineStart
            columnAtCursor = 1
        }
        while columnCursor < offset {
            if text[columnCursor] & 0xC0 != 0x80 { columnAtCursor += 1 }
            columnCursor += 1
        }
        return SourcePosition(line: line, column: columnAtCursor)
    }

    private func string(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self)
    }
}

/// The keys of one mapping, to decline duplicates: a scan while the mapping is small, a set once it grows.
private struct KeySet {
    private var small: [String] = []
    private var large: Set<String>?

    /// Adds a key; false when it is already there.
    mutating func insert(_ key: String) -> Bool {
        if large != nil { return large!.insert(key).inserted }
        if small.contains(key) { return false }
        small.append(key)
        if small.count > 16 { large = Set(small) }
        return true
    }
}
