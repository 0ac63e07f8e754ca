import Foundation

/// Formats virtual-clock offsets.
public enum Clock {
    /// `hh:mm:ss` (hours may exceed 24).
    public static func format(_ seconds: TimeInterval) -> String {
        let total = seconds.isFinite ? Int(max(0, min(seconds, 1e15)).rounded(.down)) : 0
        return twoDigits(total / 3_600) + ":" + twoDigits((total % 3_600) / 60) + ":" + twoDigits(total % 60)
    }

    /// At least two digits, zero-padded (what `%02d` prints for a non-negative number).
    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0" + String(value) : String(value)
    }
}
