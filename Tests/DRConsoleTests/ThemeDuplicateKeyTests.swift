import DRConsole
import DRConsoleFiles
import Foundation
import Testing
import TermUI

/// A theme or keys file with a key written twice is reported like an estate or a scenario would be (the readers
/// dropped the loader's diagnostics whenever the document loaded).
@Suite("duplicate keys in theme and keys files")
struct ThemeDuplicateKeyTests {
    @Test("a role written twice is reported with its line and column; the theme is still read", arguments: [
        ("name: twice\nroles:\n  status.ok: { fg: green }\n  status.ok: { fg: red }\n", "twice.yaml:4:3", "status.ok"),
        ("name: twice\nname: again\nroles:\n  text: { fg: red }\n", "twice.yaml:2:1", "name"),
        ("name: twice\nroles:\n  text: { fg: red, fg: blue }\n", "twice.yaml:3:20", "fg"),
    ])
    func duplicateReported(text: String, place: String, key: String) {
        let result = ThemeFile.parse(text, file: "twice.yaml", base: .builtInDefault)
        let messages = result.diagnostics.map(\.description)
        #expect(messages.contains { $0.hasPrefix(place + ":") && $0.contains("duplicate key '\(key)'") }, "\(messages)")
        #expect(messages.count == 1, "\(messages)")
        #expect(result.theme.name == "twice")
    }

    @Test("an action bound twice in a keys file is reported with its line and column")
    func keysFileDuplicate() throws {
        let path = NSTemporaryDirectory() + "fdr-duplicate-keys-\(UUID().uuidString).yaml"
        try "bindings:\n  quit: [q]\n  quit: [x]\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (_, diagnostics) = KeyMapFile.load(path: path)
        let messages = diagnostics.map(\.description)
        #expect(messages.contains { $0.hasPrefix("\(path):3:3:") && $0.contains("duplicate key 'quit'") }, "\(messages)")
    }
}
