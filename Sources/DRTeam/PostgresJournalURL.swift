import Foundation

/// A shared journal named by a URL: `postgres://USER@HOST[:PORT]/DB?drill=NAME[&sslmode=MODE][&sslrootcert=FILE]`.
///
/// The URL never holds the password (it is printed and stored as the journal's location): a URL with one is
/// refused, and the password comes from `PGPASSWORD`, `~/.pgpass` or a prompt (see ``PostgresPassword``).
public struct PostgresJournalURL: Sendable, Hashable, CustomStringConvertible {
    /// How the connection is protected, as libpq's `sslmode` names it.
    public enum TLSMode: String, Sendable, CaseIterable {
        /// No TLS (loopback tests); the default when the URL says nothing and the host is loopback.
        case disable
        /// TLS without checking the server's certificate.
        case require
        /// TLS with the certificate checked against the trusted roots (or `sslrootcert`) and the host name.
        case verifyFull = "verify-full"
    }

    public var user: String
    public var host: String
    public var port: Int
    public var database: String
    /// The drill (or incident) in that database: letters, digits, `.`, `_`, `-`.
    public var drill: String
    public var tls: TLSMode
    /// A PEM file of the certificate authority to trust for `verify-full` (else the system's roots).
    public var rootCertificate: String?

    /// Whether a text names a PostgreSQL journal rather than a file.
    public static func isPostgres(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Parses a journal URL; throws a message naming the exact problem.
    public init(_ text: String) throws(PostgresURLError) {
        guard Self.isPostgres(text), let parts = URLComponents(string: text) else {
            // Not repeated: a malformed URL may hold a password.
            throw PostgresURLError("the journal is not a valid URL: expected postgres://USER@HOST[:PORT]/DB?drill=NAME")
        }
        guard parts.password == nil else {
            throw PostgresURLError(
                "the journal URL holds a password: remove it and give it in PGPASSWORD or ~/.pgpass (or at the prompt), so it is never printed or stored")
        }
        guard let user = parts.user, !user.isEmpty else { throw PostgresURLError("the journal URL names no user: postgres://USER@HOST/DB?drill=NAME") }
        guard let host = parts.host, !host.isEmpty else { throw PostgresURLError("the journal URL names no host: postgres://USER@HOST/DB?drill=NAME") }
        let database = String(parts.path.drop { $0 == "/" })
        guard !database.isEmpty, !database.contains("/") else {
            throw PostgresURLError("the journal URL names no database: postgres://USER@HOST/DB?drill=NAME")
        }
        if let port = parts.port, !(1...65535).contains(port) { throw PostgresURLError("port \(port) is out of range 1-65535") }
        var drill: String?
        var mode: TLSMode?
        var root: String?
        for item in parts.queryItems ?? [] {
            let value = item.value ?? ""
            switch item.name {
            case "drill", "incident": drill = value
            case "sslmode":
                guard let known = TLSMode(rawValue: value) else {
                    throw PostgresURLError("sslmode '\(value)' is not one of disable, require, verify-full")
                }
                mode = known
            case "sslrootcert": root = value
            default:
                throw PostgresURLError("unknown journal URL parameter '\(item.name)' (known: drill, sslmode, sslrootcert)")
            }
        }
        guard let drill else { throw PostgresURLError("the journal URL names no drill: add ?drill=NAME") }
        guard Self.isValidDrillName(drill) else {
            throw PostgresURLError("drill name '\(drill)' must be 1 to 63 letters, digits, '.', '_' or '-'")
        }
        let loopback = ["localhost", "127.0.0.1", "::1", "[::1]"].contains(host)
        if mode == nil && !loopback {
            throw PostgresURLError(
                "the journal URL names a remote host without sslmode: add sslmode=verify-full (or require); sslmode=disable sends everything in clear")
        }
        self.user = user.removingPercentEncoding ?? user
        self.host = host
        self.port = parts.port ?? 5432
        self.database = database
        self.drill = drill
        self.tls = mode ?? .disable
        self.rootCertificate = root
    }

    static func isValidDrillName(_ name: String) -> Bool {
        (1...63).contains(name.count) && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }
    }

    /// The URL as printed and stored: never a password.
    public var description: String {
        var text = "postgres://\(user)@\(host):\(port)/\(database)?drill=\(drill)"
        if tls != .disable { text += "&sslmode=\(tls.rawValue)" }
        if let rootCertificate { text += "&sslrootcert=\(rootCertificate)" }
        return text
    }
}

/// A journal URL that does not parse, with the exact problem.
public struct PostgresURLError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
