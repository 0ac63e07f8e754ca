import Foundation

/// Converts byte offsets of an export file into the line and column people read.
enum ByteLocation {
    /// The position of `offset` in `bytes`: lines end at LF; columns count Unicode scalars, not bytes.
    static func position(of offset: Int, in bytes: [UInt8]) -> SourcePosition {
        var line = 1
        var column = 1
        let end = min(max(offset, 0), bytes.count)
        var index = 0
        while index < end {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return SourcePosition(line: line, column: column)
    }
}
