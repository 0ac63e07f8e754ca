/// Why the ncurses backend cannot run or stopped working.
///
/// Every preflight failure is thrown before ncurses touches the screen, so the application can print
/// `description` to stderr and exit with `exitStatus` (2) without leaving a half-drawn screen.
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Standard input or output is not a terminal (piped, redirected, or run without one).
    case notATerminal(standardInput: Bool, standardOutput: Bool)
    /// `TERM` is unset or empty.
    case terminalTypeNotSet
    /// The terminfo database has no usable entry for `TERM`.
    case unknownTerminalType(String)
    /// The terminal type lacks a capability the console needs (`cup` cursor addressing, `clear`).
    case missingCapability(terminalType: String, capability: String)
    /// No UTF-8 locale could be selected, so box drawing and wide characters would be mangled.
    case noUTF8Locale
    /// `newterm` failed.
    case initialisationFailed(String)
    /// The backend was used after `shutdown()`.
    case closed

    /// The process exit status for this error: 2, like other usage and environment errors.
    public var exitStatus: Int32 { 2 }

    public var description: String {
        switch self {
        case .notATerminal(let input, let output):
            let which = [input ? nil : "standard input", output ? nil : "standard output"].compactMap { $0 }
            let verb = which.count > 1 ? "are not terminals" : "is not one"
            return "the console needs a terminal, but \(which.joined(separator: " and ")) \(verb) "
                + "(run it in a terminal, not through a pipe or redirection)"
        case .terminalTypeNotSet:
            return "the console needs a terminal type, but TERM is not set (try TERM=xterm-256color)"
        case .unknownTerminalType(let term):
            return "the terminal type '\(term)' is not in the terminfo database (try TERM=xterm-256color)"
        case .missingCapability(let term, let capability):
            return "the terminal type '\(term)' cannot \(capability == "cup" ? "move the cursor" : "clear the screen") "
                + "(terminfo '\(capability)' is missing); use a full-screen terminal such as xterm-256color"
        case .noUTF8Locale:
            return "no UTF-8 locale is available (set LANG to a UTF-8 locale such as C.UTF-8)"
        case .initialisationFailed(let detail):
            return "the terminal could not be initialised: \(detail)"
        case .closed:
            return "the terminal has already been restored"
        }
    }
}
