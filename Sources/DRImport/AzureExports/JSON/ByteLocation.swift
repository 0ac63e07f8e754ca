import Foundation

/// Converts byte offsets of an export file into the line and column people read.
enum ByteLocation {
    /// The position of `offset` in `bytes`: lines end at LF; columns count Unicode scalars, not bytes.
    static func position(of offset: Int, in bytes: [UInt8]) -> SourcePosition {
        TextPosition.position(ofByte: min(max(offset, 0), bytes.count), in: bytes)
    }
}
