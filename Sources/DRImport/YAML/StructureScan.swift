import Foundation

/// A cheap pass over the raw text, before the YAML parser sees it.
///
/// The composer in Yams recurses once per nesting level, so 100,000 nested `[` would overflow the stack before
/// any error could be raised. This scan measures nesting (flow brackets outside quoted scalars and comments, plus
/// block indentation and `- ` sequence entries) without recursion and stops at the limit with a line and column.
/// It also rejects what no estate, scenario or theme needs and what makes the parser's duplicate-key check
/// expensive (lists, mappings and aliases used as mapping keys), reports tabs used for indentation with a clear
/// message, and records anchors and aliases so an alias bomb can be reported where the alias is written.
final class StructureScan {
    /// An anchor (`&name`) or alias (`*name`) and where it is written.
    struct Reference: Hashable {
        var name: String
        var position: SourcePosition
    }

    /// What the scan found.
    struct Result {
        /// Problems that stop loading: the parser must not run.
        var problems: [(SourcePosition, String)] = []
        var anchors: [Reference] = []
        var aliases: [Reference] = []
    }

    private let bytes: [UInt8]
    private let maxDepth: Int
    private var index = 0
    private var line = 1
    private var column = 1
    private var blockIndents: [Int] = []
    private var flowDepth = 0
    /// Lines indented deeper than this belong to a block scalar (`|`, `>`) and are skipped.
    private var blockScalarParent: Int?
    /// Lines indented deeper than this continue a plain scalar and are skipped.
    private var plainParent: Int?
    private var result = Result()
    private var stopped = false
    private var tabProblems = 0

    private init(bytes: [UInt8], maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    /// Scans UTF-8 text (already checked for encoding and NUL bytes).
    static func scan(_ bytes: [UInt8], maxDepth: Int) -> Result {
        let scanner = StructureScan(bytes: bytes, maxDepth: maxDepth)
        scanner.run()
        return scanner.result
    }

    // MARK: - Cursor

    private var atEnd: Bool { index >= bytes.count }
    private var current: UInt8 { index < bytes.count ? bytes[index] : 0 }
    private func peek(_ offset: Int) -> UInt8 { index + offset < bytes.count ? bytes[index + offset] : 0 }
    private var atLineEnd: Bool { atEnd || current == 0x0A || (current == 0x0D && peek(1) == 0x0A) || current == 0x0D }
    private var position: SourcePosition { SourcePosition(line: line, column: column) }

    private func advance() {
        guard index < bytes.count else { return }
        let byte = bytes[index]
        index += 1
        if byte == 0x0A {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    private func skipToLineEnd() {
        while !atLineEnd { advance() }
    }

    private func skipBlanks() {
        while current == 0x20 || current == 0x09 { advance() }
    }

    private static func isBlankOrEnd(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0
    }

    private static func isFlowIndicator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]")
            || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}")
    }

    private func stop(_ message: String, at place: SourcePosition) {
        result.problems.append((place, message))
        stopped = true
    }

    // MARK: - Lines

    private func run() {
        while !atEnd && !stopped {
            scanLine()
            // Consume the line break (CR LF, LF or a lone CR).
            if current == 0x0D { advance() }
            if current == 0x0A { advance() }
        }
    }

    private func scanLine() {
        var indent = 0
        while current == 0x20 {
            indent += 1
            advance()
        }
        let sawTab = current == 0x09
        skipBlanks()
        if atLineEnd { return }
        if let parent = blockScalarParent {
            if indent > parent { return skipToLineEnd() }
            blockScalarParent = nil
        }
        if flowDepth > 0 {
            scanFlow()
            if flowDepth == 0 && !stopped { scanBlock(nodeStart: false) }
            return
        }
        if let parent = plainParent {
            if indent > parent { return skipToLineEnd() }
            plainParent = nil
        }
        if sawTab {
            reportTab(line: line)
            return skipToLineEnd()
        }
        if indent == 0 && startsDocumentMarker() {
            blockIndents.removeAll()
            advance(); advance(); advance()
            return scanBlock(nodeStart: true)
        }
        if indent == 0 && current == UInt8(ascii: "%") { return skipToLineEnd() }
        while let top = blockIndents.last, top > indent { blockIndents.removeLast() }
        scanBlock(nodeStart: true)
    }

    private func startsDocumentMarker() -> Bool {
        let dashes = current == UInt8(ascii: "-") && peek(1) == UInt8(ascii: "-") && peek(2) == UInt8(ascii: "-")
        let dots = current == UInt8(ascii: ".") && peek(1) == UInt8(ascii: ".") && peek(2) == UInt8(ascii: ".")
        return (dashes || dots) && Self.isBlankOrEnd(peek(3))
    }

    private func reportTab(line tabLine: Int) {
        tabProblems += 1
        if tabProblems <= 20 {
            result.problems.append(
                (SourcePosition(line: tabLine, column: 1),
                 "tab character used for indentation; YAML indents with spaces only"))
        }
    }

    // MARK: - Block context

    /// Opens a block level at a 0-based column (on the current line) unless it is not deeper than the last one.
    private func pushIndent(_ column: Int) {
        if let top = blockIndents.last, column <= top { return }
        blockIndents.append(column)
        checkDepth(at: SourcePosition(line: line, column: column + 1))
    }

    private func checkDepth(at place: SourcePosition? = nil) {
        if blockIndents.count + flowDepth > maxDepth {
            stop("nesting is deeper than \(maxDepth) levels; the file is malformed or hostile", at: place ?? position)
        }
    }

