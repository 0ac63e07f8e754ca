import Foundation

/// Where a command writes: standard output and standard error, or buffers in tests.
public final class CommandContext: @unchecked Sendable {
    private let writeOut: (String) -> Void
    private let writeErr: (String) -> Void
    /// The time commands treat as "now" when an estate gives none (tests fix it).
    public let now: Date
    /// Environment variables commands may consult (XDG folders, NO_COLOR, TERM).
    public let environment: [String: String]
    /// Whether standard input and output are a terminal (a full-screen console can run); false in tests.
    public let isTerminal: Bool

    /// Creates a context writing through the given closures.
    public init(
        now: Date = Date(), environment: [String: String] = ProcessInfo.processInfo.environment, isTerminal: Bool = false,
        out: @escaping (String) -> Void, err: @escaping (String) -> Void
    ) {
        self.now = now
        self.isTerminal = isTerminal
        self.environment = environment
        self.writeOut = out
        self.writeErr = err
    }

    /// A context on the process's standard output and standard error.
    public static func standard() -> CommandContext {
        CommandContext(
            isTerminal: isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1,
            out: { FileHandle.standardOutput.write(Data($0.utf8)) },
            err: { FileHandle.standardError.write(Data($0.utf8)) })
    }

    /// Writes text to standard output, adding a final newline when missing.
    public func print(_ text: String) { writeOut(text.hasSuffix("\n") ? text : text + "\n") }

    /// Writes text to standard error, adding a final newline when missing.
    public func printError(_ text: String) { writeErr(text.hasSuffix("\n") ? text : text + "\n") }
}

/// A command that runs against a context and answers with an exit code (0 success, 1 findings, 2 bad input).
protocol ContextCommand {
    func execute(in context: CommandContext) -> Int32
}
