@testable import DRConsole
import SnapshotTesting
import Testing
import TermUI

/// `w` shows the focused pane alone, the whole width of a screen that holds all six, so its long columns
/// (Detail, Recovery, Why, Gaps) are read in place; `w` again brings the six panes back.
@Suite("a zoomed pane")
struct PaneZoomTests {
    /// The longest text of the pane's long (fill) columns among its first `count` rows.
    static func longestLongText(_ pane: PaneID, _ state: AppState, rows count: Int) -> String {
        let rows = PaneTables().visibleRows(pane, state).prefix(count)
        let columns = PaneTables().table(pane, state).columns
        let fills = LongColumns.fills(columns)
        return rows.flatMap { row in fills.compactMap { row.cells.indices.contains($0) ? row.cells[$0].text : nil } }
            .max { $0.count < $1.count } ?? ""
    }

    @Test("on a wide screen, the failover pane's longest Detail is cut among six panes and whole when zoomed")
    func longColumnsGetTheRoom() throws {
        var state = ConsoleFixtures.outageWithNetworkingGap()
        _ = Reducer.reduce(&state, .resized(Size(width: 240, height: 60)))
        ConsoleFixtures.type([.char("4")], into: &state)
        // Rows the zoomed pane shows at once (the six-pane one shows fewer, but each of them in part).
        let text = Self.longestLongText(.failover, state, rows: 20)
        try #require(text.count > 60, "the outage fixture has a long failover text: '\(text)'")
        let six = ConsoleFixtures.render(state).lines().joined(separator: "\n")
        #expect(!six.contains(text), "all six panes leave the failover pane too narrow for '\(text)'")

        ConsoleFixtures.type([.char("w")], into: &state)
        #expect(state.paneZoomed)
        let layout = try #require(Viewport(state).layout)
        #expect(layout.panes.count == 1)
        #expect(layout.panes[.failover]?.width == 240)
        let zoomed = ConsoleFixtures.render(state).lines()
        #expect(zoomed.joined(separator: "\n").contains(text), "'\(text)' is whole when zoomed")
        #expect(zoomed.contains { $0.contains("w all panes") }, "the tabs row says how to go back")
        #expect(state.flash?.text.contains("alone, the whole width") == true)

        ConsoleFixtures.type([.char("w")], into: &state)
        #expect(!state.paneZoomed)
        #expect(Viewport(state).layout?.panes.count == PaneID.allCases.count)
        #expect(state.flash?.text == "all panes")
    }

    @Test("below 160x48, w says the pane is alone anyway, and keeps it alone when the screen grows")
    func smallScreen() {
        var state = ConsoleFixtures.state(width: 80, height: 24)
        ConsoleFixtures.type([.char("w")], into: &state)
        let flash = state.flash?.text ?? ""
        #expect(flash.contains("below 160x48 anyway") && flash.count <= 80, "\(flash)")
        _ = Reducer.reduce(&state, .resized(Size(width: 160, height: 48)))
        #expect(Viewport(state).layout?.panes.count == 1)
    }

    @Test("paging in a zoomed pane moves by its own, taller, page")
    func pagingFollowsTheZoom() {
        var state = ConsoleFixtures.generated(resources: 1_000)
        state.size = Size(width: 160, height: 48)
        ConsoleFixtures.type([.char("2")], into: &state)
        let six = Viewport(state).visibleRows(.replication)
        ConsoleFixtures.type([.char("w")], into: &state)
        let zoomed = Viewport(state).visibleRows(.replication)
        #expect(zoomed > six)
        ConsoleFixtures.type([KeyEvent(.pageDown)], into: &state)
        #expect(ConsoleFixtures.selection(.replication, state) == zoomed)
    }

    @Test("Tab in a zoomed pane moves in the six-pane reading order, and the next pane is zoomed too")
    func tabKeepsTheZoom() {
        var state = ConsoleFixtures.state(width: 160, height: 48)
        let order = Viewport(size: state.size, focus: state.focus).readingOrder
        ConsoleFixtures.type([.char("w"), KeyEvent(.tab)], into: &state)
        #expect(state.focus == order[1])
        #expect(Viewport(state).layout?.panes.keys.map { $0 } == [order[1]])
    }

    @Test("the zoomed failover pane during the outage: Item fits, Detail takes the rest", arguments: [(160, 48), (240, 60)])
    func snapshot(width: Int, height: Int) {
        var state = ConsoleFixtures.outageWithNetworkingGap()
        _ = Reducer.reduce(&state, .resized(Size(width: width, height: height)))
        ConsoleFixtures.type([.char("4"), .char("w")], into: &state)
        state.flash = nil
        assertSnapshot(of: ConsoleFixtures.render(state).snapshot(), as: .lines, named: "\(width)x\(height)")
    }
}
