/// The `:` line's history, navigated with Up and Down like a shell's.
public struct CommandHistory: Sendable, Hashable {
    public private(set) var entries: [String] = []
    private var cursor: Int?
    /// The most entries kept.
    public let capacity: Int

    public init(capacity: Int = 100) { self.capacity = max(1, capacity) }

    /// Records a submitted line (skipping blanks and an immediate repeat) and resets navigation.
    public mutating func record(_ line: String) {
        cursor = nil
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, entries.last != trimmed else { return }
        entries.append(trimmed)
        if entries.count > capacity { entries.removeFirst(entries.count - capacity) }
    }

    /// The previous (older) entry, or nil at the start.
    public mutating func older() -> String? {
        guard !entries.isEmpty else { return nil }
        let next = max(0, (cursor ?? entries.count) - 1)
        cursor = next
        return entries[next]
    }

    /// The next (newer) entry, or "" past the newest.
    public mutating func newer() -> String? {
        guard let current = cursor else { return nil }
        if current + 1 >= entries.count {
            cursor = nil
            return ""
        }
        cursor = current + 1
        return entries[current + 1]
    }
}
