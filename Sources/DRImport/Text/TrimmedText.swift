import Foundation

/// Trimming that costs nothing for text with nothing to trim at its ends.
///
/// Foundation's `trimmingCharacters(in:)` bridges through `NSString` on Linux: it was a sixth of the time of
/// `foundry-dr validate` and a fifth of `foundry-dr import` on a 10,000-resource estate, where almost no value
/// needs trimming. When neither end is in the set the text is returned as it is; otherwise Foundation trims it
/// exactly as before.
enum TrimmedText {
    /// `text` without leading and trailing whitespace and newlines (`CharacterSet.whitespacesAndNewlines`).
    static func trimmed(_ text: String) -> String { trimmed(text, in: .whitespacesAndNewlines) }

    /// `text` without leading and trailing characters of `set`.
    static func trimmed(_ text: String, in set: CharacterSet) -> String {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return text }
        if !set.contains(first) && !set.contains(last) { return text }
        return text.trimmingCharacters(in: set)
    }
}

extension String {
    /// Whether `part` occurs in the text, compared byte by byte as UTF-8 (what a literal search finds), without
    /// Foundation's `contains`, which bridges through `NSString` on Linux, or the standard library's generic
    /// `firstRange(of:)`, which looks up type metadata at every step: both dominated the import's profile.
    func containsBytes(_ part: String) -> Bool {
        var text = self
        var part = part
        return text.withUTF8 { haystack in
            part.withUTF8 { needle in
                guard let first = needle.first else { return true }
                guard haystack.count >= needle.count else { return false }
                let count = needle.count
                var start = 0
                while start <= haystack.count - count {
                    if haystack[start] == first {
                        var offset = 1
                        while offset < count, haystack[start + offset] == needle[offset] { offset += 1 }
                        if offset == count { return true }
                    }
                    start += 1
                }
                return false
            }
        }
    }
}
