import DRConsole
import DRConsoleFiles
import Foundation
import Testing
import TermUI

@Suite("themes")
struct ThemeTests {
    static let themesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("themes")

    @Test("the embedded themes are exactly the files in themes/ (run scripts/embed-themes.py after editing)")
    func embeddedMatchFiles() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.themesFolder.path)
            .filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(files.map { String($0.dropLast(5)) } == BuiltInThemes.names)
        for file in files {
            let text = try String(contentsOf: Self.themesFolder.appendingPathComponent(file), encoding: .utf8)
            #expect(BuiltInThemes.text(named: String(file.dropLast(5))) == text, "\(file) differs from its embedded copy")
        }
    }

    @Test("every shipped theme parses without a problem and styles every state role", arguments: ["default", "light", "high-contrast", "colorblind", "mono"])
    func shippedThemesAreClean(name: String) {
        let result = BuiltInThemes.resolve(name, userThemeFolder: nil)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.theme.name == name)
        let states: [ThemeRole] = [.statusOK, .statusDegraded, .statusDown, .statusPaused, .statusReadOnly, .statusDeleted]
        let styles = Set(states.map { result.theme.style($0) })
        #expect(styles.count >= 5, "states must look different in \(name)")
    }

    @Test("a bad theme file falls back role by role, naming the line of each problem")
    func badThemeFallsBack() {
        let text = "name: broken\nroles:\n  status.ok: { fg: chartreuse }\n  status.down: { fg: red, blink: true }\n  statsu.paused: {}\n  text: { fg: \"#00ff00\" }\n"
        let result = ThemeFile.parse(text, file: "broken.yaml", base: .builtInDefault)
        let messages = result.diagnostics.map(\.description)
        #expect(messages.contains { $0.hasPrefix("broken.yaml:3:") && $0.contains("chartreuse") })
        #expect(messages.contains { $0.hasPrefix("broken.yaml:4:") && $0.contains("blink") })
        #expect(messages.contains { $0.hasPrefix("broken.yaml:5:") && $0.contains("status.paused") })
        #expect(result.theme.style(.text).fg == .rgb(0, 255, 0))
        #expect(result.theme.style(.statusPaused) == Theme.builtInDefault.style(.statusPaused))
    }

    @Test("hostile and broken theme files never crash and keep the default")
    func hostile() {
        for text in ["", "- a\n- b\n", String(repeating: "[", count: 10_000), "roles: *nope\n", "\u{0}\u{1}"] {
            let result = ThemeFile.parse(text, file: "x.yaml", base: .builtInDefault)
            #expect(!result.diagnostics.isEmpty)
            #expect(result.theme.style(.statusDown) == Theme.builtInDefault.style(.statusDown))
        }
    }

    @Test("an unknown theme name says which exist")
    func unknownName() {
        let result = BuiltInThemes.resolve("colourblind", userThemeFolder: nil)
        #expect(result.diagnostics.first?.message.contains("did you mean 'colorblind'") == true)
    }
}
