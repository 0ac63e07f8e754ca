import DRDomain
import DRImport
import DRSimulation
import Foundation
import TermUI

/// The region-health pane's rows: every region the estate uses, its effective state (simulated and live
/// combined, from the engine) with its source, its zones and what runs there; then what live data holds that
/// drives no region (records of resources outside the estate) and every problem found in the health files.
public enum RegionHealthRows {
    /// A region's effective health, from the engine (simulated faults and live data combined).
    public static func health(of region: RegionName, in state: AppState) -> RegionHealth {
        RegionHealth(state.engine.regionState(of: region).level)
    }

    /// A region's badge with its source, for the map and the summary strip: `DOWN sim`, `DEGR live`, `OK`.
    public static func label(of region: RegionName, in state: AppState) -> String {
        let regionState = state.engine.regionState(of: region)
        let badge = RegionHealth(regionState.level).badge
        return regionState.source.isEmpty ? badge : "\(badge) \(regionState.source.label)"
    }

    /// What runs in one region and how it fares: a pass over every resource, so computed once per simulation
    /// change and shared by the table builds in between (the table itself moves with the clock while faults
    /// are active, for its "since" column).
    struct RegionFacts: Sendable {
        var resources = 0
        var hit = 0
        /// One detail line per resource, in the estate's order.
        var lines: [String] = []

        /// The facts of every region with resources, from one pass over the simulation's snapshot.
        static func all(_ state: AppState) -> [RegionName: RegionFacts] {
            var facts: [RegionName: RegionFacts] = [:]
            for resource in state.engine.snapshot {
                let status = resource.status
                // Badges are ASCII and at most 6 wide: padded in Swift, without bridging to NSString per line.
                let badge = Badge.text(status.state)
                let padded = badge + String(repeating: " ", count: max(0, 6 - badge.utf8.count))
                let source = status.source.isEmpty ? "" : " [\(status.source.label)]"
                facts[resource.region, default: RegionFacts()].add(
                    "  \(padded) \(resource.kind.rawValue) \(resource.id)\(source)\(status.reason.isEmpty ? "" : ": \(status.reason)")",
                    isHit: status.state != .available)
            }
            return facts
        }

        private mutating func add(_ line: String, isHit: Bool) {
            resources += 1
            if isHit { hit += 1 }
            lines.append(line)
        }
    }

