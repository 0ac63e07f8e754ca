import DRSimulation

/// The picks the seeded fuzz tests make, on the engine's own generator, so a failing case replays from its seed.
extension SplitMix64 {
    /// A number in `0..<bound` (0 when bound is 0).
    public mutating func below(_ bound: Int) -> Int { bound <= 0 ? 0 : Int(next() % UInt64(bound)) }

    /// One element of a non-empty array.
    public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}
