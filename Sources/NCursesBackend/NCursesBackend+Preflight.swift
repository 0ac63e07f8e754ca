extension NCursesBackend {
    /// Checks, without drawing, that a full-screen console can open here (terminal streams, `TERM`, its
    /// terminfo); throws the ``TerminalError`` saying why not. For commands with work to avoid when it cannot.
    public static func preflight(environment: [String: String]) throws {
        _ = try TerminalPreflight.check(environment: environment)
    }
}
