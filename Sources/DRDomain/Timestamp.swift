import Foundation

/// ISO 8601 timestamps as estate files, exports and journals write them.
///
/// Parsed and formatted by hand, with no formatter objects: a parse costs a pass over at most 40 bytes, the
/// functions are pure (safe from any thread), and impossible values are refused instead of rolled over
/// (`2026-02-30`, `24:00`, `+25:00`, year `0000`).
public enum Timestamp {
    /// Parses `2026-11-28T09:00:00Z`, with or without fractional seconds, with `Z` or an offset; nil otherwise.
    ///
    /// Strict: the year is 0001 to 9999, the day exists in its month (leap years counted), hours are 00 to 23,
    /// minutes and seconds 00 to 59, and an offset (`+01:00` or `+0100`) is at most 18 hours with minutes
    /// 00 to 59. The fraction, of any length, is kept to the microsecond.
    public static func parse(_ text: String) -> Date? {
        if case .success(let date) = read(text) { return date }
        return nil
    }

    /// Why the text is not a timestamp `parse` accepts (`day 30 does not exist in February 2026`), or nil when
    /// it is one: for error messages.
    public static func problem(in text: String) -> String? {
        if case .failure(let problem) = read(text) { return problem.text }
        return nil
    }

    /// Why a text written like a timestamp names a moment that does not exist (`day 31 does not exist in
    /// November 2026`, `offset +25:00 does not exist`), or nil when it is valid or not written like one.
    public static func impossibility(in text: String) -> String? {
        if case .failure(let problem) = read(text), problem.isImpossible { return problem.text }
        return nil
    }

    /// The date, or what is wrong with the text.
    static func read(_ text: String) -> Result<Date, TimestampProblem> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.utf8.count >= 20, trimmed.utf8.count <= 40 else {
            return .failure(TimestampProblem("expected the form 2026-11-28T09:00:00Z, with a time zone"))
        }
        var reader = TimestampReader(Array(trimmed.utf8))
        return reader.read()
    }

    /// Formats a date as `2026-11-28T09:00:00Z` (UTC, whole seconds, rounded down).
    public static func format(_ date: Date) -> String {
        let total = Int64(date.timeIntervalSince1970.rounded(.down))
        let days = total >= 0 ? total / 86_400 : (total - 86_399) / 86_400
        let secondOfDay = total - days * 86_400
        let (year, month, day) = CivilCalendar.date(fromDays: days)
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let yearText = String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year)
        return "\(yearText)-\(two(month))-\(two(day))T\(two(secondOfDay / 3_600)):\(two(secondOfDay % 3_600 / 60))"
            + ":\(two(secondOfDay % 60))Z"
    }
}

