/// Text wrapped to an area, with alignment and vertical scrolling.
public struct Paragraph: Widget, Sendable {
    /// The text; newlines start new lines.
    public var text: String
    /// The text's style.
    public var style: Style
    /// How long lines break.
    public var wrap: WrapMode
    /// How each line sits in the area.
    public var alignment: Alignment
    /// The number of wrapped lines skipped at the top.
    public var scroll: Int

    /// Creates a paragraph.
    public init(
        _ text: String, style: Style = .plain, wrap: WrapMode = .word, alignment: Alignment = .leading,
        scroll: Int = 0
    ) {
        self.text = text
        self.style = style
        self.wrap = wrap
        self.alignment = alignment
        self.scroll = scroll
    }

    /// The wrapped lines for an area `width` columns wide.
    public func lines(width: Int) -> [String] {
        TextWrap.lines(text, width: width, mode: wrap)
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        let area = area.boundedForDrawing
        guard !area.intersection(buffer.area).isEmpty else { return }
        let wrapped = lines(width: area.width)
        let start = max(0, scroll)
        guard start < wrapped.count else { return }
        for (row, line) in wrapped[start...].prefix(area.height).enumerated() {
            buffer.put(line, in: area.row(row), alignment: alignment, style: style)
        }
    }
}
