@testable import DRConsole
import DRDomain
import DRSimulation
import DRTestSupport
import Testing
import TermUI

/// The fast paths of issue 14 give what the slow ones gave: the `/` filter's matcher and the replication matrix
/// shifted sideways instead of rebuilt.
@Suite("filter matching and the shifted replication matrix")
struct FilterAndShiftTests {
    /// What `PaneRow.matches` did before: lowercase every cell and search it.
    static func naive(_ row: PaneRow, _ filter: String) -> Bool {
        let needle = filter.trimmingCharacters(in: .whitespaces).lowercased()
        guard !needle.isEmpty else { return true }
        return row.cells.contains { $0.text.lowercased().contains(needle) } || row.id.lowercased().contains(needle)
    }

    static let rows: [PaneRow] = [
        PaneRow(id: "stP1data", cells: [Table.Cell("stP1data"), Table.Cell("storage"), Table.Cell("PRI ok")]),
        PaneRow(id: "kv-p2", cells: [Table.Cell("kv-p2"), Table.Cell("keyVault"), Table.Cell("PAIR DOWN")]),
        PaneRow(id: "Ünïcode-Hub", cells: [Table.Cell("Ünïcode-Hub"), Table.Cell("hub"), Table.Cell("Straße")]),
        PaneRow(id: "empty", cells: []),
        PaneRow(id: "x", cells: [Table.Cell("")]),
    ]

    @Test("the matcher agrees with lowercasing every cell", arguments: [
        "", " ", "st", "ST", "p1D", "pri ok", "down", "ünï", "ÜNÏ", "STRASSE", "straße", "ß", "hub", " kv ", "zzz",
        "stp1datax", "-", "e",
    ])
    func matcherAgrees(filter: String) {
        for row in Self.rows {
            #expect(RowFilter(filter).matches(row) == Self.naive(row, filter), "'\(filter)' on \(row.id)")
            #expect(row.matches(filter) == Self.naive(row, filter), "'\(filter)' on \(row.id)")
        }
    }

    @Test("Backspace back to a filter typed a moment ago gives its rows again without matching every row")
    func widenToRecentFilter() {
        let state = AppState(estate: EstateGenerator.make(resources: 300), size: Size(width: 200, height: 60),
                             now: ConsoleFixtures.now)
        let key = PaneTableKey(.replication, state)
        let table = ReplicationRows.table(state)
        let cache = PaneTableCache()
        func rows(_ filter: String) -> [PaneRow] { cache.rows(key, filter: filter, build: { table }) }
        func storage(_ rows: [PaneRow]) -> UnsafeRawPointer? { rows.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) } }
        var typed: [String: [PaneRow]] = [:]
        for filter in ["s", "st", "st1", "st12"] { typed[filter] = rows(filter) }
        for filter in ["st1", "st", "s", "", "s", "st"] {
            let again = rows(filter)
            #expect(again == table.rows.filter { Self.naive($0, filter) }, "'\(filter)'")
            if let earlier = typed[filter], !earlier.isEmpty {
                // The very rows kept from before, not a new list matched again.
                #expect(storage(again) == storage(earlier), "'\(filter)' matched every row again")
            }
        }
        // Another table (the matrix after a fault) forgets the earlier filters' rows.
        var faulted = state
        faulted.engine.inject(.regionOutage(state.estate.hubs.first?.region ?? "eastus2"))
        let other = PaneTableKey(.replication, faulted)
        let otherTable = ReplicationRows.table(faulted)
        #expect(cache.rows(other, filter: "st1", build: { otherTable }) == otherTable.rows.filter { Self.naive($0, "st1") })
    }

    @Test("a longer filter narrows a shorter one only when it contains it")
    func narrows() {
        #expect(RowFilter("st1").narrows(RowFilter("st")))
        #expect(RowFilter("ST1").narrows(RowFilter("t1")))
        #expect(RowFilter("st").narrows(RowFilter("")))
        #expect(!RowFilter("s").narrows(RowFilter("st")))
        #expect(!RowFilter("sx").narrows(RowFilter("st")))
    }

    @Test("the shifted matrix is the matrix built at that offset, with and without faults", arguments: [false, true])
    func shiftedMatchesBuilt(outage: Bool) {
        var state = AppState(estate: EstateGenerator.make(resources: 300), size: Size(width: 200, height: 60),
                             now: ConsoleFixtures.now)
        if outage { state.engine.inject(.regionOutage(state.estate.hubs.first?.region ?? "eastus2")) }
        let full = ReplicationRows.table(state)
        let regionCount = ReplicationRows.regions(state).count
        for offset in [-1, 0, 1, 2, regionCount / 2, regionCount - 1, regionCount, regionCount + 5] {
            let built = ReplicationRows.table(state, columnOffset: offset)
            let shifted = ReplicationRows.shifted(full, by: offset)
            #expect(shifted.columns == built.columns, "columns at offset \(offset)")
            #expect(shifted.rows == built.rows, "rows at offset \(offset)")
        }
    }

    @Test("h and l in the replication matrix show the rows the matrix built at that offset shows")
    func sidewaysKeysThroughTheMemo() {
        var state = ConsoleFixtures.generated(resources: 300)
        let memo = PaneTables()
        ConsoleFixtures.type([.char("2"), .char("l"), .char("l"), .char("l"), .char("h")], into: &state, tables: memo)
        #expect(state.columnOffsets[.replication] == 2)
        #expect(memo.visibleRows(.replication, state) == ReplicationRows.table(state, columnOffset: 2).rows)
    }
}
