/// A bordered frame with an optional title, drawn around a pane's content.
///
/// The caller gives the styles for the focused and unfocused states (theme roles such as
/// `pane.border.focused`); the block picks by `isFocused`. Content goes inside `inner(_:)`.
public struct Block: Widget, Sendable {
    /// The styles a block uses, resolved by the caller from its theme.
    public struct Styles: Hashable, Sendable {
        /// The border when not focused.
        public var border: Style
        /// The border when focused.
        public var focusedBorder: Style
        /// The title when not focused.
        public var title: Style
        /// The title when focused.
        public var focusedTitle: Style
        /// The whole area's base style (usually a background), applied before the border; `nil` leaves it.
        public var fill: Style?

        /// Creates block styles; focused styles default to the unfocused ones made bold.
        public init(
            border: Style = .plain, focusedBorder: Style? = nil, title: Style = .plain, focusedTitle: Style? = nil,
            fill: Style? = nil
        ) {
            self.border = border
            self.focusedBorder = focusedBorder ?? border.adding(.bold)
            self.title = title
            self.focusedTitle = focusedTitle ?? title.adding(.bold)
            self.fill = fill
        }
    }

    /// The title shown in the top border, if any.
    public var title: String?
    /// Where the title sits in the top border.
    public var titleAlignment: Alignment
    /// Whether the pane has the focus.
    public var isFocused: Bool
    /// The sides with a border.
    public var borders: Borders
    /// The characters of the border when not focused.
    public var borderSet: BorderSet
    /// The characters of the border when focused (`nil`: the same as unfocused).
    public var focusedBorderSet: BorderSet?
    /// The styles.
    public var styles: Styles

    /// Creates a block.
    public init(
        title: String? = nil, titleAlignment: Alignment = .leading, isFocused: Bool = false, borders: Borders = .all,
        borderSet: BorderSet = .plain, focusedBorderSet: BorderSet? = nil, styles: Styles = Styles()
    ) {
        self.title = title
        self.titleAlignment = titleAlignment
        self.isFocused = isFocused
        self.borders = borders
        self.borderSet = borderSet
        self.focusedBorderSet = focusedBorderSet
        self.styles = styles
    }

    /// The area left for content inside the borders.
    public func inner(_ area: Rect) -> Rect {
        area.inset(
            top: borders.contains(.top) ? 1 : 0, left: borders.contains(.left) ? 1 : 0,
            bottom: borders.contains(.bottom) ? 1 : 0, right: borders.contains(.right) ? 1 : 0)
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        if let fill = styles.fill { buffer.setStyle(fill, in: area) }
        let set = isFocused ? (focusedBorderSet ?? borderSet) : borderSet
        let style = isFocused ? styles.focusedBorder : styles.border
        let lastX = area.maxX - 1
        let lastY = area.maxY - 1
        func draw(_ character: Character, _ x: Int, _ y: Int) {
            buffer.put(String(character), at: Position(x: x, y: y), style: style, maxWidth: 1)
        }
        if borders.contains(.top) {
            for x in area.x...lastX { draw(set.horizontal, x, area.y) }
        }
        if borders.contains(.bottom) {
            for x in area.x...lastX { draw(set.horizontal, x, lastY) }
        }
        if borders.contains(.left) {
            for y in area.y...lastY { draw(set.vertical, area.x, y) }
        }
        if borders.contains(.right) {
            for y in area.y...lastY { draw(set.vertical, lastX, y) }
        }
        if borders.isSuperset(of: [.top, .left]) { draw(set.topLeft, area.x, area.y) }
        if borders.isSuperset(of: [.top, .right]) { draw(set.topRight, lastX, area.y) }
        if borders.isSuperset(of: [.bottom, .left]) { draw(set.bottomLeft, area.x, lastY) }
        if borders.isSuperset(of: [.bottom, .right]) { draw(set.bottomRight, lastX, lastY) }
        renderTitle(in: area, buffer: &buffer)
    }

    /// Draws the title as ` Title ` on the top row, between the corners, truncated with an ellipsis.
    private func renderTitle(in area: Rect, buffer: inout Buffer) {
        guard let title, !title.isEmpty else { return }
        let left = borders.contains(.left) ? 1 : 0
        let right = borders.contains(.right) ? 1 : 0
        let slot = Rect(x: area.x + left, y: area.y, width: area.width - left - right, height: 1)
        guard slot.width > 0 else { return }
        let padded =
            borders.contains(.top) && slot.width >= 3
            ? " \(title.truncated(toWidth: slot.width - 2)) " : title.truncated(toWidth: slot.width)
        buffer.put(padded, in: slot, alignment: titleAlignment, style: isFocused ? styles.focusedTitle : styles.title)
    }
}
