extension Int {
    /// Adds without trapping: the result sticks at `Int.max` or `Int.min` instead of overflowing.
    ///
    /// Geometry takes any caller-supplied number, so every sum of coordinates goes through this.
    @inlinable
    func saturatingAdd(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        guard overflow else { return sum }
        return other > 0 ? .max : .min
    }

    /// Subtracts without trapping, saturating like `saturatingAdd`.
    @inlinable
    func saturatingSubtract(_ other: Int) -> Int {
        let (difference, overflow) = subtractingReportingOverflow(other)
        guard overflow else { return difference }
        return other > 0 ? .min : .max
    }

    /// Clamps to `lower...upper`; `lower` wins when the bounds are inverted.
    @inlinable
    func clamped(_ lower: Int, _ upper: Int) -> Int {
        Swift.max(lower, Swift.min(self, upper))
    }
}
