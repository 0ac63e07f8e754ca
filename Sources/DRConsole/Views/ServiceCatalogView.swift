import DRDomain

/// The guidance's service tables (`ServiceCatalog`) as text: the whole catalog for its overlay (`c`), and one
/// kind's entry for the x-ray detail; conflicts between sources are shown as two statements, never settled.
enum ServiceCatalogView {
    /// The overlay: every entry, then every conflict.
    static func overlayLines() -> [String] {
        var lines = ["Who manages each service, whether it is highly available by default, who geo-replicates it",
                     "and how (the Foundry hub HA/DR guidance's tables), with soft delete and sources.", ""]
        for entry in ServiceCatalog.entries {
            lines += entryLines(entry)
            lines.append("")
        }
        lines.append("Where sources disagree (both statements shown; the simulation's choice is in docs/model.md):")
        for (entry, conflict) in ServiceCatalog.conflicts {
            lines.append("  \(conflict.topic) (\(entry)):")
            lines += conflict.positions.map { "    - \($0)" }
        }
        return lines
    }

    /// The entry of a resource kind, for the x-ray detail.
    static func lines(for kind: ResourceKind) -> [String] {
        guard let entry = ServiceCatalog.entry(for: kind) else { return [] }
        var lines = ["Service catalog:"] + entryLines(entry).map { "  " + $0 }
        for conflict in entry.conflicts {
            lines.append("  Sources disagree on \(conflict.topic.lowercased()):")
            lines += conflict.positions.map { "    - \($0)" }
        }
        return lines
    }

    private static func entryLines(_ entry: ServiceCatalogEntry) -> [String] {
        ["\(entry.name): managed by \(entry.managedBy.rawValue); highly available by default: "
            + "\(entry.highlyAvailableByDefault.rawValue); geo-replicated by \(entry.geoReplicatedBy.rawValue)",
         "  Configuration (the guidance): \(entry.configuration)",
         "  Soft delete: \(entry.softDelete.note)",
         "  Source: \(entry.source)"]
    }
}
