import DRDomain
import DRSimulation
import TermUI

/// The replication matrix: resources down one side, regions across; each cell says what is there and whether
/// it survives the current faults; gaps against the guidance are marked with their rule.
public enum ReplicationRows {
    /// The columns before the region columns: resource, kind, via, source.
    static let leadingColumns = 4

    /// The table of `full` (built with every region, `columnOffset` 0) with its region columns starting at
    /// `columnOffset`: the same table `table(state, columnOffset:)` builds, made by dropping cells instead of
    /// building every row again, so `h`/`l` at 10,000 rows costs a copy rather than a rebuild.
    public static func shifted(_ full: PaneTable, by columnOffset: Int) -> PaneTable {
        let regionCount = full.columns.count - leadingColumns - 1
        let drop = min(max(0, columnOffset), max(0, regionCount - 1))
        guard drop > 0 else { return full }
        func window<Element>(_ items: [Element]) -> [Element] {
            guard items.count == full.columns.count else { return items }
            var out = Array(items[..<leadingColumns])
            out.reserveCapacity(items.count - drop)
            out += items[(leadingColumns + drop)...]
            return out
        }
        var rows = full.rows
        for index in rows.indices { rows[index].cells = window(rows[index].cells) }
        return PaneTable(columns: window(full.columns), rows: rows)
    }

    /// What a resource has in one region.
    enum Copy: String {
        case primary = "PRI"
        case geoSecondary = "GEO"
        case pair = "PAIR"
        case replica = "REP"
        case none = "·"
    }

    /// The regions shown as columns.
    public static func regions(_ state: AppState) -> [RegionName] { state.lookups.usedRegions }

    /// What every row of one table build shares: computed once per build, not once per cell.
    private struct Context {
        var regions: [RegionName]
        /// The shown regions that are down under the active faults.
        var regionsDown: Set<RegionName>
        /// The cell of a region where the resource has nothing.
        var noneCell: Table.Cell

        init(_ state: AppState, regions: [RegionName]) {
            self.regions = regions
            regionsDown = Set(regions.filter { state.engine.regionState(of: $0).level == .down })
            noneCell = Table.Cell(Copy.none.rawValue, style: state.theme.style(.replicationNone))
        }
    }

    /// The pane's table, with region columns starting at `columnOffset`.
    public static func table(_ state: AppState, columnOffset: Int = 0) -> PaneTable {
        let estate = state.estate
        let allRegions = regions(state)
        let shown = Array(allRegions.dropFirst(min(max(0, columnOffset), max(0, allRegions.count - 1))))
        var columns = [Table.Column("Resource", width: .min(18)), Table.Column("Kind", width: .length(9)),
                       Table.Column("Via", width: .length(9)), Table.Column("Source", width: .length(8))]
        columns += shown.map { Table.Column($0, width: .length(max(10, $0.count))) }
        columns.append(Table.Column("Gaps", width: .fill(1)))
        let context = Context(state, regions: shown)
        var rows: [PaneRow] = []
        for account in estate.storageAccounts {
            let secondary = account.redundancy.isGeoRedundant
                ? (account.secondaryRegion ?? estate.regions.pair(of: account.region)) : nil
            rows.append(row(state, id: account.id, kind: "storage", via: account.redundancy.shortName, context: context,
                            copies: [account.region: .primary].merging(secondary.map { [$0: .geoSecondary] } ?? [:]) { a, _ in a },
                            extra: account.role == .hubDefault ? "hub default: failover unsupported (R3)" : nil))
        }
        for vault in estate.keyVaults {
            let region = estate.regions.region(named: vault.region)
            let pair = (region?.keyVaultReplicatesAcrossRegions ?? false) ? region?.pair : nil
            rows.append(row(state, id: vault.id, kind: "keyVault", via: "Microsoft", context: context,
                            copies: [vault.region: .primary].merging(pair.map { [$0: .pair] } ?? [:]) { a, _ in a }))
        }
        for registry in estate.containerRegistries {
            var copies: [RegionName: Copy] = [registry.region: .primary]
            for replica in registry.replicas where replica != registry.region { copies[replica] = .replica }
            rows.append(row(state, id: registry.id, kind: "registry", via: registry.sku.rawValue, context: context,
                            copies: copies))
        }
        for insights in estate.appInsights {
            rows.append(row(state, id: insights.id, kind: "appInsig", via: "you", context: context,
                            copies: [insights.region: .primary]))
        }
        for account in estate.aiServices {
            rows.append(row(state, id: account.id, kind: "aiServ", via: "you", context: context,
                            copies: [account.region: .primary]))
        }
        for hub in estate.hubs {
            rows.append(row(state, id: hub.id, kind: "hub", via: hub.role.rawValue, context: context,
                            copies: [hub.region: .primary], hub: hub.id))
        }
        return PaneTable(columns: columns, rows: rows)
    }

    private static func row(
        _ state: AppState, id: ResourceID, kind: String, via: String, context: Context,
        copies: [RegionName: Copy], extra: String? = nil, hub: ResourceID? = nil
    ) -> PaneRow {
        let theme = state.theme
        let status = state.engine.status(of: id)
        let served = status?.servedFrom
        let source = status?.source ?? []
        var cells = [Table.Cell(id), Table.Cell(kind), Table.Cell(via),
                     Table.Cell(source.isEmpty ? "-" : source.label,
                                style: theme.style(source.contains(.live) ? .bannerLive : .textDim))]
        cells.reserveCapacity(context.regions.count + 4)
        for region in context.regions {
            let copy = copies[region] ?? .none
            switch copy {
            case .none:
                cells.append(context.noneCell)
            case .primary:
                let state = served != nil && served != region ? ResourceState.unavailable : status?.state
                cells.append(Table.Cell("\(copy.rawValue) \(Badge.text(state))", style: theme.style(Badge.role(state))))
            default:
                let serving = served == region
                let regionDown = context.regionsDown.contains(region)
                let text = serving ? "\(copy.rawValue) \(Badge.text(status?.state))" : "\(copy.rawValue) \(regionDown ? "DOWN" : "ok")"
                let role: ThemeRole = serving ? Badge.role(status?.state) : regionDown ? .statusDown : .replicationReplica
                cells.append(Table.Cell(text, style: theme.style(role)))
            }
        }
        let findings = state.gaps[id] ?? []
        let rules = Array(Set(findings.map(\.rule))).sorted().map(\.rawValue)
        cells.append(Table.Cell(rules.isEmpty ? "" : "gap " + rules.joined(separator: ","),
                                style: rules.isEmpty ? .plain : theme.style(.replicationGap)))
        var detail = ["\(id) (\(kind), \(via))",
                      "State: \(Badge.text(status?.state))\(served.map { ", served from \($0)" } ?? "")"
                        + (source.isEmpty ? "" : " (source: \(source.label))")]
        if let reason = status?.reason, !reason.isEmpty { detail.append("Why: \(reason)") }
        if let extra { detail.append(extra) }
        if let line = ChildSoftDelete.line(for: id, state.lookups.index) { detail.append(line) }
        detail += copies.sorted { $0.key < $1.key }.map { "  \($0.key): \($0.value.rawValue)" }
        detail += findings.map { "Gap \($0.rule.rawValue) [\($0.severity.rawValue)]: \($0.message)" }
        return PaneRow(id: id, cells: cells, detail: detail, hub: hub)
    }
}
