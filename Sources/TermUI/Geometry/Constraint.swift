/// How much of a row or column a split part asks for.
///
/// Lengths and percentages are granted first, in order; `min` parts get at least their minimum; what is left
/// goes to `fill` parts by weight, or, when there is none, is shared by the `min` parts. When space runs out,
/// parts are served in order and the later ones shrink, down to zero.
public enum Constraint: Hashable, Sendable {
    /// Exactly this many cells (or what is left, when less).
    case length(Int)
    /// This percentage of the whole (0...100), rounded down.
    case percentage(Int)
    /// At least this many cells; grows only when no `fill` part takes the remainder.
    case min(Int)
    /// A share of the remaining cells proportional to this weight (use `.fill(1)` for "the rest").
    case fill(Int)
}

/// The direction in which a rectangle is split.
public enum Axis: Hashable, Sendable {
    /// Parts side by side, left to right (columns).
    case horizontal
    /// Parts stacked top to bottom (rows).
    case vertical
}

/// Resolves constraints to lengths.
public enum Layout {
    /// The length of each part when `total` cells are shared by `constraints`; never negative, sums to at most `total`.
    public static func lengths(for constraints: [Constraint], total: Int) -> [Int] {
        let total = max(0, total)
        let requested: [Int] = constraints.map { constraint in
            switch constraint {
            case .length(let cells): return max(0, cells)
            case .percentage(let percent):
                return Int((Double(total) * Double(percent.clamped(0, 100)) / 100).rounded(.down))
            case .min(let cells): return max(0, cells)
            case .fill: return 0
            }
        }
        var remaining = total
        var lengths = requested.map { wanted -> Int in
            let granted = Swift.min(wanted, remaining)
            remaining -= granted
            return granted
        }
        guard remaining > 0 else { return lengths }
        let weights: [Int] = constraints.map {
            if case .fill(let weight) = $0 { return max(0, weight) } else { return 0 }
        }
        let totalWeight = weights.reduce(0) { $0.saturatingAdd($1) }
        if totalWeight > 0 {
            distribute(remaining, over: weights, totalWeight: totalWeight, into: &lengths)
        } else {
            let minimums = constraints.map { constraint -> Int in
                if case .min = constraint { return 1 } else { return 0 }
            }
            let count = minimums.reduce(0, +)
            if count > 0 { distribute(remaining, over: minimums, totalWeight: count, into: &lengths) }
        }
        return lengths
    }

    /// Shares `amount` by weight; the cells lost to rounding go one each to the earliest weighted parts.
    private static func distribute(_ amount: Int, over weights: [Int], totalWeight: Int, into lengths: inout [Int]) {
        var given = 0
        for index in weights.indices where weights[index] > 0 {
            let share = Int((Double(amount) * Double(weights[index]) / Double(totalWeight)).rounded(.down))
            lengths[index] += share
            given += share
        }
        var leftover = amount - given
        for index in weights.indices where weights[index] > 0 && leftover > 0 {
            lengths[index] += 1
            leftover -= 1
        }
    }
}

extension Rect {
    /// Splits the rectangle along `axis` into one part per constraint, with `spacing` cells between parts.
    ///
    /// Parts are always inside this rectangle (possibly empty) and there is always one per constraint.
    public func split(_ axis: Axis, _ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        let spacing = max(0, spacing)
        let extent = axis == .horizontal ? width : height
        let gaps = spacing.multipliedReportingOverflow(by: max(0, constraints.count - 1))
        let available = gaps.overflow ? 0 : max(0, extent - gaps.partialValue)
        let lengths = Layout.lengths(for: constraints, total: available)
        var offset = 0
        return lengths.map { length in
            let part: Rect
            switch axis {
            case .horizontal: part = Rect(x: x.saturatingAdd(offset), y: y, width: length, height: height)
            case .vertical: part = Rect(x: x, y: y.saturatingAdd(offset), width: width, height: length)
            }
            offset = offset.saturatingAdd(length).saturatingAdd(spacing)
            return part.intersection(self)
        }
    }

    /// Splits into columns side by side (see `split(_:_:spacing:)`).
    public func columns(_ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        split(.horizontal, constraints, spacing: spacing)
    }

    /// Splits into rows stacked top to bottom (see `split(_:_:spacing:)`).
    public func rows(_ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        split(.vertical, constraints, spacing: spacing)
    }
}
