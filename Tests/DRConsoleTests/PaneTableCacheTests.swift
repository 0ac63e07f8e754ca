@testable import DRConsole
import DRConsoleFiles
import DRDomain
import DRTestSupport
import DRSimulation
import Testing
import TermUI

/// The memo of pane tables and the visible-rows window must never change what is drawn.
@Suite("pane table memo and visible window")
struct PaneTableCacheTests {
    /// Steps an operator takes, each applied to a state.
    static func steps() -> [(String, (inout AppState, PaneTables) -> Void)] {
        let sample = ConsoleFixtures.sample
        let vault = sample.keyVaults.first?.id ?? "kv"
        let light = BuiltInThemes.resolve("light", userThemeFolder: nil).theme
        func keys(_ keys: [KeyEvent]) -> (inout AppState, PaneTables) -> Void {
            { ConsoleFixtures.type(keys, into: &$0, tables: $1) }
        }
        func tick(_ seconds: Double) -> (inout AppState, PaneTables) -> Void {
            { state, tables in
                state.isPlaying = true
                _ = Reducer.reduce(&state, .clockTicked(seconds), tables: tables)
                state.isPlaying = false
            }
        }
        return [
            ("inject a region outage", keys(ConsoleFixtures.command("inject region eastus2"))),
            ("five minutes pass", tick(300)),
            ("half a second passes", tick(0.5)),
            ("a vault is deleted", keys(ConsoleFixtures.command("delete \(vault)"))),
            ("a minute passes", tick(60)),
            ("soft-delete pane, down", keys([.char("3"), .char("j")])),
            ("next hub", keys([.char("]")])),
            ("replication pane, scroll regions, move down", keys([.char("2"), .char("l"), .char("j"), .char("j")])),
            ("filter the replication pane", keys([.char("/"), .char("k"), .char("v"), KeyEvent(.enter)])),
            // The filter narrows the rows already shown while it grows, and widens from the table again.
            ("type a growing filter", keys([.char("/"), KeyEvent(.backspace), KeyEvent(.backspace), .char("S"),
                                            .char("t")])),
            ("widen the filter, then narrow it again", keys([KeyEvent(.backspace), .char("e"), KeyEvent(.enter)])),
            ("regions right and left", keys([.char("l"), .char("l"), .char("h")])),
            ("clear the filter, regions left", keys([KeyEvent(.escape), .char("h"), .char("h")])),
            ("another theme", { _ = Reducer.reduce(&$0, .themeLoaded(light, problems: []), tables: $1) }),
            ("fail the hub over", keys(ConsoleFixtures.command("failover \(sample.hubs.first?.id ?? "hub")"))),
            ("ten minutes pass", tick(600)),
            ("clear every fault", keys(ConsoleFixtures.command("clear all"))),
            ("timeline, to the top", keys([.char("5"), .char("g")])),
        ]
    }

    @Test("frames drawn from memoised tables match frames drawn from scratch, step by step",
          arguments: [(160, 48), (80, 24)])
    func memoMatchesScratch(width: Int, height: Int) {
        let steps = Self.steps()
        let memo = PaneTables()
        var warm = ConsoleFixtures.state(width: width, height: height)
        _ = ConsoleFixtures.render(warm, tables: memo)
        for (index, step) in steps.enumerated() {
            step.1(&warm, memo)
            var cold = ConsoleFixtures.state(width: width, height: height)
            for earlier in steps.prefix(index + 1) { earlier.1(&cold, PaneTables()) }
            #expect(ConsoleFixtures.render(warm, tables: memo).snapshot() == ConsoleFixtures.render(cold).snapshot(),
                    "after '\(step.0)' at \(width)x\(height)")
        }
    }

    @Test("the visible window draws exactly what the whole table draws")
    func windowMatchesWholeTable() {
        let columns = [Table.Column("A", width: .length(4)), Table.Column("B", width: .fill(1))]
        for rowCount in [0, 1, 5, 30] {
            let rows = (0..<rowCount).map { Table.Row([Table.Cell("\($0)"), Table.Cell("row \($0)")]) }
            for height in [1, 2, 6] {
                for selection in [nil, 0, 3, 29, 99] as [Int?] {
                    for offset in [0, 2, 27, 80] {
                        let area = Rect(x: 1, y: 1, width: 20, height: height)
                        let state = TableState(selection: selection, offset: offset)
                        var whole = Buffer(size: Size(width: 22, height: 8))
                        Table(columns: columns, rows: rows, state: state, highlightSymbol: ">")
                            .render(in: area, buffer: &whole)
                        var widget = Table(columns: columns, rows: [], highlightSymbol: ">")
                        let window = TableWindow(state, rowCount: rowCount, visibleRows: widget.visibleRowCount(in: area))
                        widget.rows = Array(rows[window.range])
                        widget.state = window.relativeState
                        var sliced = Buffer(size: Size(width: 22, height: 8))
                        widget.render(in: area, buffer: &sliced)
                        #expect(whole.snapshot() == sliced.snapshot(),
                                "\(rowCount) rows, height \(height), selection \(String(describing: selection)), offset \(offset)")
                    }
                }
            }
        }
    }

    @Test("a 10,000-resource estate draws its last rows and keeps the selection in view")
    func largeEstate() {
        var state = ConsoleFixtures.generated(resources: 10_000)
        let memo = PaneTables()
        ConsoleFixtures.type([.char("2"), .char("G")], into: &state, tables: memo)
        let rows = memo.visibleRows(.replication, state)
        #expect(memo.tableState(.replication, state).selection == rows.count - 1)
        let text = ConsoleFixtures.render(state, tables: memo).lines().joined(separator: "\n")
        #expect(text.contains("▶" + (rows.last?.id ?? "-")))
    }
}
