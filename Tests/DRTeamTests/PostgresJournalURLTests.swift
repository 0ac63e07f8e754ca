import DRTeam
import XCTest

final class PostgresJournalURLTests: XCTestCase {
    func testParsesEveryPart() throws {
        let url = try PostgresJournalURL("postgres://alice@db.example.com:6543/drills?drill=region-outage-1&sslmode=verify-full&sslrootcert=/etc/ca.pem")
        XCTAssertEqual(url.user, "alice")
        XCTAssertEqual(url.host, "db.example.com")
        XCTAssertEqual(url.port, 6543)
        XCTAssertEqual(url.database, "drills")
        XCTAssertEqual(url.drill, "region-outage-1")
        XCTAssertEqual(url.tls, .verifyFull)
        XCTAssertEqual(url.rootCertificate, "/etc/ca.pem")
    }

    func testLoopbackDefaultsToNoTLSAndPort5432() throws {
        let url = try PostgresJournalURL("postgres://alice@127.0.0.1/drills?drill=d1")
        XCTAssertEqual(url.tls, .disable)
        XCTAssertEqual(url.port, 5432)
        XCTAssertEqual(url.description, "postgres://alice@127.0.0.1:5432/drills?drill=d1")
    }

    func testRefusals() {
        let cases: [(String, String)] = [
            ("postgres://alice:secret@127.0.0.1/drills?drill=d1", "holds a password"),
            ("postgres://alice@127.0.0.1/drills", "names no drill"),
            ("postgres://127.0.0.1/drills?drill=d1", "names no user"),
            ("postgres://alice@127.0.0.1/?drill=d1", "names no database"),
            ("postgres://alice@db.example.com/drills?drill=d1", "without sslmode"),
            ("postgres://alice@127.0.0.1/drills?drill=d1&sslmode=prefer", "sslmode 'prefer'"),
            ("postgres://alice@127.0.0.1/drills?drill=d1&colour=red", "unknown journal URL parameter 'colour'"),
            ("postgres://alice@127.0.0.1/drills?drill=no%20spaces", "must be 1 to 63"),
            ("mysql://alice:secret@127.0.0.1/drills?drill=d1", "is not a valid URL"),
        ]
        for (text, expected) in cases {
            XCTAssertThrowsError(try PostgresJournalURL(text), text) { error in
                XCTAssertTrue("\(error)".contains(expected), "\(text): \(error)")
                XCTAssertFalse("\(error)".contains("secret"), "the password is never repeated")
            }
        }
    }

    func testPasswordFileMatchesWithWildcardsAndEscapes() throws {
        let url = try PostgresJournalURL("postgres://alice@db.example.com:6543/drills?drill=d1&sslmode=require")
        let file = """
            # comment
            other.example.com:6543:drills:alice:wrong
            db.example.com:*:drills:alice:p\\:ss\\\\word
            *:*:*:*:fallback
            """
        XCTAssertEqual(PostgresPassword.lookUp(url, in: file), "p:ss\\word")
        XCTAssertEqual(PostgresPassword.lookUp(url, in: "*:*:*:bob:x"), nil)
    }

    func testPasswordOrderEnvironmentThenFileThenPrompt() throws {
        let url = try PostgresJournalURL("postgres://alice@127.0.0.1/drills?drill=d1")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/.pgpass"
        FileManager.default.createFile(atPath: file, contents: Data("127.0.0.1:5432:drills:alice:from-file\n".utf8), attributes: [.posixPermissions: 0o600])
        XCTAssertEqual(PostgresPassword.find(for: url, environment: ["PGPASSWORD": "from-env", "HOME": folder]), "from-env")
        XCTAssertEqual(PostgresPassword.find(for: url, environment: ["HOME": folder]), "from-file")
        // A password file others can read is ignored, as libpq does; then the prompt is asked.
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file)
        XCTAssertEqual(PostgresPassword.find(for: url, environment: ["HOME": folder]) { _ in "typed" }, "typed")
        XCTAssertNil(PostgresPassword.find(for: url, environment: ["HOME": folder]))
    }

    func testRolesRefuseWhatTheyMayNotWrite() {
        XCTAssertNotNil(TeamRole.observer.refusal(kind: "note"))
        XCTAssertNotNil(TeamRole.operator.refusal(kind: "clock"))
        XCTAssertNotNil(TeamRole.scribe.refusal(kind: "operator"))
        XCTAssertNil(TeamRole.scribe.refusal(kind: "note"))
        XCTAssertNil(TeamRole.operator.refusal(kind: "operator"))
        XCTAssertNil(TeamRole.facilitator.refusal(kind: "inject-control"))
    }
}
