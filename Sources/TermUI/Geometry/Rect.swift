/// A rectangle of terminal cells: an origin and a size.
///
/// `maxX` and `maxY` are exclusive. A rectangle with zero width or height is empty; all operations accept
/// empty, negative or huge rectangles and never trap.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
    /// The leftmost column.
    public var x: Int
    /// The top row.
    public var y: Int
    /// The number of columns, never negative.
    public var width: Int { didSet { width = max(0, width) } }
    /// The number of rows, never negative.
    public var height: Int { didSet { height = max(0, height) } }

    /// Creates a rectangle; negative sizes become zero.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// Creates a rectangle from an origin and a size.
    public init(origin: Position, size: Size) {
        self.init(x: origin.x, y: origin.y, width: size.width, height: size.height)
    }

    /// Creates a rectangle at the top-left corner.
    public init(size: Size) {
        self.init(x: 0, y: 0, width: size.width, height: size.height)
    }

    /// An empty rectangle at the top-left corner.
    public static let zero = Rect(x: 0, y: 0, width: 0, height: 0)

    /// The top-left corner.
    public var origin: Position { Position(x: x, y: y) }
    /// The width and height.
    public var size: Size { Size(width: width, height: height) }
    /// The column just right of the rectangle (exclusive).
    public var maxX: Int { x.saturatingAdd(width) }
    /// The row just below the rectangle (exclusive).
    public var maxY: Int { y.saturatingAdd(height) }
    /// Whether the rectangle holds no cell.
    public var isEmpty: Bool { width == 0 || height == 0 }
    /// The number of cells, saturating at `Int.max`.
    public var area: Int {
        let (product, overflow) = width.multipliedReportingOverflow(by: height)
        return overflow ? .max : product
    }

    /// Whether `position` lies inside the rectangle.
    public func contains(_ position: Position) -> Bool {
        position.x >= x && position.x < maxX && position.y >= y && position.y < maxY
    }

    /// The cells common to both rectangles; empty (at a clamped origin) when they do not overlap.
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x)
        let top = max(y, other.y)
        let right = min(maxX, other.maxX)
        let bottom = min(maxY, other.maxY)
        return Rect(x: left, y: top, width: right.saturatingSubtract(left), height: bottom.saturatingSubtract(top))
    }

    /// Whether the rectangles share at least one cell.
    public func intersects(_ other: Rect) -> Bool {
        !intersection(other).isEmpty
    }

    /// The rectangle shrunk by `amount` cells on every side (grown when negative).
    public func inset(by amount: Int) -> Rect {
        inset(top: amount, left: amount, bottom: amount, right: amount)
    }

    /// The rectangle shrunk by `horizontal` columns left and right and `vertical` rows top and bottom.
    public func inset(horizontal: Int, vertical: Int) -> Rect {
        inset(top: vertical, left: horizontal, bottom: vertical, right: horizontal)
    }

    /// The rectangle shrunk on each side; it never becomes negative and its origin never passes its far edge.
    public func inset(top: Int, left: Int, bottom: Int, right: Int) -> Rect {
        let newWidth = width.saturatingSubtract(left.saturatingAdd(right))
        let newHeight = height.saturatingSubtract(top.saturatingAdd(bottom))
        let newX = min(x.saturatingAdd(left), maxX)
        let newY = min(y.saturatingAdd(top), maxY)
        return Rect(x: newX, y: newY, width: newWidth, height: newHeight)
    }

    /// A rectangle of at most `width` x `height` centred in this one (for dialogs and overlays).
    public func centered(width: Int, height: Int) -> Rect {
        let w = width.clamped(0, self.width)
        let h = height.clamped(0, self.height)
        return Rect(
            x: x.saturatingAdd((self.width - w) / 2), y: y.saturatingAdd((self.height - h) / 2), width: w, height: h)
    }

    /// The one-row rectangle at row `index` (counted from this rectangle's top), clipped to it.
    public func row(_ index: Int) -> Rect {
        Rect(x: x, y: y.saturatingAdd(index), width: width, height: 1).intersection(self)
    }

    public var description: String { "Rect(x: \(x), y: \(y), w: \(width), h: \(height))" }
}

extension Rect {
    /// The limit on coordinates that widgets work with; no buffer comes near it.
    static let drawingBound = 1 << 20

    /// The rectangle clipped to a generous range around any buffer, so that widget arithmetic on it cannot
    /// overflow even when a caller passes extreme coordinates.
    var boundedForDrawing: Rect {
        intersection(
            Rect(
                x: -Rect.drawingBound, y: -Rect.drawingBound, width: 2 * Rect.drawingBound,
                height: 2 * Rect.drawingBound))
    }
}
