import Foundation

/// ISO 8601 durations (`PT15M`, `P1DT2H`, `PT0S`), as scenario offsets and recovery objectives are written.
///
/// Years and months are refused: their length is not fixed, and nothing in DR planning needs them.
public enum ISODuration {
    /// Parses an ISO 8601 duration into seconds, or returns nil when the text is not one.
    ///
    /// Strict: every number has digits before any decimal point and after it (`PT0.5H`, not `PT.5H` or
    /// `PT1.H`), only the last component may have a fraction, units come in order, and a `T` must be followed
    /// by a time component (`P1DT` is refused).
    public static func seconds(from text: String) -> TimeInterval? {
        var chars = Substring(text.trimmingCharacters(in: .whitespaces).uppercased())
        guard chars.first == "P", chars.count >= 3 || chars == "P0D" else { return nil }
        chars = chars.dropFirst()
        var total: Double = 0
        var inTime = false
        var number = ""
        var sawComponent = false
        var sawTimeComponent = false
        var sawFraction = false
        var lastUnitOrder = -1
        for c in chars {
            if c == "T" {
                guard !inTime, number.isEmpty else { return nil }
                inTime = true
                continue
            }
            if c.isASCII && (c.isNumber || c == "." || c == ",") {
                number.append(c == "," ? "." : c)
                continue
            }
            guard !sawFraction, let value = decimal(number) else { return nil }
            let (factor, order): (Double, Int)
            switch (c, inTime) {
            case ("W", false): (factor, order) = (604_800, 0)
            case ("D", false): (factor, order) = (86_400, 1)
            case ("H", true): (factor, order) = (3_600, 2)
            case ("M", true): (factor, order) = (60, 3)
            case ("S", true): (factor, order) = (1, 4)
            default: return nil
            }
            guard order > lastUnitOrder else { return nil }
            lastUnitOrder = order
            total += value * factor
            sawFraction = number.contains(".")
            number = ""
            sawComponent = true
            sawTimeComponent = sawTimeComponent || inTime
        }
        guard number.isEmpty, sawComponent, !inTime || sawTimeComponent, total.isFinite, total < 1e12 else {
            return nil
        }
        return total
    }

    /// A non-negative decimal with digits on both sides of any point (`12`, `0.5`), or nil.
    private static func decimal(_ text: String) -> Double? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty }) else { return nil }
        return Double(text)
    }

    /// Formats seconds as a compact ISO 8601 duration (`PT1H30M`, `P2DT4H`, `PT0S`).
    public static func format(_ seconds: TimeInterval) -> String {
        var rest = Int(seconds.rounded())
        if rest <= 0 { return "PT0S" }
        let days = rest / 86_400; rest %= 86_400
        let hours = rest / 3_600; rest %= 3_600
        let minutes = rest / 60
        let secs = rest % 60
        var out = "P"
        if days > 0 { out += "\(days)D" }
        if hours + minutes + secs > 0 {
            out += "T"
            if hours > 0 { out += "\(hours)H" }
            if minutes > 0 { out += "\(minutes)M" }
            if secs > 0 { out += "\(secs)S" }
        }
        return out
    }

    /// Formats seconds for people: `45s`, `12m`, `2h 05m`, `3d 4h`.
    public static func human(_ seconds: TimeInterval) -> String {
        guard seconds.isFinite else { return seconds.isNaN ? "unknown" : seconds > 0 ? "never" : "-never" }
        let s = Int(seconds.rounded())
        if s < 0 { return "-" + human(-seconds) }
        if s < 60 { return "\(s)s" }
        if s < 3_600 { return "\(s / 60)m" }
        if s < 86_400 {
            let m = (s % 3_600) / 60
            return m == 0 ? "\(s / 3_600)h" : "\(s / 3_600)h \(String(format: "%02d", m))m"
        }
        let h = (s % 86_400) / 3_600
        return h == 0 ? "\(s / 86_400)d" : "\(s / 86_400)d \(h)h"
    }
}
