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
                facts[resource.region, default: RegionFacts()].add(
                    "  \(padded) \(resource.kind.rawValue) \(resource.id)\(status.reason.isEmpty ? "" : ": \(status.reason)")",
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
        let faults = state.engine.activeFaults
        let hasLive = state.live != nil
        let columns = [Table.Column("Region", width: .min(14)), Table.Column("State", width: .length(6))]
            + (hasLive ? [Table.Column("Live data", width: .length(9))] : [])
            + [Table.Column("Zones", width: .length(hasLive ? 9 : 12)),
               Table.Column("Res", width: .length(4), alignment: .trailing),
               Table.Column("Hit", width: .length(4), alignment: .trailing), Table.Column("Since", width: .length(8)),
               Table.Column("Pair", width: .fill(1))]
        let rows = state.lookups.usedRegions.map { name -> PaneRow in
            let region = state.estate.regions.region(named: name)
            let health = health(of: name, faults: faults)
            let here = facts[name] ?? RegionFacts()
            let downZones = (region?.zones ?? []).filter { faults[.zoneOutage($0)] != nil }
            let zones = region.map { $0.zones.isEmpty ? "none" : "\($0.zones.count)" + (downZones.isEmpty ? "" : " (\(downZones.count) down)") } ?? "?"
            let since = since(name, faults: faults).map { "T+" + Clock.format(state.engine.now - $0) } ?? "-"
            var detail = ["\(region?.displayName ?? name) (\(name)), \(region?.geography ?? "unknown geography")",
                          "State: \(health.badge)   pair: \(region?.pair ?? "none")   zones: \(region?.zones.joined(separator: ", ") ?? "?")"]
            detail += faults.keys.filter { touches($0, name) }.sorted().map { "Simulated fault: \($0.summary) (\($0.rule.rawValue))" }
            var cells = [Table.Cell(name), Table.Cell(health.badge, style: theme.style(health.role))]
            if let live = state.live {
                let liveHealth = live.health(of: name)
                cells.append(Table.Cell(liveHealth.map { "LIVE \($0.badge)" } ?? "LIVE -",
                                        style: theme.style(liveHealth?.role ?? .textDim)))
                let services = live.services(in: name)
                if !services.isEmpty { detail.append("Live data: services with active events: " + services.joined(separator: ", ")) }
                detail += live.snapshot.activeEvents(in: name).map {
                    "Live data (Service Health \($0.trackingID)): \($0.title ?? $0.eventType ?? "event"), \($0.status ?? "active")"
                }
                detail += live.snapshot.resourceStatuses.filter { $0.region == name && $0.state != .available }.map {
                    "Live data (Resource Health): \($0.resourceName) \($0.state.rawValue)\($0.summary.map { ": \($0)" } ?? "")"
                }
            }
            cells += [Table.Cell(zones), Table.Cell("\(here.resources)"),
                      Table.Cell("\(here.hit)", style: here.hit == 0 ? .plain : theme.style(.statusDegraded)),
                      Table.Cell(since), Table.Cell(region?.pair ?? "none")]
            detail += here.lines
            return PaneRow(id: name, cells: cells, detail: detail)
        }
        return PaneTable(columns: columns, rows: rows)
    }
}
