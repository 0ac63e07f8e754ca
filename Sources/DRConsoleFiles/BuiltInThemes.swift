import DRConsole
import DRDomain
import DRImport
import Foundation

/// The themes compiled into the binary, and how `--theme` and `:theme` find a theme by name or path.
public enum BuiltInThemes {
    /// The names of the built-in themes, sorted.
    public static var names: [String] { files.map(\.name).sorted() }

    /// The text of a built-in theme file.
    public static func text(named name: String) -> String? {
        files.first { $0.name == name.lowercased() }?.text
    }

    /// Finds a theme: a path to a file, a file in the user's theme folder, or a built-in name.
    ///
    /// A theme that cannot be read falls back to the default, is marked not loaded, and says why in the
    /// diagnostics.
    public static func resolve(_ nameOrPath: String, userThemeFolder: String?) -> ThemeFile.Result {
        let base = Theme.builtInDefault
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".yaml") {
            return ThemeFile.load(path: nameOrPath, base: base)
        }
        if let folder = userThemeFolder {
            let candidate = (folder as NSString).appendingPathComponent("\(nameOrPath).yaml")
            if FileManager.default.fileExists(atPath: candidate) { return ThemeFile.load(path: candidate, base: base) }
        }
        if let text = text(named: nameOrPath) {
            return ThemeFile.parse(text, file: "\(nameOrPath).yaml", base: base)
        }
        let suggestion = Suggestion.didYouMean(nameOrPath, in: names)
        return ThemeFile.Result(
            theme: base,
            diagnostics: [Diagnostic(file: nameOrPath, line: 0, column: 0,
                                     message: "no theme named '\(nameOrPath)'\(suggestion); themes: \(names.joined(separator: ", "))")],
            isLoaded: false)
    }
}
