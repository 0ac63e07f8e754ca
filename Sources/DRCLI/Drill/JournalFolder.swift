import Foundation

/// Where journals go without `--journal`: `$XDG_DATA_HOME/foundry-dr/drills/` (or `~/.local/share/...`).
enum JournalFolder {
    static func path(environment: [String: String]) -> String {
        let base: String
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            base = data
        } else {
            base = ((environment["HOME"] ?? NSHomeDirectory()) as NSString).appendingPathComponent(".local/share")
        }
        return ((base as NSString).appendingPathComponent("foundry-dr") as NSString).appendingPathComponent("drills")
    }

    /// A new journal's path: the scenario's name (or `incident`) and the UTC start time.
    static func newJournalPath(name: String?, at date: Date, environment: [String: String]) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        let safe = (name ?? "incident").map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "-" }
        return (path(environment: environment) as NSString).appendingPathComponent("\(String(safe))-\(formatter.string(from: date)).sqlite")
    }
}
