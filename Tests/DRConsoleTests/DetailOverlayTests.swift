import DRConsole
import DRConsoleFiles
import Foundation
import Testing
import TermUI

/// Item 10: overlays titled with what they show, with the command and the rule's text; `y` copies the command;
/// `?` explains the rules and the columns.
@Suite("detail overlays and the glossary")
struct DetailOverlayTests {
    @Test("a failover step's detail is titled with the step and gives the command and the rule's text")
    func stepDetail() {
        var state = ConsoleFixtures.state(width: 160, height: 48)
        ConsoleFixtures.type([.char("4")], into: &state)
        let rows = PaneTables().visibleRows(.failover, state)
        let step = rows.firstIndex { $0.id.hasPrefix("step:") } ?? 0
        for _ in 0..<step { ConsoleFixtures.type([.char("j")], into: &state) }
        ConsoleFixtures.type([KeyEvent(.enter)], into: &state)
        let screen = ConsoleFixtures.render(state).lines().joined(separator: "\n")
        #expect(!screen.contains("step:proj-chat:0"))
        #expect(screen.contains("╔  1. Confirm the outage"))
        #expect(screen.contains("Command: :failover hub-eus2"))
        #expect(screen.contains("R1 No automatic failover: Foundry does not fail over by itself"))
        #expect(screen.contains("y copies: :failover hub-eus2"))
    }

    @Test("y copies the selected row's command through the runtime's clipboard")
    func copyCommand() throws {
        let copied = Copied()
        var state = ConsoleFixtures.state(width: 160, height: 48)
        state.focus = .softDelete
        let files = ConsoleFiles(loadTheme: { _ in (nil, []) }, copy: { text in
            copied.text = text
            return "the test clipboard"
        })
        let backend = TestBackend(width: 160, height: 48, events: [.key(.char("j")), .key(.char("y"))])
        let runtime = ConsoleRuntime(state: state, backend: backend, clock: { 0 }, files: files)
        _ = try runtime.run(stopWhenIdle: true)
        #expect(copied.text?.hasPrefix("az cognitiveservices account recover") == true, "\(copied.text ?? "")")
        #expect(runtime.state.flash?.text.hasSuffix("to the test clipboard") == true)
    }

    @Test("the clipboard sends OSC 52 to the terminal and writes the fallback file")
    func clipboardWrites() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("clip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let tty = folder.appendingPathComponent("tty").path
        FileManager.default.createFile(atPath: tty, contents: nil)
        let fallback = folder.appendingPathComponent("copied.txt").path
        let said = try CommandClipboard.copy(":failover hub-eus2", fallback: fallback, terminal: tty)
        #expect(said.contains("OSC 52") && said.contains(fallback))
        #expect(try String(contentsOfFile: fallback, encoding: .utf8) == ":failover hub-eus2\n")
        #expect(try String(contentsOfFile: tty, encoding: .utf8) == "\u{1B}]52;c;OmZhaWxvdmVyIGh1Yi1ldXMy\u{07}")
    }

    @Test("? explains the rules R1 to R11 and the columns Via, Res, Hit and Step")
    func glossary() {
        var state = ConsoleFixtures.state(width: 160, height: 48)
        ConsoleFixtures.type([.char("?")], into: &state)
        var seen = ""
        for _ in 0..<30 {
            seen += ConsoleFixtures.render(state).lines().joined(separator: "\n")
            ConsoleFixtures.type([KeyEvent(.pageDown)], into: &state)
        }
        for rule in ["R1 No automatic failover", "R6 Failover preflight", "R11 Directed region pairs"] {
            #expect(seen.contains(rule), "\(rule)")
        }
        for column in ["Via (replication)", "Res (region health)", "Hit (region health)", "Step (soft-delete recovery)"] {
            #expect(seen.contains(column), "\(column)")
        }
        #expect(seen.contains("'Microsoft' (Microsoft fails it over"))
    }
}

/// What `y` handed the clipboard.
final class Copied: @unchecked Sendable {
    var text: String?
}

/// Item 10: `h`/`l` scroll a pane's long columns so what the width cut off can be read in place.
@Suite("long columns scroll sideways")
struct LongColumnTests {
    @Test("l in the soft-delete pane shows the rest of the recovery command; h goes back")
    func scrollRecovery() {
        var state = ConsoleFixtures.state(width: 160, height: 48)
        ConsoleFixtures.type([.char("3")], into: &state)
        let before = ConsoleFixtures.render(state).lines().joined(separator: "\n")
        let command = PaneTables().visibleRows(.softDelete, state)[0].cells[5].text
        let hidden = String(command.dropFirst(64).prefix(6))
        #expect(!before.contains(hidden))
        for _ in 0..<8 { ConsoleFixtures.type([.char("l")], into: &state) }
        let after = ConsoleFixtures.render(state).lines().joined(separator: "\n")
        #expect(after.contains(hidden), "\(hidden)")
        #expect(after.contains("Soft-delete recovery (Step: recovery order, R10) [+64 h/l]"))
        for _ in 0..<8 { ConsoleFixtures.type([.char("h")], into: &state) }
        #expect(ConsoleFixtures.render(state).lines().joined(separator: "\n") == before)
    }
}
