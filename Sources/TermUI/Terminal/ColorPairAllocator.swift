/// Hands out colour-pair numbers for (foreground, background) combinations on demand, for backends such as
/// curses that draw with numbered pairs; pure so that its policy is tested.
///
/// Pair 0 is the terminal default (-1, -1) and is never allocated. New combinations get 1, 2, 3 ... up to
/// `capacity`; once all are used, further new combinations fall back to pair 0 (text stays readable).
public struct ColorPairAllocator: Sendable {
    /// A foreground and background colour number (-1 is the default).
    public struct Pair: Hashable, Sendable {
        /// The foreground colour number.
        public var foreground: Int
        /// The background colour number.
        public var background: Int

        /// Creates a pair.
        public init(foreground: Int, background: Int) {
            self.foreground = foreground
            self.background = background
        }
    }

    /// The highest pair number that may be allocated.
    public let capacity: Int
    /// The pairs allocated so far and their numbers.
    public private(set) var allocated: [Pair: Int] = [:]

    /// Creates an allocator for pair numbers `1...capacity`.
    public init(capacity: Int) {
        self.capacity = max(0, capacity)
    }

    /// The number of the pair for the colours, and whether it is new (the backend must then define it).
    public mutating func number(foreground: Int, background: Int) -> (number: Int, isNew: Bool) {
        let pair = Pair(foreground: foreground, background: background)
        if foreground == -1 && background == -1 { return (0, false) }
        if let existing = allocated[pair] { return (existing, false) }
        guard allocated.count < capacity else { return (0, false) }
        let number = allocated.count + 1
        allocated[pair] = number
        return (number, true)
    }

    /// Forgets all pairs (after the terminal's colours were reset).
    public mutating func reset() {
        allocated = [:]
    }
}
