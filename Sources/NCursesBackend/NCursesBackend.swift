import CNCursesw
import Foundation
import TermUI

#if canImport(Glibc)
    import Glibc
#endif

/// The terminal backend on ncursesw: the only code in the project that calls ncurses.
///
/// Creating it runs a preflight (terminals, `TERM`, terminfo `cup` and `clear`, a UTF-8 locale) and throws a
/// `TerminalError` before anything is drawn. It then installs SIGINT/SIGTERM/SIGHUP handlers that only record
/// the signal, opens the screen with `newterm`, and sets cbreak, noecho, keypad, a short ESCDELAY, colours and
/// optionally the mouse. `shutdown()` restores the terminal; it is idempotent and also runs from `deinit` and
/// from an `atexit` hook, so every exit path gives the terminal back.
///
/// Use from one thread only.
public final class NCursesBackend: TerminalBackend {
    /// Settings for the backend.
    public struct Options: Sendable {
        /// Whether to ask the terminal for mouse reports (clicks and wheel).
        public var enablesMouse: Bool
        /// How long a lone Escape waits for the rest of a key sequence.
        public var escapeDelay: Duration
        /// The most colours to use, whatever the terminal supports (e.g. `.monochrome` for a `--mono` flag).
        public var maximumColorCapability: ColorCapability
        /// The environment read for `TERM` and `NO_COLOR`.
        public var environment: [String: String]

        /// Creates options; by default mouse on, 25 ms escape delay, all colours, the process environment.
        public init(
            enablesMouse: Bool = true, escapeDelay: Duration = .milliseconds(25),
            maximumColorCapability: ColorCapability = .indexed256,
            environment: [String: String] = ProcessInfo.processInfo.environment
        ) {
            self.enablesMouse = enablesMouse
            self.escapeDelay = escapeDelay
            self.maximumColorCapability = maximumColorCapability
            self.environment = environment
        }
    }

    /// The colours used: the terminal's, limited by the options and forced to monochrome by `NO_COLOR`.
    public let colorCapability: ColorCapability
    /// The terminal type (`TERM`).
    public let terminalType: String

    let screen: OpaquePointer
    let window: UnsafeMutablePointer<WINDOW>
    let decoder: KeyDecoder
    let usesDefaultColors: Bool
    var pairs: ColorPairAllocator
    var pendingEvents: [TerminalEvent] = []
    var cursor: Position?
    private(set) var isShutDown = false

    /// Checks the terminal and takes over the screen; throws `TerminalError` without drawing anything when the
    /// terminal is unusable.
    public init(options: Options = Options()) throws {
        TerminalSignals.unblockRequiredSignals()
        let term = try TerminalPreflight.check(environment: options.environment)
        try TerminalPreflight.selectUTF8Locale()
        TerminalSignals.installHandlers()
        guard let screen = newterm(nil, cnc_stdout(), cnc_stdin()) else {
            TerminalSignals.restoreDefaultHandlers()
            throw TerminalError.initialisationFailed("newterm returned no screen for TERM=\(term)")
        }
        TerminalRestore.activate()
        guard let window = cnc_stdscr() else {
            TerminalRestore.restore()
            delscreen(screen)
            TerminalSignals.restoreDefaultHandlers()
            throw TerminalError.initialisationFailed("no standard screen")
        }
        self.screen = screen
        self.window = window
        self.terminalType = term
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        curs_set(0)
        set_escdelay(Int32(clamping: options.escapeDelay.wholeMilliseconds))
        var capability = ColorCapability.monochrome
        var defaults = false
        if has_colors() {
            start_color()
            defaults = use_default_colors() == OK
            capability = ColorCapability(colorCount: Int(cnc_colors()))
        }
        self.colorCapability = min(capability, options.maximumColorCapability)
            .honouringNoColor(options.environment["NO_COLOR"])
        self.usesDefaultColors = defaults
        self.pairs = ColorPairAllocator(capacity: min(Int(cnc_color_pairs()) - 1, Int(Int16.max)))
        self.decoder = KeyDecoder(codes: CursesTables.keyCodes, mouseMasks: CursesTables.mouseMasks)
        if options.enablesMouse {
            mousemask(cnc_all_mouse_events(), nil)
            mouseinterval(0)
        }
    }

    deinit {
        shutdown()
    }

    /// The stop signal received (SIGINT, SIGTERM or SIGHUP), if any: the loop should call `shutdown()` and exit
    /// with `TerminalSignals.exitStatus(for:)`.
    public var pendingSignal: Int32? { TerminalSignals.pending }

    /// Restores the terminal (`endwin`), frees the screen and puts the default signal handlers back.
    /// Safe to call more than once.
    public func shutdown() {
        guard !isShutDown else { return }
        isShutDown = true
        if TerminalRestore.restore() { delscreen(screen) }
        TerminalSignals.restoreDefaultHandlers()
    }

    /// The current size in cells (zero after `shutdown()`).
    public var size: Size {
        guard !isShutDown else { return .zero }
        var rows: Int32 = 0
        var columns: Int32 = 0
        cnc_getmaxyx(window, &rows, &columns)
        return Size(width: Int(columns), height: Int(rows))
    }

    public func setCursor(_ position: Position?) throws {
        try ensureOpen()
        cursor = position
        curs_set(position == nil ? 0 : 1)
    }

    func ensureOpen() throws {
        if isShutDown { throw TerminalError.closed }
    }
}
