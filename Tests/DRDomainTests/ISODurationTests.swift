import Testing
@testable import DRDomain

@Suite("ISO 8601 durations")
struct ISODurationTests {
    @Test("parses the forms scenarios and objectives use", arguments: [
        ("PT15M", 900.0), ("PT1H30M", 5_400.0), ("P1D", 86_400.0), ("P1DT2H", 93_600.0), ("PT0S", 0.0),
        ("PT0.5S", 0.5), ("P2W", 1_209_600.0), ("pt10m", 600.0),
    ])
    func parses(text: String, seconds: Double) {
        #expect(ISODuration.seconds(from: text) == seconds)
    }

    @Test("refuses what is not a duration", arguments: ["", "P", "PT", "15M", "PT15", "P1M", "P1Y", "PT1M1H", "PTXM", "P-1D", "PT1H1H"])
    func refuses(text: String) {
        #expect(ISODuration.seconds(from: text) == nil)
    }

    @Test("formats compactly and round-trips")
    func formats() {
        #expect(ISODuration.format(0) == "PT0S")
        #expect(ISODuration.format(5_400) == "PT1H30M")
        #expect(ISODuration.format(93_600) == "P1DT2H")
        for s in [1.0, 59, 61, 3_600, 86_399, 86_401, 1_000_000] {
            #expect(ISODuration.seconds(from: ISODuration.format(s)) == s)
        }
        #expect(ISODuration.human(7_500) == "2h 05m")
        #expect(ISODuration.human(30) == "30s")
    }
}

@Suite("ISO 8601 durations, strictly")
struct StrictISODurationTests {
    @Test("refuses a T with no time, and numbers without digits on both sides of the point",
          arguments: ["P1DT", "PT.5H", "PT1.H", "PT1..5H", "P1.5DT2H", "PT0.5H30M", "PT1,H", "P.5D", "PT٣H", "PT1H.", "PT"])
    func refuses(text: String) {
        #expect(ISODuration.seconds(from: text) == nil)
    }

    @Test("a fraction on the last component still parses", arguments: [("PT0.5H", 1_800.0), ("P1DT0,5H", 88_200.0),
                                                                        ("PT1H0.5M", 3_630.0), ("P0.5D", 43_200.0)])
    func fractions(text: String, seconds: Double) {
        #expect(ISODuration.seconds(from: text) == seconds)
    }
}
