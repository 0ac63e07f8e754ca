import Foundation

/// Converts offsets in UTF-8 text into line and column positions, counting columns in Unicode scalars.
enum TextPosition {
    /// The position of the byte at `offset` (the first byte of its scalar is what counts).
    static func position(ofByte offset: Int, in bytes: some Collection<UInt8>) -> SourcePosition {
        advance(.start, over: bytes.prefix(max(offset, 0)))
    }

    /// The position reached from `start` after reading `bytes` (a line feed starts a line; each scalar's first
    /// byte moves one column).
    static func advance(_ start: SourcePosition, over bytes: some Sequence<UInt8>) -> SourcePosition {
        var line = start.line
        var column = start.column
        for byte in bytes {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return SourcePosition(line: line, column: column)
    }

    /// The position of the character at `offset` characters from the start of `text`.
    static func position(ofCharacter offset: Int, in text: String) -> SourcePosition {
        var line = 1
        var column = 1
        for (index, character) in text.enumerated() {
            if index >= offset { break }
            if character == "\n" || character == "\r\n" {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        return SourcePosition(line: line, column: column)
    }

    /// The UTF-8 byte offset of a line and column, or nil when the text is shorter.
    static func byteOffset(of position: SourcePosition, in bytes: [UInt8]) -> Int? {
        var line = 1
        var column = 1
        var index = 0
        while index < bytes.count {
            if line == position.line && column == position.column { return index }
            let byte = bytes[index]
            if byte == 0x0A {
                if line == position.line { return nil }
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
            while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
        }
        return nil
    }
}
