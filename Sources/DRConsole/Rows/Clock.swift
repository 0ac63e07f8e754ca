import Foundation

/// Formats virtual-clock offsets.
public enum Clock {
    /// `hh:mm:ss` (hours may exceed 24).
    public static func format(_ seconds: TimeInterval) -> String {
        let total = seconds.isFinite ? Int(max(0, min(seconds, 1e15)).rounded(.down)) : 0
        return twoDigits(total / 3_600) + ":" + twoDigits((total % 3_600) / 60) + ":" + twoDigits(total % 60)
    }

    /// `T+hh:mm`: an offset to the minute, for narrow columns.
    public static func minutes(_ seconds: TimeInterval) -> String {
        String(format(seconds).dropLast(3))
    }

    /// A duration with units, largest first and at most three of them: `72d 5h 0m`, `11h 59m 58s`, `4m 5s`.
    public static func duration(_ seconds: TimeInterval) -> String {
        let total = seconds.isFinite ? Int(max(0, min(seconds, 1e15)).rounded(.down)) : 0
        let (days, hours, minutes, secs) = (total / 86_400, (total % 86_400) / 3_600, (total % 3_600) / 60, total % 60)
        if days > 0 { return "\(days)d \(hours)h \(minutes)m" }
        if hours > 0 { return "\(hours)h \(minutes)m \(secs)s" }
        return minutes > 0 ? "\(minutes)m \(secs)s" : "\(secs)s"
    }

    /// At least two digits, zero-padded (what `%02d` prints for a non-negative number).
    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0" + String(value) : String(value)
    }
}
