import DRDomain
import DRSimulation
import Foundation
import TermUI

/// The region-health pane's rows: every region the estate uses, its zones, state and what runs there.
public enum RegionHealthRows {
    /// The health of a region under the active faults.
    public static func health(of region: RegionName, faults: [Fault: TimeInterval]) -> RegionHealth {
        var health = RegionHealth.healthy
        for fault in faults.keys {
            switch fault {
            case .regionOutage(let name) where name == region: return .outage
            case .zoneOutage(let zone) where zone.hasPrefix(region + "-"): health = .degraded
            case .serviceOutage(_, let name) where name == region: health = .degraded
            default: break
            }
        }
        return health
    }

    /// When the region's current trouble started (the earliest active fault touching it).
    static func since(_ region: RegionName, faults: [Fault: TimeInterval]) -> TimeInterval? {
        faults.filter { touches($0.key, region) }.map(\.value).min()
    }

    static func touches(_ fault: Fault, _ region: RegionName) -> Bool {
        switch fault {
        case .regionOutage(let name), .serviceOutage(_, let name), .readinessGap(_, let name): name == region
        case .zoneOutage(let zone): zone.hasPrefix(region + "-")
        default: false
        }
    }

    /// The pane's table.
    public static func table(_ state: AppState) -> PaneTable {
        let theme = state.theme
        let snapshot = state.engine.snapshot
        let faults = state.engine.activeFaults
        let columns = [
            Table.Column("Region", width: .min(14)), Table.Column("State", width: .length(6)),
            Table.Column("Zones", width: .length(12)), Table.Column("Res", width: .length(4), alignment: .trailing),
            Table.Column("Hit", width: .length(4), alignment: .trailing), Table.Column("Since", width: .length(8)),
            Table.Column("Pair", width: .fill(1)),
        ]
        let rows = state.estate.usedRegions.map { name -> PaneRow in
            let region = state.estate.regions.region(named: name)
            let health = health(of: name, faults: faults)
            let here = snapshot.filter { $0.region == name }
            let hit = here.filter { $0.status.state != .available }
            let downZones = (region?.zones ?? []).filter { faults[.zoneOutage($0)] != nil }
            let zones = region.map { $0.zones.isEmpty ? "none" : "\($0.zones.count)" + (downZones.isEmpty ? "" : " (\(downZones.count) down)") } ?? "?"
            let since = since(name, faults: faults).map { "T+" + Clock.format(state.engine.now - $0) } ?? "-"
            var detail = ["\(region?.displayName ?? name) (\(name)), \(region?.geography ?? "unknown geography")",
                          "State: \(health.badge)   pair: \(region?.pair ?? "none")   zones: \(region?.zones.joined(separator: ", ") ?? "?")"]
            detail += faults.keys.filter { touches($0, name) }.sorted().map { "Fault: \($0.summary) (\($0.rule.rawValue))" }
            detail += here.map { "  \(Badge.text($0.status.state).padding(toLength: 6, withPad: " ", startingAt: 0)) \($0.kind.rawValue) \($0.id)\($0.status.reason.isEmpty ? "" : ": \($0.status.reason)")" }
            return PaneRow(
                id: name,
                cells: [Table.Cell(name), Table.Cell(health.badge, style: theme.style(health.role)), Table.Cell(zones),
                        Table.Cell("\(here.count)"),
                        Table.Cell("\(hit.count)", style: hit.isEmpty ? .plain : theme.style(.statusDegraded)),
                        Table.Cell(since), Table.Cell(region?.pair ?? "none")],
                detail: detail)
        }
        return PaneTable(columns: columns, rows: rows)
    }
}

/// Formats virtual-clock offsets.
public enum Clock {
    /// `hh:mm:ss` (hours may exceed 24).
    public static func format(_ seconds: TimeInterval) -> String {
        let total = max(0, Int(seconds.rounded(.down)))
        return String(format: "%02d:%02d:%02d", total / 3_600, (total % 3_600) / 60, total % 60)
    }
}
