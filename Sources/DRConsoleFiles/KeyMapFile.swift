import DRConsole
import DRDomain
import DRImport
import Foundation
import TermUI

/// A keys file rebinding intents: `bindings: { quit: [q], help: ["?", F1] }`. Intents not named keep their keys.
public enum KeyMapFile {
    /// The key map with the file's bindings applied, and the problems found (shown, never fatal).
    public static func load(path: String, base: KeyMap = .standard) -> (KeyMap, [Diagnostic]) {
        let loaded = YAMLLoader.load(path: path, limits: .standard)
        guard let document = loaded.document else { return (base, loaded.diagnostics) }
        let collector = DiagnosticCollector(file: path)
        // The loader reports what it read past, such as duplicate keys, even when the document loads.
        collector.add(contentsOf: loaded.diagnostics)
        let reader = YAMLReader(document: document, diagnostics: collector)
        var map = base
        guard let top = reader.mapping(reader.root, context: "keys file", keys: ["bindings"]),
              let bindings = top.value("bindings"), let entries = reader.entries(bindings, what: "bindings")
        else { return (base, collector.diagnostics) }
        for entry in entries {
            guard let intent = Intent(rawValue: entry.key) else {
                reader.error("unknown action '\(entry.key)'\(Suggestion.didYouMean(entry.key, in: Intent.allCases.map(\.rawValue)))",
                             at: entry.position)
                continue
            }
            guard let names = reader.stringList(entry.value, what: "keys of '\(entry.key)'") else { continue }
            var keys: [KeyEvent] = []
            for name in names {
                if let key = KeyEvent(parsing: name.value) { keys.append(key) } else {
                    reader.error("'\(name.value)' is not a key (examples: q, Ctrl-R, F1, Tab, PgDn)", at: name.position)
                }
            }
            guard !keys.isEmpty, let index = map.bindings.firstIndex(where: { $0.intent == intent }) else { continue }
            // A key moves to its new intent: take it away from any other binding first.
            for other in map.bindings.indices { map.bindings[other].keys.removeAll { keys.contains($0) } }
            map.bindings[index].keys = keys
        }
        return (map, collector.diagnostics)
    }

    /// The keys file in the XDG config folder, if one exists.
    public static func defaultPath(environment: [String: String]) -> String? {
        let path = (ConfigFolder.path(environment: environment) as NSString).appendingPathComponent("keys.yaml")
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }
}

/// The user's configuration folder: `$XDG_CONFIG_HOME/foundry-dr`, else `~/.config/foundry-dr`.
public enum ConfigFolder {
    public static func path(environment: [String: String]) -> String {
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty {
            return (xdg as NSString).appendingPathComponent("foundry-dr")
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return ((home as NSString).appendingPathComponent(".config") as NSString).appendingPathComponent("foundry-dr")
    }
}
