import DRConsole
import DRDomain
import DRImport
import Foundation
import TermUI

/// Theme files (`themes/*.yaml`): `name`, `description` and `roles`, each role a style.
///
/// A bad theme never stops the console: what can be read is used over the default, and every problem is
/// reported with its line so the console can show it.
public enum ThemeFile {
    /// A theme read from a file, with the problems found in it.
    public struct Result: Sendable {
        /// The theme read over the base, or the base itself when nothing could be read.
        public var theme: Theme
        public var diagnostics: [Diagnostic]
        /// Whether a theme was read at all: false when the file is missing, not YAML or not a theme, or no
        /// theme has the name. A console keeps its current theme then.
        public var isLoaded: Bool

        public init(theme: Theme, diagnostics: [Diagnostic], isLoaded: Bool) {
            self.theme = theme
            self.diagnostics = diagnostics
            self.isLoaded = isLoaded
        }
    }

    /// Parses theme text over `base` (the built-in default when nil).
    public static func parse(_ text: String, file: String, base: Theme?) -> Result {
        read(YAMLLoader.load(text: text, file: file, limits: .standard), file: file, base: base)
    }

    /// Reads a theme file from disk over `base`.
    public static func load(path: String, base: Theme?) -> Result {
        read(YAMLLoader.load(path: path, limits: .standard), file: path, base: base)
    }

    private static func read(_ loaded: YAMLLoadResult, file: String, base: Theme?) -> Result {
        let fallback = base ?? Theme(name: "default", styles: [:])
        guard let document = loaded.document else {
            return Result(theme: fallback, diagnostics: loaded.diagnostics, isLoaded: false)
        }
        let collector = DiagnosticCollector(file: file)
        // The loader reports what it read past, such as duplicate keys, even when the document loads.
        collector.add(contentsOf: loaded.diagnostics)
        let reader = YAMLReader(document: document, diagnostics: collector)
        guard let top = reader.mapping(reader.root, context: "theme", keys: ["name", "description", "roles"]) else {
            return Result(theme: fallback, diagnostics: collector.diagnostics, isLoaded: false)
        }
        let name = top.string("name") ?? fallback.name
        _ = top.string("description")
        var styles: [ThemeRole: Style] = [:]
        if let roles = top.value("roles"), let entries = reader.entries(roles, what: "roles") {
            for entry in entries {
                guard let role = ThemeRole(rawValue: entry.key) else {
                    let suggestion = Suggestion.didYouMean(entry.key, in: ThemeRole.allCases.map(\.rawValue))
                    reader.error("unknown role '\(entry.key)'\(suggestion)", at: entry.position)
                    continue
                }
                if let style = readStyle(entry.value, role: entry.key, reader: reader) { styles[role] = style }
            }
        }
        return Result(theme: fallback.overlaid(with: styles, name: name), diagnostics: collector.diagnostics, isLoaded: true)
    }

    private static func readStyle(_ node: YAMLNode, role: String, reader: YAMLReader) -> Style? {
        guard let map = reader.mapping(node, context: "role '\(role)'",
                                       keys: ["fg", "bg", "bold", "dim", "italic", "underline", "reverse"])
        else { return nil }
        var modifiers: Modifiers = []
        let flags: [(String, Modifiers)] = [("bold", .bold), ("dim", .dim), ("italic", .italic),
                                            ("underline", .underline), ("reverse", .reverse)]
        for (key, modifier) in flags where map.bool(key) == true { modifiers.insert(modifier) }
        return Style(fg: color(map, "fg"), bg: color(map, "bg"), modifiers: modifiers)
    }

    private static func color(_ map: MappingReader, _ key: String) -> Color? {
        guard let node = map.value(key) else { return nil }
        guard let text = map.reader.string(node, what: map.describe(key)) else { return nil }
        if let color = ThemeColor.parse(text) { return color }
        map.error("'\(text)' is not a colour: use a name (red, bright-blue, default), 0-255, or #RRGGBB", at: key)
        return nil
    }
}
