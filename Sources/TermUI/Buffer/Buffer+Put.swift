extension Buffer {
    /// Writes `string` from `position` rightwards, aware of display width, and returns the column after the
    /// last column it covered (where following text would start).
    ///
    /// - The text is clipped at the buffer's edges and after `maxWidth` columns (no limit when `nil`).
    /// - A wide character that does not fit entirely is not drawn (never half of it); one hanging off the
    ///   left edge leaves a styled blank in its visible column.
    /// - Control characters and zero-width characters are skipped.
    /// - `style` is layered over the cells' existing style (see `Style.patched(with:)`), so a background set
    ///   earlier with `setStyle(_:in:)` or `fill` shows through unless `style` sets one.
    @discardableResult
    public mutating func put(_ string: String, at position: Position, style: Style = .plain, maxWidth: Int? = nil)
        -> Int
    {
        let limit = min(width, maxWidth.map { position.x.saturatingAdd(max(0, $0)) } ?? width)
        let rowInside = position.y >= 0 && position.y < height
        var x = position.x
        for character in string {
            guard x < limit else { break }
            let columns = character.displayWidth
            guard columns > 0 else { continue }
            guard x.saturatingAdd(columns) <= limit else { break }
            if rowInside {
                if x >= 0 {
                    let base = self[x, position.y]?.style ?? .plain
                    write(
                        Cell(String(character), style: base.patched(with: style)), columns: columns,
                        at: Position(x: x, y: position.y))
                } else if x + columns > 0 {
                    for column in 0..<(x + columns) {
                        let at = Position(x: column, y: position.y)
                        let base = self[at]?.style ?? .plain
                        write(Cell(" ", style: base.patched(with: style)), columns: 1, at: at)
                    }
                }
            }
            x += columns
        }
        return x
    }

    /// Writes styled spans one after another from `position`, within `maxWidth` columns in total, and returns
    /// the column after the last one covered.
    @discardableResult
    public mutating func put(_ spans: [Span], at position: Position, maxWidth: Int? = nil) -> Int {
        let limit = maxWidth.map { position.x.saturatingAdd(max(0, $0)) }
        var x = position.x
        for span in spans {
            let remaining = limit.map { max(0, $0.saturatingSubtract(x)) }
            if remaining == 0 { break }
            x = put(span.text, at: Position(x: x, y: position.y), style: span.style, maxWidth: remaining)
        }
        return x
    }

    /// Writes `string` aligned inside a one-row `rect` (clipped to it), as `put` does.
    @discardableResult
    public mutating func put(_ string: String, in rect: Rect, alignment: Alignment, style: Style = .plain) -> Int {
        guard !rect.isEmpty else { return rect.x }
        let textWidth = string.displayWidth
        let offset: Int
        switch alignment {
        case .leading: offset = 0
        case .center: offset = max(0, (rect.width - textWidth) / 2)
        case .trailing: offset = max(0, rect.width - textWidth)
        }
        return put(
            string, at: Position(x: rect.x.saturatingAdd(offset), y: rect.y), style: style,
            maxWidth: rect.width - offset)
    }
}
