import Foundation

/// "Did you mean ...?" hints for misspelt keys, regions, zones and references.
public enum Suggestion {
    /// The candidate closest to `text` by edit distance (case-insensitive), when it is close enough to be a
    /// plausible misspelling; ties go to the candidate of the same length, then to the first in sorted order.
    public static func closest(to text: String, in candidates: some Sequence<String>) -> String? {
        let needle = Array(text.lowercased().unicodeScalars)
        guard !needle.isEmpty, needle.count <= 200 else { return nil }
        let threshold = max(1, min(4, (needle.count + 2) / 3))
        var best: (distance: Int, sameLength: Bool, name: String)?
        for candidate in Set(candidates).sorted() where candidate != text {
            let hay = Array(candidate.lowercased().unicodeScalars)
            guard abs(hay.count - needle.count) <= threshold else { continue }
            let distance = levenshtein(needle, hay)
            guard distance <= threshold else { continue }
            let sameLength = hay.count == needle.count
            if let current = best {
                if distance < current.distance || (distance == current.distance && sameLength && !current.sameLength) {
                    best = (distance, sameLength, candidate)
                }
            } else {
                best = (distance, sameLength, candidate)
            }
        }
        return best?.name
    }

    /// `; did you mean 'x'?` when a close candidate exists, or an empty string.
    public static func didYouMean(_ text: String, in candidates: some Sequence<String>) -> String {
        guard let match = closest(to: text, in: candidates) else { return "" }
        return "; did you mean '\(match)'?"
    }

    /// The Levenshtein edit distance between two strings, compared by Unicode scalar.
    public static func distance(_ lhs: String, _ rhs: String) -> Int {
        levenshtein(Array(lhs.unicodeScalars), Array(rhs.unicodeScalars))
    }

    private static func levenshtein(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
