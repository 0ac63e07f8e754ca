import DRDomain
import TermUI

/// One pane: a bordered block titled with its number, and its table (the region-health pane also draws the
/// world map when there is room).
enum PaneView {
    static func render(_ pane: PaneID, _ state: AppState, _ tables: PaneTables, in area: Rect, buffer: inout Buffer) {
        let theme = state.theme
        let focused = state.focus == pane
        let filter = state.filters[pane].map { " [/\($0)]" } ?? ""
        let block = Block(
            title: " \(pane.rawValue) \(pane.title)\(subtitle(pane, state))\(filter) ", isFocused: focused,
            borderSet: .rounded,
            styles: Block.Styles(border: theme.style(.paneBorder), focusedBorder: theme.style(.paneBorderFocused),
                                 title: theme.style(.paneTitle), focusedTitle: theme.style(.paneTitleFocused)))
        block.render(in: area, buffer: &buffer)
        let body = Viewport.body(of: area)
        guard !body.isEmpty else { return }
        let (map, inner) = Viewport.split(pane, body: body)
        if let map { WorldMapView.render(state, in: map, buffer: &buffer) }
        let rows = tables.visibleRows(pane, state)
        if rows.isEmpty {
            let message = state.filters[pane] == nil ? emptyMessage(pane, state) : "no rows match the filter"
            buffer.put(message, at: inner.origin, style: theme.style(.textDim), maxWidth: inner.width)
            return
        }
        var widget = Table(
            columns: tables.table(pane, state).columns, rows: [], headerStyle: theme.style(.tableHeader),
            selectionStyle: focused ? theme.style(.tableSelected) : .plain,
            highlightSymbol: focused ? "▶" : " ")
        let window = TableWindow(state.selection(pane, in: rows), rowCount: rows.count, visibleRows: widget.visibleRowCount(in: inner))
        let columns = widget.columns
        if state.paneZoomed, pane != .replication {
            let marker = widget.highlightSymbol?.displayWidth ?? 0
            widget.columns = LongColumns.fitted(columns, rows, width: inner.width - marker, spacing: widget.columnSpacing)
        }
        let shift = pane == .replication ? 0 : state.columnOffsets[pane] ?? 0
        widget.rows = rows[window.range].map { Table.Row(LongColumns.shifted($0.cells, columns, by: shift), style: $0.style) }
        widget.state = window.relativeState
        widget.render(in: inner, buffer: &buffer)
    }

    private static func subtitle(_ pane: PaneID, _ state: AppState) -> String {
        switch pane {
        case .failover, .xray: (state.selectedHub.map { ": \($0)" } ?? "") + LongColumns.marker(pane, state)
        case .timeline: " (\(state.engine.events.count)\(unseen(state)))\(LongColumns.marker(pane, state))"
        case .softDelete: " (Step: recovery order, R10)\(LongColumns.marker(pane, state))"
        default: ""
        }
    }

    /// ", 3 new: G follows" when the operator moved away from the newest event and more came since.
    private static func unseen(_ state: AppState) -> String {
        guard let seen = state.timelineSeen, state.engine.events.count > seen else { return "" }
        return ", \(state.engine.events.count - seen) new: \(state.keyMap.shortestKey(.bottom)) follows"
    }

    private static func emptyMessage(_ pane: PaneID, _ state: AppState) -> String {
        switch pane {
        case .softDelete: "nothing deleted"
        case .timeline: TimelineRows.emptyHint(state)
        default: "nothing to show"
        }
    }
}

/// The world map of the region-health pane: regions placed by coordinates, coloured and badged by state.
enum WorldMapView {
    static func render(_ state: AppState, in area: Rect, buffer: inout Buffer) {
        let theme = state.theme
        let markers = state.lookups.usedRegions.compactMap { name -> MapMarker? in
            guard let region = state.estate.regions.region(named: name), let lat = region.latitude,
                  let lon = region.longitude else { return nil }
            let style = theme.style(RegionHealthRows.health(of: name, in: state).role)
            let label = "\(name) \(RegionHealthRows.label(of: name, in: state))"
            return MapMarker(longitude: lon, latitude: lat, symbol: "●", label: label, style: style, labelStyle: style)
        }
        let map = MapCanvas(land: WorldMap.landMask, markers: markers, viewport: viewport(for: state),
                            landRendering: .braille, landStyle: theme.style(.mapLand))
        map.render(in: area, buffer: &buffer)
    }

    /// The world, trimmed of the polar regions where no Azure region is.
    static let world = MapViewport(minLongitude: -170, maxLongitude: 180, minLatitude: -56, maxLatitude: 75)

    /// The estate's regions with a margin (at least 70 by 35 degrees, so a pair of neighbouring regions is still
    /// shown in its geography), or the whole world when `z` asked for it or no region has coordinates.
    static func viewport(for state: AppState) -> MapViewport {
        guard !state.mapShowsWorld else { return world }
        let points = state.lookups.usedRegions.compactMap { name -> (Double, Double)? in
            guard let region = state.estate.regions.region(named: name), let lat = region.latitude,
                  let lon = region.longitude else { return nil }
            return (lon, lat)
        }
        guard let minLon = points.map(\.0).min(), let maxLon = points.map(\.0).max(),
              let minLat = points.map(\.1).min(), let maxLat = points.map(\.1).max() else { return world }
        func span(_ low: Double, _ high: Double, margin: Double, least: Double, limit: ClosedRange<Double>) -> (Double, Double) {
            let width = max(high - low + 2 * margin, least)
            let centre = (low + high) / 2
            var lower = centre - width / 2
            var upper = centre + width / 2
            if lower < limit.lowerBound { upper += limit.lowerBound - lower; lower = limit.lowerBound }
            if upper > limit.upperBound { lower -= upper - limit.upperBound; upper = limit.upperBound }
            return (max(limit.lowerBound, lower), min(limit.upperBound, upper))
        }
        let (west, east) = span(minLon, maxLon, margin: 15, least: 70, limit: -180...180)
        let (south, north) = span(minLat, maxLat, margin: 10, least: 35, limit: -85...85)
        return MapViewport(minLongitude: west, maxLongitude: east, minLatitude: south, maxLatitude: north)
    }
}
