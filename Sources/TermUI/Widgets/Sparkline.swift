/// A small bar chart of recent values using `▁▂▃▄▅▆▇█`, one column per value.
///
/// The latest `width` values are shown, oldest on the left. Bars are scaled to `maximum` (or to the largest
/// value shown) over the full height of the area, in eighths of a row; any positive value shows at least `▁`.
/// Negative values and not-a-number count as zero and show as blank.
public struct Sparkline: Widget, Sendable {
    /// The bar characters for one to eight eighths of a row.
    public static let bars: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// The values, oldest first.
    public var values: [Double]
    /// The value drawn as a full-height bar; `nil` uses the largest value shown.
    public var maximum: Double?
    /// The bars' style.
    public var style: Style

    /// Creates a sparkline.
    public init(values: [Double], maximum: Double? = nil, style: Style = .plain) {
        self.values = values
        self.maximum = maximum
        self.style = style
    }

    /// The bar heights in eighths of a row for `width` columns and `height` rows (at most `width` values).
    public func levels(width: Int, height: Int) -> [Int] {
        guard width > 0, height > 0 else { return [] }
        let shown = values.suffix(width).map { $0.isFinite ? max(0, $0) : 0 }
        let top = maximum.map { $0.isFinite ? $0 : 0 } ?? shown.max() ?? 0
        guard top > 0 else { return shown.map { _ in 0 } }
        let steps = height * 8
        return shown.map { value in
            guard value > 0 else { return 0 }
            let level = Int((min(value, top) / top * Double(steps)).rounded())
            return max(1, min(steps, level))
        }
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        let area = area.boundedForDrawing
        guard !area.intersection(buffer.area).isEmpty else { return }
        let levels = levels(width: area.width, height: area.height)
        for (column, level) in levels.enumerated() {
            for row in 0..<area.height {
                let fromBottom = area.height - 1 - row
                let eighths = (level - fromBottom * 8).clamped(0, 8)
                guard eighths > 0 else { continue }
                buffer.put(
                    String(Sparkline.bars[eighths - 1]), at: Position(x: area.x + column, y: area.y + row),
                    style: style,
                    maxWidth: 1)
            }
        }
    }
}
