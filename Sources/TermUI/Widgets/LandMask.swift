/// A world land bitmap in equirectangular projection: row 0 is the north edge (latitude 90), column 0 the
/// west edge (longitude -180); each bit covers an equal span of longitude and latitude.
public struct LandMask: Hashable, Sendable {
    /// Bits per row.
    public let width: Int
    /// Number of rows.
    public let height: Int
    private let bits: [Bool]

    /// Creates a mask from rows of booleans (`true` is land); short rows are padded with water.
    public init(bits rows: [[Bool]]) {
        let width = rows.map(\.count).max() ?? 0
        self.width = width
        self.height = rows.count
        self.bits = rows.flatMap { $0 + Array(repeating: false, count: width - $0.count) }
    }

    /// Creates a mask from rows of text: a space, `0`, `.` or `_` is water, any other character is land.
    public init(rows: [String]) {
        let water: Set<Character> = [" ", "0", ".", "_"]
        self.init(bits: rows.map { row in row.map { !water.contains($0) } })
    }

    /// Whether the bit at a column and row is land (`false` outside the mask).
    public func isLand(column: Int, row: Int) -> Bool {
        guard column >= 0, column < width, row >= 0, row < height else { return false }
        return bits[row * width + column]
    }

    /// Whether the point is land; longitudes wrap, latitudes are clamped to -90...90.
    public func isLand(longitude: Double, latitude: Double) -> Bool {
        guard width > 0, height > 0, longitude.isFinite, latitude.isFinite else { return false }
        var wrapped = (longitude + 180).truncatingRemainder(dividingBy: 360)
        if wrapped < 0 { wrapped += 360 }
        let column = min(width - 1, Int(wrapped / 360 * Double(width)))
        let row = min(height - 1, max(0, Int((90 - min(90, max(-90, latitude))) / 180 * Double(height))))
        return isLand(column: column, row: row)
    }
}
