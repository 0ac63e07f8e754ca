import Foundation

/// The memo of pane tables, so a frame rebuilds only the panes whose inputs changed.
///
/// `AppState` is a value copied into every frame; this cache is a reference shared by those copies. Entries are
/// keyed on everything a table depends on (`PaneTableKey`), so a copy with other inputs simply misses and
/// rebuilds. The lock makes it safe to share across threads; tables are built outside the lock.
final class PaneTableCache: @unchecked Sendable {
    private struct Entry {
        var key: PaneTableKey
        var table: PaneTable
        /// The filter `rows` were filtered with.
        var filter: String
        var rows: [PaneRow]
        /// The rows of the last few filters of this table, newest last: Backspace goes back to a filter that was
        /// typed on the way, and finds its rows here instead of matching every row again.
        var recent: [(filter: String, rows: [PaneRow])] = []
    }

    /// How many earlier filters of a table keep their rows.
    static let recentFilters = 8

    private let lock = NSLock()
    private var entries: [PaneID: Entry] = [:]
    /// Tables built with every column, by pane, for panes that scroll sideways (the replication matrix): a
    /// sideways step shifts this table instead of building every row again.
    private var unshiftedTables: [PaneID: (key: PaneTableKey, table: PaneTable)] = [:]
    /// Values derived from the simulation alone, by slot.
    private var derived: [DerivedSlot: (mark: EngineMark, value: any Sendable)] = [:]

    /// The values the cache keeps besides tables: each a pass over the estate that only a simulation change
    /// makes stale.
    enum DerivedSlot: Hashable {
        /// `SummaryCounts` of the compact layout.
        case summaryCounts
        /// `RegionHealthRows.RegionFacts` of every region.
        case regionFacts
    }

    /// The table for `key`, built by `build` when the cached one was built for other inputs.
    func table(_ key: PaneTableKey, build: () -> PaneTable) -> PaneTable {
        if let entry = lock.withLock({ entries[key.pane] }), entry.key == key { return entry.table }
        let table = build()
        lock.withLock { entries[key.pane] = Entry(key: key, table: table, filter: "", rows: table.rows) }
        return table
    }

    /// The rows of the table for `key` that match `filter`, filtering again only when the filter changed, and then
    /// only the rows already shown when the new filter narrows the old one (a character typed at the prompt).
    func rows(_ key: PaneTableKey, filter: String, build: () -> PaneTable) -> [PaneRow] {
        if let entry = lock.withLock({ entries[key.pane] }), entry.key == key, entry.filter == filter {
            return entry.rows
        }
        let previous = lock.withLock { entries[key.pane] }
        let table = table(key, build: build)
        let ready = RowFilter(filter)
        let same = previous.flatMap { $0.key == key ? $0 : nil }
        let rows: [PaneRow]
        if ready.needle.isEmpty {
            rows = table.rows
        } else if let known = same?.recent.last(where: { $0.filter == filter }) {
            // A filter this table was filtered with a moment ago (Backspace back to it): the same rows.
            rows = known.rows
        } else if let same, ready.narrows(RowFilter(same.filter)) {
            // One more character typed: the rows it can match are among those the shorter filter kept.
            rows = same.rows.filter(ready.matches)
        } else {
            rows = table.rows.filter(ready.matches)
        }
        var entry = Entry(key: key, table: table, filter: filter, rows: rows)
        if let same {
            entry.recent = same.recent.filter { $0.filter != same.filter }
            entry.recent.append((same.filter, same.rows))
            entry.recent.removeFirst(max(0, entry.recent.count - Self.recentFilters))
        }
        lock.withLock { entries[key.pane] = entry }
        return rows
    }

    /// The table for `key` with every column (its `columnOffset` 0), built by `build` when its inputs changed.
    func unshifted(_ key: PaneTableKey, build: () -> PaneTable) -> PaneTable {
        if let cached = lock.withLock({ unshiftedTables[key.pane] }), cached.key == key { return cached.table }
        let table = build()
        lock.withLock { unshiftedTables[key.pane] = (key, table) }
        return table
    }

    /// The value of `slot` for the simulation at `mark`, computed by `compute` when the simulation moved on.
    func derived<Value: Sendable>(_ slot: DerivedSlot, _ mark: EngineMark, compute: () -> Value) -> Value {
        if let cached = lock.withLock({ derived[slot] }), cached.mark == mark, let value = cached.value as? Value {
            return value
        }
        let value = compute()
        lock.withLock { derived[slot] = (mark, value) }
        return value
    }
}