/// The proleptic Gregorian calendar as day counts from 1970-01-01 (the algorithms of H. Hinnant's `chrono`).
enum CivilCalendar {
    /// Whether the year has a 29 February.
    static func isLeap(_ year: Int64) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    /// The number of days in a month (1 to 12) of a year.
    static func daysIn(month: Int64, year: Int64) -> Int64 {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days from 1970-01-01 to a valid date.
    static func days(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date of a day count from 1970-01-01.
    static func date(fromDays count: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = count + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

/// What is wrong with a timestamp, in words; impossible when it is well formed but names no real moment.
struct TimestampProblem: Error {
    var text: String
    var isImpossible: Bool

    init(_ text: String, impossible: Bool = false) {
        self.text = text
        isImpossible = impossible
    }
}

/// A cursor over the bytes of one timestamp.
private struct TimestampReader {
    let bytes: [UInt8]
    var at = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    private static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                                 "September", "October", "November", "December"]

    mutating func read() -> Result<Date, TimestampProblem> {
        let form = TimestampProblem("expected the form 2026-11-28T09:00:00Z, with a time zone")
        guard let year = digits(4), expect("-"), let month = digits(2), expect("-"), let day = digits(2),
            expect("T") || expect("t"), let hour = digits(2), expect(":"), let minute = digits(2), expect(":"),
            let second = digits(2)
        else { return .failure(form) }
        guard year >= 1 else { return .failure(TimestampProblem("year 0000 is not a year (0001 to 9999)", impossible: true)) }
        guard (1...12).contains(month) else { return .failure(TimestampProblem("month \(month) does not exist", impossible: true)) }
        let monthName = Self.months[Int(month) - 1]
        guard day >= 1, day <= CivilCalendar.daysIn(month: month, year: year) else {
            return .failure(TimestampProblem(
                "day \(day) does not exist in \(monthName) \(year) (\(CivilCalendar.daysIn(month: month, year: year)) days)",
                impossible: true))
        }
        guard hour <= 23 else { return .failure(TimestampProblem("hour \(hour) does not exist (00 to 23)", impossible: true)) }
        guard minute <= 59 else { return .failure(TimestampProblem("minute \(minute) does not exist (00 to 59)", impossible: true)) }
        guard second <= 59 else { return .failure(TimestampProblem("second \(second) does not exist (00 to 59)", impossible: true)) }
        var fraction = 0.0
        if expect(".") {
            guard let value = fractionDigits() else {
                return .failure(TimestampProblem("expected digits after the decimal point"))
            }
            fraction = value
        }
        let offset: Int64
        switch zone() {
        case .success(let seconds): offset = seconds
        case .failure(let problem): return .failure(problem)
        }
        guard at == bytes.count else { return .failure(TimestampProblem("unexpected text after the time zone")) }
        let days = CivilCalendar.days(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3_600 + minute * 60 + second - offset
        return .success(Date(timeIntervalSince1970: Double(seconds) + fraction))
    }

    /// The zone's offset east of UTC in seconds: `Z`, `+hh:mm` or `+hhmm` (at most 18 hours).
    private mutating func zone() -> Result<Int64, TimestampProblem> {
        if expect("Z") || expect("z") { return .success(0) }
        let sign: Int64
        if expect("+") { sign = 1 } else if expect("-") { sign = -1 } else {
            return .failure(TimestampProblem("a time zone is required: Z or an offset such as +01:00"))
        }
        let hours = digits(2)
        _ = expect(":")
        guard let hours, let minutes = digits(2) else {
            return .failure(TimestampProblem("expected an offset such as +01:00"))
        }
        guard minutes <= 59, hours * 60 + minutes <= 18 * 60 else {
            func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
            return .failure(TimestampProblem("offset \(sign < 0 ? "-" : "+")\(two(hours)):\(two(minutes)) does not "
                                             + "exist (at most 18:00, minutes 00 to 59)", impossible: true))
        }
        return .success(sign * (hours * 3_600 + minutes * 60))
    }

    /// One or more fraction digits after the point, kept to the microsecond.
    private mutating func fractionDigits() -> Double? {
        var value: Int64 = 0
        var scale: Int64 = 1
        let start = at
        while at < bytes.count, let d = digit(bytes[at]) {
            if scale < 1_000_000 { value = value * 10 + d; scale *= 10 }
            at += 1
        }
        return at > start ? Double(value) / Double(scale) : nil
    }

    /// Exactly `count` ASCII digits as a number.
    private mutating func digits(_ count: Int) -> Int64? {
        guard at + count <= bytes.count else { return nil }
        var value: Int64 = 0
        for i in at..<(at + count) {
            guard let d = digit(bytes[i]) else { return nil }
            value = value * 10 + d
        }
        at += count
        return value
    }

    private mutating func expect(_ character: Unicode.Scalar) -> Bool {
        guard at < bytes.count, bytes[at] == UInt8(ascii: character) else { return false }
        at += 1
        return true
    }

    private func digit(_ byte: UInt8) -> Int64? {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? Int64(byte - UInt8(ascii: "0")) : nil
    }
}