    private func scanBlock(nodeStart startAtNode: Bool) {
        var nodeStart = startAtNode
        while !stopped {
            skipBlanks()
            if atLineEnd { return }
            let byte = current
            if byte == UInt8(ascii: "#") { return skipToLineEnd() }
            guard nodeStart else { return skipToLineEnd() }
            let here = column - 1
            switch byte {
            case UInt8(ascii: "-") where Self.isBlankOrEnd(peek(1)):
                pushIndent(here)
                advance()
            case UInt8(ascii: "?") where Self.isBlankOrEnd(peek(1)):
                return stop("explicit '?' mapping keys are not supported; write 'key: value'", at: position)
            case UInt8(ascii: "&"):
                recordName(into: \.anchors)
            case UInt8(ascii: "!"):
                while !Self.isBlankOrEnd(current) { advance() }
            case UInt8(ascii: "*"):
                recordName(into: \.aliases)
                rejectComplexKey(what: "an alias")
                return skipToLineEnd()
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                flowDepth = 1
                checkDepth()
                advance()
                scanFlow()
                if flowDepth == 0 { skipToLineEnd() }
                return
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                let start = here
                scanQuoted()
                skipBlanks()
                guard current == UInt8(ascii: ":"), Self.isBlankOrEnd(peek(1)) else { return skipToLineEnd() }
                pushIndent(start)
                advance()
            case UInt8(ascii: "|"), UInt8(ascii: ">"):
                blockScalarParent = blockIndents.last ?? -1
                return skipToLineEnd()
            default:
                let start = here
                guard scanPlainKey() else {
                    plainParent = blockIndents.last ?? -1
                    return
                }
                pushIndent(start)
                advance()
            }
            nodeStart = true
        }
    }

    /// Scans a plain scalar in block context; true when it ends at a `: ` key indicator (left on the colon).
    private func scanPlainKey() -> Bool {
        var previous: UInt8 = 0x20
        while !atLineEnd {
            let byte = current
            if byte == UInt8(ascii: ":") && Self.isBlankOrEnd(peek(1)) { return true }
            if byte == UInt8(ascii: "#") && (previous == 0x20 || previous == 0x09) {
                skipToLineEnd()
                return false
            }
            previous = byte
            advance()
        }
        return false
    }

    // MARK: - Flow context

    private func scanFlow() {
        var previous: UInt8 = UInt8(ascii: "[")
        while !stopped && flowDepth > 0 && !atLineEnd {
            let byte = current
            let afterSeparator = previous == 0x20 || previous == 0x09 || Self.isFlowIndicator(previous)
                || previous == UInt8(ascii: ":")
            switch byte {
            case 0x20, 0x09:
                advance()
            case UInt8(ascii: "#") where previous == 0x20 || previous == 0x09:
                skipToLineEnd()
                return
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                flowDepth += 1
                checkDepth()
                advance()
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                flowDepth = max(0, flowDepth - 1)
                advance()
                rejectComplexKey(what: "a list or mapping")
                if flowDepth == 0 { return }
            case UInt8(ascii: "\"") where afterSeparator, UInt8(ascii: "'") where afterSeparator:
                scanQuoted()
            case UInt8(ascii: "*") where afterSeparator:
                recordName(into: \.aliases)
                rejectComplexKey(what: "an alias")
            case UInt8(ascii: "&") where afterSeparator:
                recordName(into: \.anchors)
            case UInt8(ascii: "?") where afterSeparator && Self.isBlankOrEnd(peek(1)):
                stop("explicit '?' mapping keys are not supported; write 'key: value'", at: position)
            default:
                advance()
            }
            previous = byte
        }
    }

    // MARK: - Tokens

    /// Skips a quoted scalar, which may span lines; leaves the cursor after the closing quote.
    private func scanQuoted() {
        let quote = current
        advance()
        while !atEnd {
            let byte = current
            if quote == UInt8(ascii: "'") && byte == quote {
                if peek(1) == quote {
                    advance(); advance()
                    continue
                }
                advance()
                return
            }
            if quote == UInt8(ascii: "\"") {
                if byte == UInt8(ascii: "\\") {
                    advance(); advance()
                    continue
                }
                if byte == quote {
                    advance()
                    return
                }
            }
            advance()
        }
    }

    /// Records `&name` or `*name` at the cursor and moves past it.
    private func recordName(into list: WritableKeyPath<Result, [Reference]>) {
        let place = position
        advance()
        var name: [UInt8] = []
        while !Self.isBlankOrEnd(current) && !Self.isFlowIndicator(current) {
            name.append(current)
            advance()
        }
        result[keyPath: list].append(Reference(name: String(decoding: name, as: UTF8.self), position: place))
    }

    /// Stops when the node just scanned is followed by `:` (it would be a mapping key).
    private func rejectComplexKey(what: String) {
        var probe = index
        while probe < bytes.count, bytes[probe] == 0x20 || bytes[probe] == 0x09 { probe += 1 }
        guard probe < bytes.count, bytes[probe] == UInt8(ascii: ":") else { return }
        let next = probe + 1 < bytes.count ? bytes[probe + 1] : 0
        guard flowDepth > 0 || Self.isBlankOrEnd(next) else { return }
        stop("\(what) cannot be used as a mapping key; keys must be plain strings", at: position)
    }
}
