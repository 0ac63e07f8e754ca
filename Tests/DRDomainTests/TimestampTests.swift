import Foundation
import Testing
@testable import DRDomain

@Suite("ISO 8601 timestamps")
struct TimestampTests {
    @Test("parses the forms estates, exports and --at use", arguments: [
        ("2026-11-28T09:00:00Z", 1_795_856_400.0), ("2026-11-28T10:00:00+01:00", 1_795_856_400),
        ("2026-11-28T03:30:00-05:30", 1_795_856_400), ("2026-11-28T10:00:00+0100", 1_795_856_400),
        ("2026-11-28t09:00:00z", 1_795_856_400), ("2026-11-28T09:00:00.250Z", 1_795_856_400.25),
        ("2026-11-28T09:00:00.1234567Z", 1_795_856_400.123456), ("2024-02-29T23:59:59Z", 1_709_251_199),
        ("2000-02-29T00:00:00Z", 951_782_400), ("0001-01-01T00:00:00Z", -62_135_596_800),
        ("9999-12-31T23:59:59Z", 253_402_300_799), ("1969-12-31T23:59:59Z", -1),
        ("2026-11-28T09:00:00+18:00", 1_795_791_600), (" 2026-11-28T09:00:00Z ", 1_795_856_400),
    ])
    func parses(text: String, seconds: Double) throws {
        let date = try #require(Timestamp.parse(text))
        #expect(abs(date.timeIntervalSince1970 - seconds) < 1e-6)
        #expect(Timestamp.problem(in: text) == nil)
    }

    @Test("refuses impossible dates, times and offsets, saying why", arguments: [
        ("2026-02-30T10:00:00Z", "day 30 does not exist in February 2026"),
        ("2026-11-31T16:20:00Z", "day 31 does not exist in November 2026"),
        ("2025-02-29T10:00:00Z", "day 29 does not exist in February 2025"),
        ("1900-02-29T10:00:00Z", "day 29 does not exist in February 1900"),
        ("2026-11-31T16:20:00+99:99", "day 31 does not exist"), ("2026-11-28T16:20:00+99:99", "offset +99:99"),
        ("2026-11-28T16:20:00+25:00", "offset +25:00"), ("2026-11-28T16:20:00-18:01", "offset -18:01"),
        ("2026-11-28T16:20:00+01:60", "offset +01:60"), ("2026-11-28T24:00:00Z", "hour 24"),
        ("2026-11-28T23:60:00Z", "minute 60"), ("2026-11-28T23:59:60Z", "second 60"),
        ("0000-01-01T00:00:00Z", "year 0000"), ("10000-01-01T00:00:00Z", "expected the form"),
        ("2026-13-01T00:00:00Z", "month 13"), ("2026-00-01T00:00:00Z", "month 0"),
        ("2026-01-00T00:00:00Z", "day 0"), ("2026-11-28T09:00:00", "expected the form"),
        ("2026-11-28T09:00:00Y", "a time zone is required"), ("2026-11-28T09:00:00.Z", "digits after the decimal point"),
        ("2026-11-28 09:00:00Z", "expected the form"), ("2026-11-28T09:00:00Zjunk", "unexpected text"),
        ("+2026-11-28T09:00:00Z", "expected the form"), ("２０２６-11-28T09:00:00Z", "expected the form"),
        ("99999999-11-28T09:00:00Z", "expected the form"),
    ])
    func refuses(text: String, reason: String) {
        #expect(Timestamp.parse(text) == nil)
        #expect(Timestamp.problem(in: text)?.contains(reason) == true, "\(Timestamp.problem(in: text) ?? "nil")")
    }

    @Test("an impossible moment is told apart from text that is not a timestamp at all")
    func impossibility() {
        #expect(Timestamp.impossibility(in: "2026-11-31T16:20:00+99:99") == "day 31 does not exist in November 2026 (30 days)")
        #expect(Timestamp.impossibility(in: "2026-11-28T16:20:00+99:99")?.hasPrefix("offset +99:99 does not exist") == true)
        #expect(Timestamp.impossibility(in: "2026-11-28T24:00:00Z") == "hour 24 does not exist (00 to 23)")
        #expect(Timestamp.impossibility(in: "yesterday") == nil)
        #expect(Timestamp.impossibility(in: "2026-11-28T09:00:00") == nil)
        #expect(Timestamp.impossibility(in: "2026-11-28T09:00:00Z") == nil)
    }

    @Test("format and parse agree with the Gregorian calendar over years 1600 to 9999 (seeded)")
    func roundTrips() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let low = -11_676_096_000.0, high = 253_402_300_799.0  // 1600-01-01 to 9999-12-31
        for _ in 0..<2_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let seconds = (low + Double(state >> 11) / Double(1 << 53) * (high - low)).rounded(.down)
            let date = Date(timeIntervalSince1970: seconds)
            let text = Timestamp.format(date)
            #expect(Timestamp.parse(text) == date, "\(text)")
            let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
            let expected = String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", c.year ?? 0, c.month ?? 0, c.day ?? 0,
                                  c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
            #expect(text == expected)
        }
    }
}
