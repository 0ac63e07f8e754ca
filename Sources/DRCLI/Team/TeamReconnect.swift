import DRDrill
import DRTeam

/// Taking a team console's link down and up again, as both the line and the full-screen consoles do.
enum TeamReconnect {
    /// Stops listening and closes the store's connection (nothing waits for a server that is gone).
    static func drop(_ console: TeamConsole, _ listener: TeamListener) {
        listener.stop()
        console.store.disconnect()
    }

    /// Listens again, says the participant is here and catches up; answers the inputs caught up, or nil (with the
    /// link dropped again) when the server is still out of reach.
    static func attempt(_ console: TeamConsole, _ listener: TeamListener) -> [JournalEntry]? {
        do {
            try listener.start()
            try console.store.heartbeat()
            return try console.catchUp()
        } catch {
            drop(console, listener)
            return nil
        }
    }
}
