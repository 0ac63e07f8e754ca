import DRConsole
import DRDrill
import DRTeam
import Foundation

/// The full-screen console's side of a team drill: submits what the console plays to the shared journal (with
/// this participant as author), and on each turn of the console's loop catches up after the listener's
/// notifications, says it is here every 5 seconds, notices a lost link and reconnects every second. What it
/// answers is always the drill in the server's order; a refusal, a conflict or an offline journal is the message.
final class TeamScreenLink: SharedJournal {
    private let console: TeamConsole
    private let listener: TeamListener
    private let mailbox: TeamMailbox
    private var isOnline = true
    private var present: [String] = []
    private var lastHeartbeat = Date()
    private var lastReconnect = Date.distantPast

    init(console: TeamConsole, listener: TeamListener, mailbox: TeamMailbox) {
        self.console = console
        self.listener = listener
        self.mailbox = mailbox
        present = Self.names((try? console.store.present()) ?? [])
    }

    /// The drill as the journal has it now, for the console's first screen.
    var current: TeamUpdate { update(nil) }

    func submit(_ entries: [JournalEntry]) -> TeamUpdate {
        for entry in entries where entry.body.isInput {
            let what = TeamLineFormat.describe(entry.body)
            guard isOnline else { return update(Self.notTaken(what)) }
            do {
                try console.submit(entry.body)
            } catch .offline(let reason) {
                goOffline()
                return update(Flash(Self.notTaken(what).text + " (\(reason))", isError: true))
            } catch .conflict(let reason) {
                _ = try? console.catchUp()
                return update(Flash("conflict: \(reason)", isError: true))
            } catch {
                return update(Flash("refused: \(error)", isError: true))
            }
        }
        return update(nil)
    }

    func poll() -> TeamUpdate? {
        let signals = mailbox.wait(upTo: 0).signals
        if signals.contains(.lost), isOnline {
            goOffline()
            return update(Flash("journal offline: the connection to \(console.store.url.host) closed; showing #\(console.position), new inputs are refused until it is back", isError: true))
        }
        if !isOnline {
            return Date().timeIntervalSince(lastReconnect) >= 1 ? reconnect() : nil
        }
        var changed = false
        if signals.contains(where: { if case .entry(let p) = $0 { p > console.position } else { false } }) {
            do {
                changed = try !console.catchUp().isEmpty
            } catch {
                goOffline()
                return update(Flash("journal offline: \(error)", isError: true))
            }
        }
        let heartbeatDue = Date().timeIntervalSince(lastHeartbeat) >= 5
        if heartbeatDue {
            lastHeartbeat = Date()
            try? console.store.heartbeat()
        }
        if signals.contains(.presence) || heartbeatDue, let now = try? console.store.present() {
            changed = changed || Self.names(now) != present
            present = Self.names(now)
        }
        return changed ? update(nil) : nil
    }

    /// Leaves the drill: stops listening, marks the participant gone, closes the connection.
    func leave() {
        listener.stop()
        console.store.leave()
        console.store.disconnect()
    }

    private func update(_ message: Flash?) -> TeamUpdate {
        TeamUpdate(session: console.session, present: present, isOnline: isOnline, message: message)
    }

    private func goOffline() {
        isOnline = false
        TeamReconnect.drop(console, listener)
        lastReconnect = Date()
    }

    private func reconnect() -> TeamUpdate? {
        lastReconnect = Date()
        guard let new = TeamReconnect.attempt(console, listener) else { return nil }
        isOnline = true
        present = Self.names((try? console.store.present()) ?? [])
        return update(Flash("journal online again: caught up to #\(console.position) (\(new.count) new)"))
    }

    private static func notTaken(_ what: String) -> Flash {
        Flash("refused: journal offline: '\(what)' was not taken and is not queued; try again when it is back", isError: true)
    }

    private static func names(_ participants: [TeamParticipant]) -> [String] {
        participants.map { "\($0.name) (\($0.role.rawValue))" }
    }
}
