import DRConsole
import DRConsoleFiles
import DRSimulation
import Testing
import TermUI

/// Item 9: light paints its own background; in mono and colorblind a posture gap is told from DOWN by its
/// attributes, not by colour.
@Suite("themes an operator can read")
struct ThemeTruthTests {
    /// The style of the first cell of `text` on the screen.
    func style(of text: String, in buffer: Buffer) -> Style? {
        for (y, line) in buffer.lines().enumerated() {
            guard let range = line.range(of: text) else { continue }
            let x = line[..<range.lowerBound].reduce(0) { $0 + $1.displayWidth }
            return buffer[x, y]?.style
        }
        return nil
    }

    @Test("light gives every cell of the screen a background")
    func lightHasItsOwnBackground() {
        var state = ConsoleFixtures.state(width: 160, height: 48, theme: "light")
        ConsoleFixtures.type(ConsoleFixtures.command("inject region eastus2"), into: &state)
        let buffer = ConsoleFixtures.render(state)
        var missing = 0
        for y in 0..<48 { for x in 0..<160 where buffer[x, y]?.style.bg == nil { missing += 1 } }
        #expect(missing == 0)
    }

    @Test("a gap is not drawn like DOWN: its attributes differ", arguments: ["mono", "colorblind"])
    func gapIsNotDown(theme: String) throws {
        var state = ConsoleFixtures.state(width: 160, height: 48, theme: theme)
        ConsoleFixtures.type(ConsoleFixtures.command("inject region eastus2"), into: &state)
        let buffer = ConsoleFixtures.render(state)
        let gap = try #require(style(of: "gap R3", in: buffer))
        let down = try #require(style(of: "DOWN", in: buffer))
        #expect(gap.modifiers != down.modifiers, "gap \(gap) vs DOWN \(down)")
        #expect(gap.modifiers.contains(.underline))
    }

    @Test("FAIL is not drawn like DOWN either", arguments: ["mono", "colorblind"])
    func failIsNotDown(theme: String) throws {
        var state = ConsoleFixtures.outageWithNetworkingGap()
        state.theme = BuiltInThemes.resolve(theme, userThemeFolder: nil).theme
        let buffer = ConsoleFixtures.render(state)
        let fail = try #require(style(of: "FAIL", in: buffer))
        let down = try #require(style(of: "DOWN", in: buffer))
        #expect(fail != down, "FAIL \(fail) vs DOWN \(down)")
    }
}
