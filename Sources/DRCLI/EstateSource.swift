import DRDomain
import DRImport
import Foundation

/// Loads the estate a command works on: a file when given, otherwise the built-in sample.
enum EstateSource {
    /// The estate, or nil after printing every diagnostic to standard error.
    static func load(path: String?, context: CommandContext) -> Estate? {
        guard let path else { return EstateFile.loadSample() }
        let result = EstateFile.load(path: path)
        for diagnostic in result.diagnostics { context.printError(diagnostic.description) }
        guard let estate = result.estate else {
            context.printError("\(path): not a valid estate (\(result.diagnostics.count) problem\(result.diagnostics.count == 1 ? "" : "s"))")
            return nil
        }
        return estate
    }
}
