import Foundation
import NIOCore
import PostgresNIO

/// Hears the journal's change notifications (LISTEN/NOTIFY) on a connection of its own and says when the link
/// is lost, so a console learns of others' entries within moments and knows when it is offline; never polls.
public final class TeamListener: @unchecked Sendable {
    /// What the listener heard.
    public enum Signal: Sendable, Equatable {
        /// A new entry at this position.
        case entry(Int)
        /// Someone joined, left or came back.
        case presence
        /// The connection closed (the server stopped or the network failed).
        case lost
    }

    private let connector: PostgresConnector
    private let drill: String
    private let onSignal: @Sendable (Signal) -> Void
    private let lock = NSLock()
    private var connection: PostgresConnection?

    /// A listener for the store's drill; `onSignal` runs on a network thread.
    public init(store: PostgresJournalStore, password: String?, onSignal: @escaping @Sendable (Signal) -> Void) throws(TeamJournalError) {
        connector = try PostgresConnector(url: store.url, password: password)
        drill = store.url.drill
        self.onSignal = onSignal
    }

    /// Whether it is listening now.
    public var isListening: Bool {
        lock.withLock { connection.map { !$0.isClosed } ?? false }
    }

    /// Connects and listens; throws ``TeamJournalError/offline(_:)`` when the server cannot be reached.
    public func start() throws(TeamJournalError) {
        let connection = try connector.connect()
        let drill = drill
        let onSignal = onSignal
        connection.addListener(channel: PostgresSchema.channel) { _, notification in
            let parts = notification.payload.split(separator: " ", maxSplits: 1).map(String.init)
            guard parts.count == 2, parts[0] == drill else { return }
            if parts[1] == "presence" { onSignal(.presence) } else if let position = Int(parts[1]) { onSignal(.entry(position)) }
        }
        do {
            _ = try connection.query(PostgresQuery(unsafeSQL: "LISTEN \(PostgresSchema.channel)"), logger: PostgresConnector.silent).waitAtMost()
        } catch {
            try? connection.close().waitAtMost()
            throw TeamJournalError.classify(error, url: connector.url)
        }
        lock.withLock { self.connection = connection }
        // Only the loss of the current connection counts (not one stopped on purpose).
        connection.closeFuture.whenComplete { [weak self] _ in
            guard let self, self.lock.withLock({ self.connection === connection }) else { return }
            onSignal(.lost)
        }
    }

    /// Stops listening.
    public func stop() {
        let connection = lock.withLock { () -> PostgresConnection? in
            defer { self.connection = nil }
            return self.connection
        }
        // Not waited for: closing a connection the server already dropped can take as long as the network's timeout.
        connection.map(PostgresConnector.closeInBackground)
    }
}
