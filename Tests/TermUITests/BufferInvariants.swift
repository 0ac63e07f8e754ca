@testable import TermUI

/// Whether every wide character in the buffer is whole: each head of width 2 is followed by a continuation
/// cell, and each continuation cell follows such a head.
func wideCharactersAreWhole(_ buffer: Buffer) -> Bool {
    for y in 0..<buffer.height {
        for x in 0..<buffer.width {
            guard let cell = buffer[x, y] else { return false }
            if cell.isContinuation {
                guard let head = buffer[x - 1, y], !head.isContinuation, head.width == 2 else { return false }
            } else if cell.width == 2 {
                guard let next = buffer[x + 1, y], next.isContinuation else { return false }
            }
        }
    }
    return true
}

/// A buffer of `width` x `height` after `draw`.
func rendered(width: Int, height: Int, _ draw: (inout Buffer) -> Void) -> Buffer {
    var buffer = Buffer(width: width, height: height)
    draw(&buffer)
    return buffer
}
