import DRConsole
import Foundation
import Testing
import TermUI

/// A theme file with a key written twice is reported like an estate or a scenario would be (issue: the theme
/// reader dropped the loader's diagnostics whenever the document loaded).
@Suite("theme duplicate keys")
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
}
