import Foundation
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO

/// Opens connections to the journal's server: TLS as the URL says, the password given once, and no logging
/// (nothing about a connection, least of all its password, is written anywhere).
struct PostgresConnector: Sendable {
    let url: PostgresJournalURL
    private let password: String?
    private let tls: PostgresConnection.Configuration.TLS
    static let silent = Logger(label: "foundry-dr.journal") { _ in SwiftLogNoOpLogHandler() }

    init(url: PostgresJournalURL, password: String?) throws(TeamJournalError) {
        self.url = url
        self.password = password
        switch url.tls {
        case .disable:
            tls = .disable
        case .require, .verifyFull:
            var configuration = TLSConfiguration.makeClientConfiguration()
            if url.tls == .require {
                configuration.certificateVerification = .none
            } else if let root = url.rootCertificate {
                guard FileManager.default.isReadableFile(atPath: root) else {
                    throw .unusable("sslrootcert \(root): no such readable file")
                }
                configuration.trustRoots = .file(root)
            }
            do {
                tls = .require(try NIOSSLContext(configuration: configuration))
            } catch {
                throw .unusable("cannot set up TLS: \(error)")
            }
        }
    }

    /// A new connection; throws ``TeamJournalError/offline(_:)`` when the server cannot be reached and
    /// ``TeamJournalError/unusable(_:)`` when it refuses the login.
    func connect() throws(TeamJournalError) -> PostgresConnection {
        var configuration = PostgresConnection.Configuration(
            host: url.host, port: url.port, username: url.user, password: password, database: url.database, tls: tls)
        configuration.options.connectTimeout = .seconds(3)
        if url.tls == .verifyFull, !Self.isIPAddress(url.host) { configuration.options.tlsServerName = url.host }
        do {
            return try PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration, id: 1, logger: Self.silent
            ).waitAtMost()
        } catch {
            throw TeamJournalError.classify(error, url: url)
        }
    }

    /// Closes a connection without waiting (closing one the server already dropped can take as long as the
    /// network's timeout), keeping it alive until it is closed, as postgres-nio requires.
    static func closeInBackground(_ connection: PostgresConnection) {
        let closing: EventLoopFuture<Void> = connection.close()
        closing.whenComplete { _ in withExtendedLifetime(connection) {} }
    }

    private static func isIPAddress(_ host: String) -> Bool {
        host.contains(":") || host.allSatisfy { $0.isNumber || $0 == "." }
    }
}

/// Why the shared journal did not take or give something.
public enum TeamJournalError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The server cannot be reached now (stopped, restarting, network): try again later; nothing was written.
    case offline(String)
    /// The server refused the connection for good (login, TLS, database) or the journal cannot be used.
    case unusable(String)
    /// The participant's role does not allow this write (the server said so, or the console did first).
    case refused(String)
    /// Someone else already did this (a second failover of one hub); the first committed wins.
    case conflict(String)

    public var description: String {
        switch self {
        case .offline(let text): "journal offline: \(text)"
        case .unusable(let text), .refused(let text), .conflict(let text): text
        }
    }

    /// Sorts an error from postgres-nio: a server's answer keeps its message, anything else is the link.
    static func classify(_ error: any Error, url: PostgresJournalURL) -> TeamJournalError {
        if let error = error as? TeamJournalError { return error }
        guard let psql = error as? PSQLError else { return .offline("\(url.host):\(url.port): \(error)") }
        if let info = psql.serverInfo {
            let state = info[.sqlState] ?? ""
            let message = info[.message] ?? "the server refused"
            switch state {
            case PostgresSchema.refusedState: return .refused(message)
            case "57P01", "57P02", "57P03": return .offline("\(url.host):\(url.port): the server is shutting down or starting")
            case "28P01", "28000": return .unusable("\(url.user)@\(url.host):\(url.port): \(message) (the password comes from PGPASSWORD, ~/.pgpass or the prompt)")
            case "3D000": return .unusable("\(message) on \(url.host):\(url.port)")
            default: return .unusable("\(url.description): \(message) (SQLSTATE \(state))")
            }
        }
        switch psql.code {
        case .sslUnsupported:
            return .unusable("\(url.host):\(url.port) does not offer TLS but the URL says sslmode=\(url.tls.rawValue)")
        case .failedToAddSSLHandler, .receivedUnencryptedDataAfterSSLRequest:
            return .unusable("\(url.host):\(url.port): TLS failed: \(psql.underlying.map { "\($0)" } ?? "\(psql.code)")")
        case .authMechanismRequiresPassword:
            return .unusable("\(url.user)@\(url.host):\(url.port) asks for a password: set PGPASSWORD, add it to ~/.pgpass, or run on a terminal to be asked")
        default:
            if let underlying = psql.underlying, "\(underlying)".contains("handshake") || "\(underlying)".contains("certificate") {
                return .unusable("\(url.host):\(url.port): TLS failed: \(underlying)")
            }
            return .offline("\(url.host):\(url.port): \(linkProblem(psql))")
        }
    }

    /// The link's problem in words (PSQLError's own description is deliberately generic).
    private static func linkProblem(_ error: PSQLError) -> String {
        if let underlying = error.underlying, !(underlying is PSQLError) { return "\(underlying)" }
        switch error.code {
        case .serverClosedConnection: return "the server closed the connection"
        case .clientClosedConnection: return "the connection was closed"
        case .connectionError: return "cannot connect"
        case .uncleanShutdown: return "the connection ended uncleanly"
        case .queryCancelled: return "the query was cancelled"
        default: return "\(error.code)"
        }
    }
}
