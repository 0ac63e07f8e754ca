import Foundation

/// A small seeded random number generator (SplitMix64), so that every run with one seed replays exactly.
public struct SplitMix64: RandomNumberGenerator, Sendable, Hashable {
    private var state: UInt64

    /// Creates a generator from a seed.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<1` from the top 53 bits, the same on every platform.
    public mutating func nextUnit() -> Double {
        Double(next() >> 11) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `value` scaled by a factor drawn uniformly from `1 - spread ... 1 + spread`, rounded to whole seconds.
    public mutating func jitter(_ value: TimeInterval, spread: Double) -> TimeInterval {
        let factor = 1 - spread + 2 * spread * nextUnit()
        return (value * factor).rounded()
    }
}
