import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The first of SIGINT, SIGTERM or SIGHUP received since the handlers were installed; 0 when none.
private let pendingSignalNumber = Atomic<Int32>(0)

/// The signal handler: it only records the signal (async-signal-safe), the run loop does the rest.
private func recordSignal(_ signal: Int32) {
    _ = pendingSignalNumber.compareExchange(expected: 0, desired: signal, ordering: .relaxed)
}

/// Signal handling for a full-screen program: stop signals are recorded, never acted on inside the handler.
///
/// The run loop polls `pending` (the backend's `nextEvent` returns early when it is set), restores the
/// terminal with `NCursesBackend.shutdown()`, and exits with `exitStatus(for:)` (128 + signal).
public enum TerminalSignals {
    /// The signals that ask the program to stop.
    public static let stopSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// The signals a terminal program must receive; a parent may have started it with them blocked.
    public static let requiredSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGWINCH, SIGTSTP, SIGCONT]

    /// The stop signal received, if any.
    public static var pending: Int32? {
        let value = pendingSignalNumber.load(ordering: .relaxed)
        return value == 0 ? nil : value
    }

    /// The conventional exit status after a signal: 128 + its number.
    public static func exitStatus(for signal: Int32) -> Int32 {
        128 + signal
    }

    /// Unblocks `requiredSignals` on the calling thread.
    ///
    /// A child started by Foundation `Process` (as tests do) inherits the parent's mask, and Swift Testing
    /// threads block almost everything: without this the program gets no SIGWINCH (no resize) and no SIGINT.
    /// Call it first thing in `main`; the backend also calls it.
    public static func unblockRequiredSignals() {
        var set = sigset_t()
        sigemptyset(&set)
        for signal in requiredSignals { sigaddset(&set, signal) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    /// Installs the recording handler for `stopSignals` (before `newterm`, so ncurses keeps its hands off them).
    static func installHandlers() {
        var action = sigaction()
        #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = recordSignal
        #else
            action.__sigaction_u.__sa_handler = recordSignal
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        for signal in stopSignals { sigaction(signal, &action, nil) }
    }

    /// Puts the default dispositions back (after the terminal is restored, Ctrl-C stops the program again).
    static func restoreDefaultHandlers() {
        for number in stopSignals { _ = signal(number, SIG_DFL) }
    }
}
