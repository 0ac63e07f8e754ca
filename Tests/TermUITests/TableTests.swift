import Testing

@testable import TermUI

@Suite("Table widget")
struct TableTests {
    let columns = [
        Table.Column("Region", width: .length(8)), Table.Column("State", width: .fill(1)),
        Table.Column("RPO", width: .length(4), alignment: .trailing),
    ]

    func rows(_ count: Int) -> [Table.Row] {
        (0..<count).map { Table.Row(["r\($0)", "ok", "\($0)m"]) }
    }

    @Test("header and rows laid out in their columns")
    func layout() {
        let table = Table(
            columns: columns,
            rows: [
                Table.Row(["eastus2", "outage", "15m"]), Table.Row(["westeurope", "healthy", "5m"]),
            ])
        let buffer = rendered(width: 22, height: 3) { table.render(in: $0.area, buffer: &$0) }
        #expect(
            buffer.lines() == [
                "Region   State     RPO",
                "eastus2  outage    15m",
                "westeur… healthy    5m",
            ])
        #expect(buffer.styleGrid(legend: ["h": Style(bold: true)]).rows[0] == String(repeating: "h", count: 22))
    }

    @Test("the selected row is highlighted across its width, with a marker")
    func selection() {
        let table = Table(
            columns: columns, rows: rows(3), state: TableState(selection: 1), showsHeader: false,
            selectionStyle: Style(reverse: true), highlightSymbol: "▶ ")
        let buffer = rendered(width: 20, height: 3) { table.render(in: $0.area, buffer: &$0) }
        #expect(
            buffer.lines() == [
                "  r0       ok     0m",
                "▶ r1       ok     1m",
                "  r2       ok     2m",
            ])
        #expect(
            buffer.styleGrid(legend: ["R": Style(reverse: true)]).rows == [
                String(repeating: ".", count: 20), String(repeating: "R", count: 20), String(repeating: ".", count: 20),
            ])
    }

    @Test("row and cell styles layer under the selection")
    func styles() {
        let table = Table(
            columns: [Table.Column("A", width: .length(2)), Table.Column("B", width: .length(2))],
            rows: [Table.Row([Table.Cell("x", style: Style(fg: .red)), "y"], style: Style(bg: .blue))],
            showsHeader: false)
        let buffer = rendered(width: 5, height: 1) { table.render(in: $0.area, buffer: &$0) }
        #expect(buffer[0, 0]?.style == Style(fg: .red, bg: .blue))
        #expect(buffer[3, 0]?.style == Style(bg: .blue))
    }

    @Test("scrolling keeps the selection visible going down and up")
    func scrolling() {
        var table = Table(columns: columns, rows: rows(10), state: TableState(selection: 7))
        let area = Rect(x: 0, y: 0, width: 20, height: 4)
        let down = table.adjustedState(for: area)
        #expect(down.offset == 5)
        let buffer = rendered(width: 20, height: 4) { table.render(in: area, buffer: &$0) }
        #expect(buffer.lines().dropFirst().map { String($0.prefix(2)) } == ["r5", "r6", "r7"])
        table.state = TableState(selection: 2, offset: 5)
        #expect(table.adjustedState(for: area).offset == 2)
        table.state = TableState(selection: 6, offset: 5)
        #expect(table.adjustedState(for: area).offset == 5)
    }

    @Test("the offset never leaves rows unused past the end, and selections are clamped")
    func clamping() {
        #expect(TableState(selection: nil, offset: 9).scrolledToSelection(visibleRows: 4, rowCount: 10).offset == 6)
        #expect(
            TableState(selection: 40).scrolledToSelection(visibleRows: 4, rowCount: 10)
                == TableState(selection: 9, offset: 6))
        #expect(
            TableState(selection: 3).scrolledToSelection(visibleRows: 4, rowCount: 0)
                == TableState(selection: nil, offset: 0))
        #expect(TableState(selection: 3, offset: 2).scrolledToSelection(visibleRows: 0, rowCount: 10).offset == 2)
    }

    @Test("moving the selection stops at both ends")
    func moving() {
        var state = TableState()
        state.selectNext(rowCount: 3)
        #expect(state.selection == 0)
        state.move(by: 10, rowCount: 3)
        #expect(state.selection == 2)
        state.selectPrevious(rowCount: 3)
        #expect(state.selection == 1)
        state.move(by: -10, rowCount: 3)
        #expect(state.selection == 0)
        state.selectLast(rowCount: 3)
        #expect(state.selection == 2)
        state.selectFirst(rowCount: 0)
        #expect(state.selection == nil)
    }

    @Test("tiny areas and missing cells never fail")
    func tiny() {
        let table = Table(columns: columns, rows: [Table.Row(["only"])], state: TableState(selection: 0))
        var buffer = Buffer(width: 3, height: 1)
        table.render(in: buffer.area, buffer: &buffer)
        #expect(buffer.lines() == ["R  "])
        table.render(in: Rect(x: 2, y: 0, width: 0, height: 5), buffer: &buffer)
        table.render(in: Rect(x: Int.min, y: Int.min, width: Int.max, height: Int.max), buffer: &buffer)
        var empty = Buffer(width: 0, height: 0)
        table.render(in: Rect(x: 0, y: 0, width: 10, height: 10), buffer: &empty)
        #expect(Table(columns: [], rows: []).adjustedState(for: buffer.area) == TableState())
    }
}
