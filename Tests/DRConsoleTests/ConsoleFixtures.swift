import DRConsole
import DRConsoleFiles
import DRImport
import DRSimulation
import DRTestSupport
import Foundation
import TermUI

/// The sample estate and console states for tests, with a fixed clock and theme.
enum ConsoleFixtures {
    static let sample = EstateFile.loadSample()
    /// The wall clock tests open the console at (the sample has its own snapshot time, which wins).
    static let now = Date(timeIntervalSince1970: 1_795_000_000)

    /// A console state on the sample at `size`, paused so the clock never moves.
    static func state(width: Int, height: Int, theme: String = "default") -> AppState {
        var state = AppState(estate: sample, theme: BuiltInThemes.resolve(theme, userThemeFolder: nil).theme,
                             size: Size(width: width, height: height), now: now)
        state.isPlaying = false
        return state
    }

    /// A paused console state on a generated estate of about `resources` resources, at 200x60.
    static func generated(resources: Int) -> AppState {
        var state = AppState(estate: EstateGenerator.make(resources: resources), size: Size(width: 200, height: 60),
                             now: now)
        state.isPlaying = false
        return state
    }

    /// Renders a state into a buffer of its size.
    static func render(_ state: AppState, tables: PaneTables = PaneTables()) -> Buffer {
        var buffer = Buffer(size: state.size)
        ConsoleScreen.render(state, into: &buffer, tables: tables)
        return buffer
    }

    /// The selection of a pane as drawn.
    static func selection(_ pane: PaneID, _ state: AppState) -> Int? {
        PaneTables().tableState(pane, state).selection
    }

    /// Applies keys (as a person types them) to a state.
    static func type(_ keys: [KeyEvent], into state: inout AppState, tables: PaneTables = PaneTables()) {
        for key in keys { _ = Reducer.reduce(&state, .keyPressed(key), tables: tables) }
    }

    /// East US 2 down after Microsoft's failover of the shared vault, with a networking gap in Central US and the
    /// clock at the next event: a failover of hub-eus2 is accepted, but its preflight fails networking.
    static func outageWithNetworkingGap() -> AppState {
        var state = state(width: 160, height: 48)
        for line in ["inject region eastus2", "inject keyvault-failover kv-contoso-ai", "inject readiness networking centralus"] {
            type(command(line), into: &state)
        }
        type([.char("n")], into: &state)
        return state
    }

    /// The key events for typing `text` then Enter.
    static func command(_ text: String) -> [KeyEvent] {
        [.char(":")] + text.map { KeyEvent.char($0) } + [KeyEvent(.enter)]
    }
}
