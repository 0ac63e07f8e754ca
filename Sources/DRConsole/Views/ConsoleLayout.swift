import TermUI

/// Where everything goes on a screen of a given size: all six panes at 160x48 and above, the focused pane
/// with summary strips down to 60x16 (and on any screen while the pane is zoomed), and nothing (a "too small"
/// screen) below that.
public struct ConsoleLayout: Sendable, Hashable {
    /// The smallest screen that shows all panes at once.
    public static let full = Size(width: 160, height: 48)
    /// The smallest screen the console draws on at all.
    public static let minimum = Size(width: 60, height: 16)

    public var header: Rect
    /// Compact layout only: the summary strip of regions and faults.
    public var strip: Rect?
    /// Compact layout only: the row of pane tabs.
    public var tabs: Rect?
    public var panes: [PaneID: Rect]
    public var statusBar: Rect
    public var inputLine: Rect
    public var isCompact: Bool

    /// The layout for `size`, or nil when the screen is too small to draw on. `zoomed` shows the focused pane
    /// alone even where all six would fit, so its long columns get the whole width.
    public init?(size: Size, focus: PaneID, zoomed: Bool = false) {
        guard size.width >= Self.minimum.width, size.height >= Self.minimum.height else { return nil }
        let screen = Rect(size: size)
        header = screen.row(0)
        statusBar = screen.row(size.height - 2)
        inputLine = screen.row(size.height - 1)
        let content = Rect(x: 0, y: 1, width: size.width, height: size.height - 3)
        if size.width >= Self.full.width && size.height >= Self.full.height && !zoomed {
            isCompact = false
            strip = nil
            tabs = nil
            let bands = content.rows([.percentage(42), .percentage(30), .fill(1)])
            let top = bands[0].columns([.percentage(50), .fill(1)])
            let middle = bands[1].columns([.percentage(50), .fill(1)])
            let bottom = bands[2].columns([.percentage(45), .fill(1)])
            panes = [.regionHealth: top[0], .replication: top[1], .failover: middle[0], .xray: middle[1],
                     .softDelete: bottom[0], .timeline: bottom[1]]
        } else {
            isCompact = true
            strip = Rect(x: 0, y: 1, width: size.width, height: 2)
            tabs = Rect(x: 0, y: 3, width: size.width, height: 1)
            panes = [focus: Rect(x: 0, y: 4, width: size.width, height: size.height - 6)]
        }
    }
}
