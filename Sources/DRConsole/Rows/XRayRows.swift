import DRDomain
import DRSimulation
import TermUI

/// The x-ray: the selected hub as a tree of its projects and dependencies, each with region, zone, redundancy
/// and its effective state (simulated and live combined) with the source; the detail adds what the live data
/// says, the seed's service catalog entry for the kind and the conflicts between sources.
public enum XRayRows {
    /// The pane's table.
    public static func table(_ state: AppState) -> PaneTable {
        let columns = [Table.Column("Tree", width: .min(24)), Table.Column("Kind", width: .length(9)),
                       Table.Column("Where", width: .length(12)), Table.Column("Redundancy", width: .length(9)),
                       Table.Column("State", width: .length(6)), Table.Column("Source", width: .length(8)),
                       Table.Column("Why", width: .fill(1))]
        // The estate's index answers the same questions as the estate, by lookup instead of by scan.
        let estate = state.lookups.index
        guard let hubID = state.selectedHub, let hub = estate.hub(hubID) else {
            return PaneTable(columns: columns, rows: [PaneRow(id: "none", cells: [Table.Cell("no hub")])])
        }
        var rows: [PaneRow] = []
        func add(_ prefix: String, _ id: ResourceID, _ kind: String, _ place: String, _ redundancy: String) {
            let status = state.engine.status(of: id)
            let why = ([status?.servedFrom.map { "served from \($0)" }, status?.reason].compactMap { $0 }
                .filter { !$0.isEmpty } + [(status?.rules ?? []).map(\.rawValue).joined(separator: ",")])
                .filter { !$0.isEmpty }.joined(separator: "; ")
            let source = status?.source ?? []
            let cells = [Table.Cell(prefix + id), Table.Cell(kind), Table.Cell(place), Table.Cell(redundancy),
                         Badge.cell(status?.state, theme: state.theme),
                         Table.Cell(source.isEmpty ? "-" : source.label,
                                    style: state.theme.style(source.contains(.live) ? .bannerLive : .textDim)),
                         Table.Cell(why)]
            var detail = ["\(id) (\(kind)) in \(place), \(redundancy)",
                          "State: \(Badge.text(status?.state))" + (source.isEmpty ? "" : " (source: \(source.label))"), why]
            if let liveStatus = state.live?.status(of: id) {
                detail.append("Live data (Resource Health): \(liveStatus.stateText)\(liveStatus.summary.map { ": \($0)" } ?? "")")
            }
            if let line = ChildSoftDelete.line(for: id, state.lookups.index) { detail.append(line) }
            if let summary = state.lookups.summary(of: id) { detail += ServiceCatalogView.lines(for: summary.kind) }
            rows.append(PaneRow(id: "\(rows.count):\(id)", cells: cells, detail: detail, hub: hubID))
        }
        add("", hub.id, "hub", hub.region, hub.role.rawValue)
        var children: [(ResourceID, String, String, String, [(ResourceID, String, String, String)])] = []
        for project in estate.projects(on: hub.id) {
            let jobs = estate.jobs(of: project.id).map {
                ($0.id, "job", $0.compute ?? hub.region, "none")
            }
            children.append((project.id, "project", hub.region,
                             "\(project.posture.rawValue)\(project.critical ? " crit" : "")", jobs))
        }
        if let storage = estate.storage(hub.storage) {
            children.append((storage.id, "storage", storage.zone ?? storage.region, storage.redundancy.shortName, []))
        }
        if let vault = estate.keyVault(hub.keyVault) {
            children.append((vault.id, "keyVault", vault.region, vault.purgeProtection ? "zone+pair" : "zone+pair, no PP", []))
        }
        if let id = hub.containerRegistry, let registry = estate.registry(id) {
            let replicas = registry.replicas.isEmpty ? registry.sku.rawValue : "+" + registry.replicas.joined(separator: ",")
            children.append((registry.id, "registry", registry.region, replicas, []))
        }
        if let id = hub.appInsights, let insights = estate.appInsights(id) {
            children.append((insights.id, "appInsig", insights.region, "none", []))
        }
        for connection in estate.connections(of: hub.id) {
            let target = estate.region(of: connection.target) ?? "?"
            children.append((connection.id, "connect", "-> \(target)", connection.purpose,
                             [(connection.target, "target", target, "")]))
        }
        for compute in estate.computes(of: hub.id) {
            children.append((compute.id, compute.type.rawValue, compute.zone ?? hub.region, "none", []))
        }
        for (index, child) in children.enumerated() {
            let last = index == children.count - 1
            add(last ? "└─ " : "├─ ", child.0, child.1, child.2, child.3)
            for (subIndex, sub) in child.4.enumerated() {
                let subLast = subIndex == child.4.count - 1
                add((last ? "   " : "│  ") + (subLast ? "└─ " : "├─ "), sub.0, sub.1, sub.2, sub.3)
            }
        }
        return PaneTable(columns: columns, rows: rows)
    }
}
