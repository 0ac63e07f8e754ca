import DRDomain
import Foundation

/// Times as Azure exports write them, rounded to whole seconds so that an estate written and read back is equal.
///
/// Accepts ISO 8601 with `Z` or an offset and any number of fractional digits (`2025-01-02T10:00:00.1234567Z`,
/// `2025-01-02T10:00:00+00:00`), times without a zone (taken as UTC, as the CLI prints some dates), and numbers:
/// Resource Graph writes `ImpactStartTime` as a number whose unit is not documented, so the unit is chosen by
/// magnitude (.NET ticks, microseconds, milliseconds or seconds since 1970).
enum AzureTime {
    /// The date, or nil when the text is not a time.
    static func parse(_ text: String) -> Date? {
        normalised(text).flatMap(Timestamp.parse).map(wholeSeconds)
    }

    /// Why a text written like a time names no real moment (`day 31 does not exist in November 2026`), or nil.
    static func problem(_ text: String) -> String? {
        normalised(text).flatMap(Timestamp.impossibility(in:))
    }

    /// The text as a strict ISO 8601 timestamp: a space for the `T`, `Z` added when no zone is written, the
    /// fraction cut to three digits; nil when it does not start like a date and time.
    private static func normalised(_ text: String) -> String? {
        let trimmed = TrimmedText.trimmed(text, in: .whitespaces)
        guard trimmed.count >= 19, trimmed.count <= 40,
            trimmed.dropFirst(10).first == "T" || trimmed.dropFirst(10).first == " "
        else {
            return nil
        }
        var normalised = trimmed
        if normalised.dropFirst(10).first == " " {
            normalised = String(normalised.prefix(10)) + "T" + String(normalised.dropFirst(11))
        }
        let body = normalised.dropFirst(19)
        let hasZone = body.contains("Z") || body.contains("z") || body.contains("+") || body.contains("-")
        if !hasZone { normalised += "Z" }
        return truncatingFraction(normalised)
    }

    /// The date of a node: a time string, or a number of ticks, microseconds, milliseconds or seconds.
    static func date(_ node: JSONNode) -> Date? {
        if let text = node.string {
            if let date = parse(text) { return date }
            if let number = Double(TrimmedText.trimmed(text, in: .whitespaces)) { return date(number: number) }
            return nil
        }
        if case .number(let number) = node.value { return date(number: number) }
        return nil
    }

    /// A numeric time, its unit chosen by magnitude.
    static func date(number: Double) -> Date? {
        guard number.isFinite, number > 0 else { return nil }
        let seconds: Double
        switch number {
        case 1e17...: seconds = number / 1e7 - 62_135_596_800  // .NET ticks since 0001-01-01
        case 1e14..<1e17: seconds = number / 1e6
        case 1e11..<1e14: seconds = number / 1e3
        default: seconds = number
        }
        guard seconds > 0, seconds < 32_503_680_000 else { return nil }
        return wholeSeconds(Date(timeIntervalSince1970: seconds))
    }

    /// Rounds down to a whole second.
    static func wholeSeconds(_ date: Date) -> Date {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }

    /// Keeps at most three fractional digits, which every ISO 8601 parser accepts.
    private static func truncatingFraction(_ text: String) -> String {
        guard let dot = text.firstIndex(of: "."), text.distance(from: text.startIndex, to: dot) == 19 else {
            return text
        }
        let afterDot = text.index(after: dot)
        let digitsEnd = text[afterDot...].firstIndex { !$0.isNumber } ?? text.endIndex
        let digits = text[afterDot..<digitsEnd]
        guard !digits.isEmpty else { return String(text[..<dot]) + String(text[digitsEnd...]) }
        return String(text[..<afterDot]) + String(digits.prefix(3)) + String(text[digitsEnd...])
    }
}
