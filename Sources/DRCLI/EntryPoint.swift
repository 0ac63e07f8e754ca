import ArgumentParser
import Foundation

/// Runs the command line and returns the process exit code.
///
/// The argument parser's own usage errors exit 2 here (it would use 64), so every command shares one
/// convention: 0 success, 1 findings, 2 bad input or usage.
public enum EntryPoint {
    /// Parses `arguments` (without the program name), runs the command and returns its exit code.
    public static func run(_ arguments: [String], context: CommandContext = .standard()) -> Int32 {
        let command: ParsableCommand
        do {
            command = try FoundryDRCommand.parseAsRoot(arguments)
        } catch {
            return report(error, context: context)
        }
        if let runnable = command as? ContextCommand {
            return runnable.execute(in: context)
        }
        // The parser's own commands (`help`, `--help`) answer by throwing the help they stand for.
        var builtIn = command
        do {
            try builtIn.run()
        } catch {
            return report(error, context: context)
        }
        return ExitStatus.success
    }

    private static func report(_ error: Error, context: CommandContext) -> Int32 {
        let code = FoundryDRCommand.exitCode(for: error)
        let message = FoundryDRCommand.fullMessage(for: error)
        if code == .success {
            if !message.isEmpty { context.print(message) }
            return ExitStatus.success
        }
        context.printError(message)
        return ExitStatus.badInput
    }
}
