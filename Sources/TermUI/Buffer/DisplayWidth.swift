/// How many terminal columns text takes, from Unicode properties and a compact East Asian Wide table.
///
/// Rules, per grapheme cluster (a Swift `Character`):
/// - control characters and lone combining marks, zero-width and format characters: 0 columns;
/// - emoji shown as pictures (`Emoji_Presentation`, or an emoji followed by U+FE0F): 2 columns;
/// - East Asian Wide and Fullwidth characters (CJK, Hangul, kana, fullwidth forms): 2 columns;
/// - everything else, including box drawing, block elements, braille and `●`: 1 column.
/// Combining marks inside a cluster add nothing to the base character's width.
public enum DisplayWidth {
    /// The number of columns `character` takes: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        let value = first.value
        if value < 0x7F && character.utf8.count == 1 { return value < 0x20 ? 0 : 1 }
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        let properties = first.properties
        if properties.isEmojiPresentation { return 2 }
        if properties.isEmoji && scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        if isZeroWidth(first) { return 0 }
        return isWide(value) ? 2 : 1
    }

    /// The number of columns a string takes (the sum over its characters).
    public static func of(_ string: some StringProtocol) -> Int {
        string.reduce(0) { $0 + of($1) }
    }

    /// Whether a scalar takes no column of its own: combining and enclosing marks, format characters
    /// (zero-width space and joiners, bidirectional controls), variation selectors and Hangul medial jamo.
    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value == 0x00AD { return false }
        if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return false
        }
    }

    /// Whether a scalar is East Asian Wide or Fullwidth (emoji are handled by their own properties).
    static func isWide(_ value: UInt32) -> Bool {
        guard value >= 0x1100 else { return false }
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = wideRanges[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }

    /// East Asian Wide (W) and Fullwidth (F) blocks, sorted, from Unicode's EastAsianWidth.txt.
    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
        0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1AFF0...0x1B2FF,
        0x1F200...0x1F2FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}

extension Character {
    /// The number of terminal columns this character takes: 0, 1 or 2 (see `DisplayWidth`).
    public var displayWidth: Int { DisplayWidth.of(self) }
}

extension StringProtocol {
    /// The number of terminal columns this text takes (see `DisplayWidth`).
    public var displayWidth: Int { DisplayWidth.of(self) }
}
