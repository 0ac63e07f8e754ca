import TermUI

/// The world's land outline for the region-health map, decoded once from the generated `LandMaskData`.
public enum WorldMap {
    /// The 1-degree land mask (360 x 180), decoded on first use.
    public static let landMask = LandMask(bits: LandMaskData.rows.map(decode))

    /// One hex row into its 360 cells (4 per digit, most significant bit first).
    static func decode(_ hex: String) -> [Bool] {
        var bits: [Bool] = []
        bits.reserveCapacity(hex.count * 4)
        for digit in hex {
            let value = digit.hexDigitValue ?? 0
            for bit in 0..<4 { bits.append(value & (8 >> bit) != 0) }
        }
        return Array(bits.prefix(LandMaskData.width))
    }
}
