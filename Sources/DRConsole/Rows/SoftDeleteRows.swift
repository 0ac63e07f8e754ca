import DRDomain
import DRSimulation
import Foundation
import TermUI

/// The soft-delete recovery pane: deleted resources, whether they can come back, a countdown to purge, purge
/// protection, the recovery order and the exact command.
public enum SoftDeleteRows {
    /// One deleted resource, from the estate (deleted before the snapshot) or the simulation (deleted since).
    struct Entry {
        var id: ResourceID
        var kind: ResourceKind
        var region: RegionName
        var deletedAt: Date
        var purgeAt: Date?
        var purgeProtection: Bool
        var resourceGroup: String?
        var recovered: Bool
        /// How recovery commands name it in Azure.
        var target: AzureTarget
        /// False when Azure gave no deletion date: `deletedAt` is then the latest it can have been.
        var deletionDateKnown = true
    }

    /// The order resources are recovered in (R10): credentials and data first, then what depends on them.
    static func order(_ kind: ResourceKind) -> Int {
        switch kind {
        case .keyVault, .storage: 1
        case .containerRegistry, .appInsights: 2
        case .aiServices: 3
        case .connection, .compute: 4
        case .hub, .project, .job: 5
        }
    }

    static func entries(_ state: AppState) -> [Entry] {
        let estate = state.estate
        let lookups = state.lookups
        // One pass over the timeline for every recovery, not one per deleted resource.
        var recovered = Set<String>()
        if !estate.deleted.isEmpty {
            for event in state.engine.events where event.kind == .outcome && event.detail.hasPrefix("recovered") {
                recovered.insert(event.target)
            }
        }
        var entries = estate.deleted.map {
            Entry(id: $0.id, kind: $0.kind, region: $0.region, deletedAt: $0.deletedAt, purgeAt: $0.effectivePurgeAt(),
                  purgeProtection: $0.purgeProtection, resourceGroup: $0.resourceGroup,
                  recovered: recovered.contains($0.id), target: lookups.targets.target($0.id),
                  deletionDateKnown: $0.deletionDateKnown)
        }
        let base = state.startTime
        // Resources deleted in the simulation are those with an active deletion fault that are still deleted.
        for (fault, since) in state.engine.activeFaults {
            guard case .resourceDeleted(let id) = fault, state.engine.status(of: id)?.state == .deleted,
                  let summary = lookups.summary(of: id) else { continue }
            let deletedAt = base.addingTimeInterval(since)
            let vault = lookups.index.keyVault(id)
            let window = SoftDeletePolicy.of(summary.kind).window(retentionDays: vault?.softDeleteRetentionDays)
            entries.append(Entry(
                id: id, kind: summary.kind, region: summary.region, deletedAt: deletedAt,
                purgeAt: window.map { deletedAt.addingTimeInterval($0) }, purgeProtection: vault?.purgeProtection ?? false,
                resourceGroup: lookups.resourceGroup(of: id), recovered: false, target: lookups.targets.target(id)))
        }
        return entries.sorted { (order($0.kind), $0.id) < (order($1.kind), $1.id) }
    }

    /// The pane's table at the console's wall clock.
    public static func table(_ state: AppState) -> PaneTable {
        let theme = state.theme
        let now = state.wallClock
        let columns = [
            Table.Column("Step", width: .length(4)), Table.Column("Resource", width: .min(18)),
            Table.Column("Kind", width: .length(10)), Table.Column("Left", width: .length(12)),
            Table.Column("Purge prot.", width: .length(11)), Table.Column("Recovery", width: .fill(1)),
        ]
        let rows = entries(state).map { entry -> PaneRow in
            let policy = SoftDeletePolicy.of(entry.kind)
            let left = entry.purgeAt.map { $0.timeIntervalSince(now) }
            let (leftText, role): (String, ThemeRole) = {
                if entry.recovered { return ("recovered", .statusOK) }
                guard policy.isSupported, let left else { return ("never", .countdownPurged) }
                if left <= 0 { return ("purged", .countdownPurged) }
                return (countdown(left), left < 86_400 ? .countdownClosing : .countdownOpen)
            }()
            let recoverable = policy.isSupported && (left ?? 0) > 0 && !entry.recovered
            let workspace = entry.kind == .hub || entry.kind == .project
            let how = entry.recovered ? "recovered"
                : workspace ? "sources disagree: unsupported (Foundry DR guidance) / 14 days (AML soft-delete page); recreate from infrastructure as code"
                : !policy.isSupported ? "unrecoverable (R9): recreate from infrastructure as code"
                : recoverable ? command(for: entry) : "purged (R9)"
            let statements = workspace
                ? ["Two statements, not settled here:"] + (ServiceCatalog.entry(for: entry.kind)?.conflicts ?? [])
                    .flatMap(\.positions).map { "  - " + $0 }
                    + ["The simulation follows the Foundry DR guidance (R9): a deleted hub or project is gone."]
                : []
            return PaneRow(
                id: entry.id,
                cells: [Table.Cell("\(order(entry.kind))"), Table.Cell(entry.id), Table.Cell(entry.kind.rawValue),
                        Table.Cell(leftText, style: theme.style(role)),
                        Table.Cell(entry.kind == .keyVault ? (entry.purgeProtection ? "on" : "OFF") : "-"),
                        Table.Cell(how)],
                detail: [
                    "\(entry.id): \(entry.kind.rawValue) in \(entry.region), deleted "
                        + (entry.deletionDateKnown
                            ? Timestamp.format(entry.deletedAt)
                            : "before \(Timestamp.format(entry.deletedAt)) (date unknown; countdown is an upper bound)"),
                    "Purge: \(entry.purgeAt.map(Timestamp.format) ?? "n/a") (\(leftText))",
                    "Policy (R9): \(policy.note)",
                    "Recovery order: step \(order(entry.kind)) (credentials and data first, R10)",
                    "Command: \(recoverable ? command(for: entry) : how)",
                ] + statements,
                command: recoverable && !command(for: entry).hasPrefix("portal:") ? command(for: entry) : nil)
        }
        return PaneTable(columns: columns, rows: rows)
    }

    /// `2d 4h 10m` or `11h 59m 30s`: a countdown with units that ticks with the clock.
    static func countdown(_ seconds: TimeInterval) -> String { Clock.duration(seconds) }

    /// The exact command an operator runs to recover an entry.
    static func command(for entry: Entry) -> String {
        switch entry.kind {
        case .keyVault: return AzureCLI.recoverVault(entry.target)
        case .aiServices: return AzureCLI.recoverAIServices(entry.target, location: entry.region)
        case .storage:
            return "portal: Storage accounts > Restore (\(entry.target.name)); no az command; 14 days, best effort"
        default: return "no soft delete for \(entry.kind.rawValue)"
        }
    }
}