    /// The pane's table, given the facts of every region (`RegionFacts.all`, memoised by the caller).
    static func table(_ state: AppState, facts: [RegionName: RegionFacts]) -> PaneTable {
        let theme = state.theme
        let columns = [Table.Column("Region", width: .min(14)), Table.Column("State", width: .length(6)),
                       Table.Column("Source", width: .length(8)), Table.Column("Zones", width: .length(10)),
                       Table.Column("Res", width: .length(4), alignment: .trailing),
                       Table.Column("Hit", width: .length(4), alignment: .trailing), Table.Column("Since", width: .length(8)),
                       Table.Column("Pair", width: .fill(1))]
        var rows = state.lookups.usedRegions.map { name -> PaneRow in
            let region = state.estate.regions.region(named: name)
            let regionState = state.engine.regionState(of: name)
            let health = RegionHealth(regionState.level)
            let here = facts[name] ?? RegionFacts()
            let zones = region.map {
                $0.zones.isEmpty ? "none" : "\($0.zones.count)" + (regionState.zonesDown.isEmpty ? "" : " (\(regionState.zonesDown.count) down)")
            } ?? "?"
            // When the region entered its state (the outage's start), not its last change.
            let start = regionState.causes.filter { $0.level == regionState.level }.compactMap(\.since).min()
                ?? (regionState.level > .healthy ? regionState.since : nil)
            let since = start.map { "T+" + Clock.minutes($0) } ?? "-"
            var detail = ["\(region?.displayName ?? name) (\(name)), \(region?.geography ?? "unknown geography")",
                          "State: \(health.badge) (\(regionState.source.isEmpty ? "no fault, no live issue" : regionState.source.label))"
                            + "   simulated: \(RegionHealth(regionState.simulated).badge)"
                            + "   live: \(regionState.live.map { RegionHealth($0).badge } ?? "no live data")",
                          "Pair: \(region?.pair ?? "none")   zones: \(region?.zones.joined(separator: ", ") ?? "?")"]
            if let start {
                detail.append("Since: T+\(Clock.format(start)), \(Clock.duration(state.engine.now - start)) ago")
            }
            detail += regionState.causes.map { cause in
                let what = cause.source == .live ? "Live data" : "Simulated fault"
                return "\(what): \(cause.text)" + (cause.rule.map { " (\($0.rawValue))" } ?? "")
            }
            if let live = state.live {
                detail += live.snapshot.activeEvents(in: name).map { "Live data: " + live.line($0) }
                detail += live.eventsForOtherServices(in: name).map {
                    "Live data, not the estate's services (drives no state): \($0.trackingID) "
                        + $0.activeServices(in: name).joined(separator: ", ")
                }
            }
            let cells = [Table.Cell(name), Table.Cell(health.badge, style: theme.style(health.role)),
                         Table.Cell(regionState.source.isEmpty ? "-" : regionState.source.label,
                                    style: theme.style(regionState.source.contains(.live) ? .bannerLive : .textDim)),
                         Table.Cell(zones), Table.Cell("\(here.resources)"),
                         Table.Cell("\(here.hit)", style: here.hit == 0 ? .plain : theme.style(.statusDegraded)),
                         Table.Cell(since), Table.Cell(region?.pair ?? "none")]
            detail += here.lines
            return PaneRow(id: name, cells: cells, detail: detail)
        }
        if let live = state.live { rows += liveRows(live, state) }
        return PaneTable(columns: columns, rows: rows)
    }

    /// Records of resources outside the estate (listed, driving no region) and the problems in the health files.
    private static func liveRows(_ live: LiveHealth, _ state: AppState) -> [PaneRow] {
        let theme = state.theme
        var rows = live.recordsOutsideEstate.map { record -> PaneRow in
            let badge = LiveHealth.badge(record.state)
            return PaneRow(
                id: "live-other:\(record.resourceID)",
                cells: [Table.Cell(record.region ?? "?"), Table.Cell(Badge.text(nil), style: theme.style(.textDim)),
                        Table.Cell("live", style: theme.style(.bannerLive)), Table.Cell("-"), Table.Cell(""),
                        Table.Cell(""), Table.Cell("-"),
                        Table.Cell("not in the estate: \(record.resourceName) \(badge)", style: theme.style(.textDim))],
                detail: ["Resource Health record of a resource the estate does not know: \(record.resourceName)",
                         "Id: \(record.resourceID)", "Type: \(record.resourceType ?? "unknown")",
                         "State: \(record.stateText)\(record.summary.map { ": \($0)" } ?? "")",
                         "It drives no region's state: only the estate's resources and Service Health events for "
                            + "the estate's services do.", "File: \(record.file)"])
        }
        rows += live.problems.enumerated().map { index, problem in
            PaneRow(
                id: "live-problem:\(index)",
                cells: [Table.Cell("(health file)"), Table.Cell("!", style: theme.style(.statusDegraded)),
                        Table.Cell("live", style: theme.style(.bannerLive)), Table.Cell("-"), Table.Cell(""),
                        Table.Cell(""), Table.Cell("-"), Table.Cell("problem \(index + 1): \(problem)")],
                detail: ["Problem \(index + 1) of \(live.problems.count) in the health files:", problem])
        }
        return rows
    }
}

extension RegionHealth {
    /// The console's health of an engine region level.
    init(_ level: RegionState.Level) {
        switch level {
        case .healthy: self = .healthy
        case .degraded: self = .degraded
        case .down: self = .outage
        }
    }
}
