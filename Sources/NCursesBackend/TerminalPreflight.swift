import CNCursesw

#if canImport(Glibc)
    import Glibc
#endif

/// Checks made before ncurses draws anything, so that an unusable terminal is refused with a clear message
/// instead of ncurses exiting the process, spinning on a closed input, or printing escape codes into a file.
enum TerminalPreflight {
    /// Checks the standard streams, `TERM` and its terminfo entry; returns the terminal type.
    static func check(environment: [String: String]) throws -> String {
        let input = isatty(STDIN_FILENO) == 1
        let output = isatty(STDOUT_FILENO) == 1
        guard input && output else { throw TerminalError.notATerminal(standardInput: input, standardOutput: output) }
        guard let term = environment["TERM"], !term.isEmpty else { throw TerminalError.terminalTypeNotSet }
        var status: Int32 = 0
        guard setupterm(term, STDOUT_FILENO, &status) == OK else { throw TerminalError.unknownTerminalType(term) }
        defer { cnc_release_preflight_terminal() }
        for capability in ["cup", "clear"] where cnc_has_string_capability(capability) == 0 {
            throw TerminalError.missingCapability(terminalType: term, capability: capability)
        }
        return term
    }

    /// Selects the environment's locale, falling back to `C.UTF-8` for character handling when the
    /// environment's codeset is not UTF-8 (CI jobs often have no LANG at all).
    static func selectUTF8Locale() throws {
        setlocale(LC_ALL, "")
        if cnc_codeset_is_utf8() != 0 { return }
        for fallback in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] {
            if setlocale(LC_CTYPE, fallback) != nil && cnc_codeset_is_utf8() != 0 { return }
        }
        throw TerminalError.noUTF8Locale
    }
}
