import TermUI

/// The geometry the views draw with and the reducer scrolls, pages and hit-tests with, so the two never
/// disagree: each pane's body (inside its border), the world map's share of region health, the table's
/// area and visible row count, and the overlay's box and line count.
public struct Viewport: Sendable {
    /// Where everything goes; nil when the screen is too small to draw on.
    public let layout: ConsoleLayout?

    public init(size: Size, focus: PaneID, zoomed: Bool = false) {
        layout = ConsoleLayout(size: size, focus: focus, zoomed: zoomed)
    }

    /// The geometry of a state's screen, its focused pane and zoom.
    public init(_ state: AppState) {
        self.init(size: state.size, focus: state.focus, zoomed: state.paneZoomed)
    }

    /// The panes in reading order as laid out (top to bottom, left to right); number order when one pane shows at
    /// a time.
    public var readingOrder: [PaneID] {
        guard let panes = layout?.panes, panes.count == PaneID.allCases.count else { return PaneID.allCases }
        return panes.sorted { ($0.value.y, $0.value.x) < ($1.value.y, $1.value.x) }.map(\.key)
    }

    /// The inside of a pane's border, if the pane is on screen.
    public func body(_ pane: PaneID) -> Rect? {
        layout?.panes[pane].map(Self.body(of:))
    }

    /// The inside of a pane's border drawn in `area` (the border is one cell on each side).
    public static func body(of area: Rect) -> Rect { area.inset(top: 1, left: 1, bottom: 1, right: 1) }

    /// How a pane's body divides: the world map on top of region health when there is room, the table below.
    public static func split(_ pane: PaneID, body: Rect) -> (map: Rect?, table: Rect) {
        guard pane == .regionHealth, body.height >= 14, body.width >= 40 else { return (nil, body) }
        let parts = body.rows([.percentage(55), .fill(1)])
        return (parts[0], parts[1])
    }

    /// The table's area of a pane (its header row included).
    public func tableArea(_ pane: PaneID) -> Rect? {
        body(pane).map { Self.split(pane, body: $0).table }
    }

    /// The data rows a pane's table shows at once (its area less the header row); at least 1 for paging.
    public func visibleRows(_ pane: PaneID) -> Int {
        max(1, (tableArea(pane)?.height ?? 1) - 1)
    }

    /// The pane under a screen position, with its rectangle.
    public func pane(at position: Position) -> (PaneID, Rect)? {
        layout?.panes.first { $0.value.contains(position) }.map { ($0.key, $0.value) }
    }

    /// The index of the data row drawn at `position` in a pane scrolled to `offset`, if a row is there.
    public func rowIndex(at position: Position, in pane: PaneID, offset: Int, rowCount: Int) -> Int? {
        guard let table = tableArea(pane), table.contains(position) else { return nil }
        let line = position.y - (table.y + 1)
        let index = line + offset
        return line >= 0 && index < rowCount ? index : nil
    }

    /// The area overlays are centred in: the screen less the top line and the two bottom lines.
    public static func overlayArea(_ size: Size) -> Rect {
        Rect(x: 0, y: 1, width: size.width, height: max(0, size.height - 3))
    }
}

/// An overlay's box for its lines: the size, the wrapped lines, how many show at once and how far it scrolls.
struct OverlayBox {
    var area: Rect
    var wrapped: [String]
    /// Lines shown at once (inside the border).
    var visible: Int

    /// The box for `lines` centred in the overlay area of a screen of `size`.
    init(lines: [String], screen size: Size) {
        let screen = Viewport.overlayArea(size)
        let width = min(screen.width - 4, max(50, min(110, (lines.map(\.displayWidth).max() ?? 40) + 4)))
        wrapped = lines.flatMap { TextWrap.lines($0, width: max(10, width - 4)) }
        let height = max(0, min(screen.height - 2, wrapped.count + 2))
        area = screen.centered(width: width, height: height)
        visible = max(0, height - 2)
    }

    /// The largest scroll that still fills the box.
    var maxScroll: Int { max(0, wrapped.count - visible) }
}
