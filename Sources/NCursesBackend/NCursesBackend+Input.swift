import CNCursesw
import TermUI

#if canImport(Glibc)
    import Glibc
#endif

extension NCursesBackend {
    /// The longest single wait, so that a stop signal is noticed quickly whatever the timeout.
    static let pollSlice: Duration = .milliseconds(100)

    /// The next event, waiting at most `timeout`.
    ///
    /// Input that arrives together is read as one batch and decoded by `KeyDecoder` (Alt as an Escape prefix,
    /// unknown escape sequences dropped); `KEY_RESIZE` becomes `.resize` with the new size; mouse reports are
    /// read with `getmouse`. Returns `nil` at the timeout, or early when a stop signal is pending.
    public func nextEvent(timeout: Duration) throws -> TerminalEvent? {
        try ensureOpen()
        if !pendingEvents.isEmpty { return pendingEvents.removeFirst() }
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: max(.zero, timeout))
        repeat {
            if TerminalSignals.pending != nil { return nil }
            let sliceStart = clock.now
            let slice = min(Self.pollSlice, max(.zero, deadline - sliceStart))
            wtimeout(window, Int32(clamping: slice.wholeMilliseconds))
            if let first = readInput() {
                var batch = [first]
                wtimeout(window, 0)
                while batch.count < 4096, let next = readInput() { batch.append(next) }
                pendingEvents = decoder.decode(batch, size: size)
                if !pendingEvents.isEmpty { return pendingEvents.removeFirst() }
            } else {
                waitOutEarlyReturn(started: sliceStart, slice: slice, clock: clock)
            }
        } while clock.now < deadline
        return nil
    }

    /// Sleeps the rest of a slice when `wget_wch` gave up early (closed input), so the loop never spins.
    private func waitOutEarlyReturn(started: ContinuousClock.Instant, slice: Duration, clock: ContinuousClock) {
        let left = slice - (clock.now - started)
        guard left > .milliseconds(5), TerminalSignals.pending == nil else { return }
        usleep(useconds_t(clamping: left.wholeMilliseconds * 1000))
    }

    /// One input from `wget_wch`, or `nil` when none is available within the window's timeout.
    private func readInput() -> RawInput? {
        var value: wint_t = 0
        switch wget_wch(window, &value) {
        case OK:
            return .character(UInt32(value))
        case KEY_CODE_YES:
            let code = Int32(bitPattern: value)
            if code == KEY_MOUSE {
                var report = MEVENT()
                if getmouse(&report) == OK {
                    return .mouse(state: UInt64(report.bstate), x: Int(report.x), y: Int(report.y))
                }
            }
            return .keyCode(code)
        default:
            return nil
        }
    }
}
