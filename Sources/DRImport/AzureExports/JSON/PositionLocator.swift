import Foundation

/// Turns byte offsets of one export file into lines and columns in time that grows with the distance moved,
/// not with the file: a cursor remembers the last position found, and a table of line starts (built once, on the
/// first step backwards) jumps to the right line.
///
/// Secrets and problems are found in document order, so thousands of them cost one pass over the file instead of
/// one pass each (issue: import was quadratic in the secrets it dropped). Shared by copies of a document; a lock
/// keeps it safe to share.
final class PositionLocator: @unchecked Sendable {
    private let lock = NSLock()
    private var cursorOffset = 0
    private var cursor = SourcePosition.start
    private var lineStarts: [Int]?

    init() {}

    /// The position of the byte at `offset` in `bytes` (lines end at LF; columns count Unicode scalars).
    func position(of offset: Int, in bytes: [UInt8]) -> SourcePosition {
        let target = min(max(offset, 0), bytes.count)
        lock.lock()
        defer { lock.unlock() }
        if target < cursorOffset {
            let starts = lineStarts ?? Self.lineStarts(of: bytes)
            lineStarts = starts
            let line = Self.lastIndex(in: starts, notAfter: target)
            cursorOffset = starts[line]
            cursor = SourcePosition(line: line + 1, column: 1)
        }
        cursor = TextPosition.advance(cursor, over: bytes[cursorOffset..<target])
        cursorOffset = target
        return cursor
    }

    private static func lineStarts(of bytes: [UInt8]) -> [Int] {
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == 0x0A { starts.append(index + 1) }
        return starts
    }

    /// The index of the last element of the sorted `starts` that is not after `offset`.
    private static func lastIndex(in starts: [Int], notAfter offset: Int) -> Int {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
