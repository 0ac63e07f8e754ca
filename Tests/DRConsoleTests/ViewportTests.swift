@testable import DRConsole
import Testing
import TermUI

/// The reducer and the views share one geometry: mouse hits, scrolling and paging land where things are drawn,
/// and the selection follows its row.
@Suite("one viewport for reducer and views")
struct ViewportTests {
    @Test("a click on a row of the region-health table selects that row, below the world map")
    func clickBelowTheMap() throws {
        var state = ConsoleFixtures.state(width: 160, height: 48)
        let viewport = Viewport(size: state.size, focus: state.focus)
        let table = try #require(viewport.tableArea(.regionHealth))
        let body = try #require(viewport.body(.regionHealth))
        #expect(table.y > body.y, "the map takes the top of the pane at 160x48")
        let rows = PaneTables().visibleRows(.regionHealth, state)
        try #require(rows.count >= 2)
        // The header is the table's first line; the second data row is two lines below it.
        let click = MouseEvent(.click(.left), at: Position(x: table.x + 4, y: table.y + 2))
        _ = Reducer.reduce(&state, .mouse(click))
        #expect(ConsoleFixtures.selection(.regionHealth, state) == 1)
        let drawn = ConsoleFixtures.render(state).lines()[table.y + 2]
        #expect(drawn.contains("▶" + rows[1].id), "the row drawn at the click is the row selected: \(drawn)")
    }

    @Test("a click on the map or the header selects nothing")
    func clickOnTheMap() throws {
        var state = ConsoleFixtures.state(width: 160, height: 48)
        let viewport = Viewport(size: state.size, focus: state.focus)
        let body = try #require(viewport.body(.regionHealth))
        let table = try #require(viewport.tableArea(.regionHealth))
        _ = Reducer.reduce(&state, .mouse(MouseEvent(.click(.left), at: Position(x: body.x + 3, y: body.y + 1))))
        _ = Reducer.reduce(&state, .mouse(MouseEvent(.click(.left), at: Position(x: table.x + 3, y: table.y))))
        #expect(state.selections[.regionHealth] == nil)
    }

    @Test("in the help overlay, after G, k scrolls up one line at once")
    func helpScrollIsClampedWhenStored() {
        var state = ConsoleFixtures.state(width: 120, height: 40)
        ConsoleFixtures.type([.char("?"), .char("G")], into: &state)
        let box = OverlayBox(lines: OverlayLines.lines(state, PaneTables()), screen: state.size)
        #expect(box.maxScroll > 0)
        #expect(state.overlayScroll == box.maxScroll)
        ConsoleFixtures.type([.char("k")], into: &state)
        #expect(state.overlayScroll == box.maxScroll - 1)
        let title = ConsoleFixtures.render(state).lines().first { $0.contains("Help (Esc closes)") } ?? ""
        #expect(title.contains("lines \(box.maxScroll)-\(box.maxScroll + box.visible - 1) of \(box.wrapped.count)"), "\(title)")
    }

    @Test("a taller screen keeps the help's scroll within its lines")
    func resizeClampsTheScroll() {
        var state = ConsoleFixtures.state(width: 120, height: 30)
        ConsoleFixtures.type([.char("?"), .char("G")], into: &state)
        #expect(state.overlayScroll > 0)
        _ = Reducer.reduce(&state, .resized(Size(width: 120, height: 200)))
        #expect(state.overlayScroll == 0)
    }

    @Test("paging moves by the rows the pane shows")
    func pageIsThePaneHeight() {
        var state = ConsoleFixtures.state(width: 80, height: 24)
        ConsoleFixtures.type([.char("2"), KeyEvent(.pageDown)], into: &state)
        let page = Viewport(size: state.size, focus: .replication).visibleRows(.replication)
        let rows = PaneTables().visibleRows(.replication, state)
        #expect(ConsoleFixtures.selection(.replication, state) == min(page, rows.count - 1))
    }

    @Test("the selection stays on its row when rows are added above it (:delete)")
    func selectionFollowsItsRow() throws {
        var state = ConsoleFixtures.state(width: 160, height: 48)
        ConsoleFixtures.type([.char("3"), .char("G")], into: &state)
        let before = PaneTables().visibleRows(.softDelete, state)
        let selected = try #require(ConsoleFixtures.selection(.softDelete, state))
        let id = before[selected].id
        ConsoleFixtures.type(ConsoleFixtures.command("delete kv-contoso-ai"), into: &state)
        let after = PaneTables().visibleRows(.softDelete, state)
        #expect(after.count == before.count + 1)
        let now = try #require(ConsoleFixtures.selection(.softDelete, state))
        #expect(after[now].id == id)
    }

    @Test("a row that goes away leaves the selection at the same position")
    func selectionFallsBackToPosition() throws {
        var state = ConsoleFixtures.state(width: 160, height: 48)
        ConsoleFixtures.type(ConsoleFixtures.command("delete kv-contoso-ai"), into: &state)
        ConsoleFixtures.type([.char("3"), .char("j")], into: &state)
        ConsoleFixtures.type([.char("g")], into: &state)
        let first = PaneTables().visibleRows(.softDelete, state)[0].id
        #expect(first == "kv-contoso-ai")
        ConsoleFixtures.type(ConsoleFixtures.command("clear all"), into: &state)
        let rows = PaneTables().visibleRows(.softDelete, state)
        #expect(!rows.contains { $0.id == "kv-contoso-ai" })
        #expect(ConsoleFixtures.selection(.softDelete, state) == 0)
    }
}
