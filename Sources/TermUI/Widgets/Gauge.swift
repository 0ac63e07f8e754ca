/// A horizontal bar filled to a ratio, with a label centred on its middle row.
///
/// Cells left of `ratio * width` show `filledSymbol` in `filledStyle`, the rest `emptySymbol` in `emptyStyle`.
/// Label characters over the filled part use `filledStyle` patched with `labelOnFilledStyle` (reverse video by
/// default, so the text stays readable on a `█` bar); over the empty part they use `labelStyle` layered over
/// `emptyStyle`.
public struct Gauge: Widget, Sendable {
    /// The filled fraction, clamped to 0...1 (not-a-number counts as 0).
    public var ratio: Double
    /// The label; `nil` shows the percentage, e.g. `42%`.
    public var label: String?
    /// The filled cells' symbol.
    public var filledSymbol: Character
    /// The empty cells' symbol.
    public var emptySymbol: Character
    /// The filled cells' style.
    public var filledStyle: Style
    /// The empty cells' style.
    public var emptyStyle: Style
    /// The label's style over the empty part.
    public var labelStyle: Style
    /// Layered over `filledStyle` for label characters over the filled part.
    public var labelOnFilledStyle: Style

    /// Creates a gauge.
    public init(
        ratio: Double, label: String? = nil, filledSymbol: Character = "█", emptySymbol: Character = "░",
        filledStyle: Style = .plain, emptyStyle: Style = Style(dim: true), labelStyle: Style = .plain,
        labelOnFilledStyle: Style = Style(reverse: true)
    ) {
        self.ratio = ratio
        self.label = label
        self.filledSymbol = filledSymbol
        self.emptySymbol = emptySymbol
        self.filledStyle = filledStyle
        self.emptyStyle = emptyStyle
        self.labelStyle = labelStyle
        self.labelOnFilledStyle = labelOnFilledStyle
    }

    /// The ratio made safe: 0...1, with not-a-number as 0.
    public var clampedRatio: Double {
        ratio.isNaN ? 0 : min(1, max(0, ratio))
    }

    /// The text shown: the label, or the ratio as a whole percentage.
    public var displayedLabel: String {
        label ?? "\(Int((clampedRatio * 100).rounded()))%"
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        let area = area.boundedForDrawing
        let clipped = area.intersection(buffer.area)
        guard !clipped.isEmpty else { return }
        let filled = Int((clampedRatio * Double(area.width)).rounded(.down))
        for y in clipped.y..<clipped.maxY {
            for x in clipped.x..<clipped.maxX {
                let isFilled = x - area.x < filled
                buffer.put(
                    String(isFilled ? filledSymbol : emptySymbol), at: Position(x: x, y: y),
                    style: isFilled ? filledStyle : emptyStyle, maxWidth: 1)
            }
        }
        let text = displayedLabel.truncated(toWidth: area.width)
        guard !text.isEmpty else { return }
        let labelY = area.y + (area.height - 1) / 2
        var x = area.x + max(0, (area.width - text.displayWidth) / 2)
        for character in text {
            let isFilled = x - area.x < filled
            let style = isFilled ? filledStyle.patched(with: labelOnFilledStyle) : labelStyle
            x = buffer.put(String(character), at: Position(x: x, y: labelY), style: style, maxWidth: area.maxX - x)
        }
    }
}
