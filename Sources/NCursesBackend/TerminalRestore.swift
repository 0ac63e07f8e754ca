import CNCursesw
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Whether an ncurses screen is active and must be restored with `endwin()`.
private let screenIsActive = Atomic<Bool>(false)
/// Whether the exit hook has been registered (once per process).
private let exitHookRegistered = Atomic<Bool>(false)

/// Restores the terminal once, whoever asks first: `shutdown()`, a deinitialiser or the exit hook.
enum TerminalRestore {
    /// Marks the screen active and makes sure `exit()` restores it.
    static func activate() {
        screenIsActive.store(true, ordering: .sequentiallyConsistent)
        if !exitHookRegistered.exchange(true, ordering: .sequentiallyConsistent) {
            atexit(restoreAtExit)
        }
    }

    /// Calls `endwin()` if the screen is still active; returns whether it did.
    @discardableResult
    static func restore() -> Bool {
        guard screenIsActive.exchange(false, ordering: .sequentiallyConsistent) else { return false }
        endwin()
        return true
    }
}

/// The `atexit` hook: a program that calls `exit()` with the console still up gets its terminal back.
private func restoreAtExit() {
    TerminalRestore.restore()
}
