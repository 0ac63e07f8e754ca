import Foundation

/// The keys a scenario file may use, per mapping (docs/scenario-format.md).
enum ScenarioKeys {
    static let root = ["name", "title", "summary", "estate", "objectives", "duration", "keyvault-failover-delay",
                       "injects", "stop"]
    static let inject = ["id", "at", "fault", "until", "clear", "message", "to", "expect", "action"]
    static let stop = ["after", "allCriticalServing", "resource", "state"]
}
