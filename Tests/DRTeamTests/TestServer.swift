import DRTeam
import Foundation
import XCTest

/// The PostgreSQL the team tests run against: `FOUNDRY_DR_TEST_PG` (set by `.ci/run` after
/// `scripts/test-postgres.sh start`). Without it the tests that need a server are skipped, saying why.
enum TestServer {
    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// The server's URL without a drill, or a skip naming the variable.
    static func base() throws -> String {
        guard let url = environment["FOUNDRY_DR_TEST_PG"], !url.isEmpty else {
            let reason = "FOUNDRY_DR_TEST_PG is not set: no PostgreSQL for the team tests (run scripts/test-postgres.sh start and export its URL; .ci/run does)"
            print("skipped: \(reason)")
            throw XCTSkip(reason)
        }
        return url
    }

    static var password: String { environment["FOUNDRY_DR_TEST_PG_PASSWORD"] ?? "foundry-dr-test" }

    /// A journal URL of a new drill, unique to the test.
    static func url(_ query: String = "") throws -> PostgresJournalURL {
        let drill = "t-" + UUID().uuidString.prefix(13).lowercased()
        return try PostgresJournalURL(try base() + "?drill=\(drill)" + query)
    }

    /// A store of the drill for one participant.
    static func store(_ url: PostgresJournalURL, _ name: String, _ role: TeamRole) throws -> PostgresJournalStore {
        try PostgresJournalStore(url: url, password: password, participant: TeamParticipant(name: name, role: role))
    }
}
