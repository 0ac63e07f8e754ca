import Foundation

/// Wall times as journals and reports write them: ISO 8601 in UTC, with milliseconds when stored.
public enum JournalTime {
    /// Format styles are values: one each, shared (a journal of a long incident reads tens of thousands of times).
    private static let withFraction = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
    private static let whole = Date.ISO8601FormatStyle()

    /// `2026-11-30T08:15:02.125Z`.
    public static func format(_ date: Date) -> String { withFraction.format(date) }

    /// `2026-11-30T08:15:02Z`, for reports.
    public static func formatSeconds(_ date: Date) -> String { whole.format(date) }

    /// Reads either form; nil when the text is neither.
    public static func parse(_ text: String) -> Date? {
        (try? withFraction.parse(text)) ?? (try? whole.parse(text))
    }
}
