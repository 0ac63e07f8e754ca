import Foundation

/// Everything read from a set of export files, before it becomes an estate.
struct ExportInventory {
    /// Resources by ARM key (lowercased id), merged across files.
    private(set) var resources: [String: ResourceFacts] = [:]
    /// Regions from `list-locations`, by programmatic name.
    private(set) var locations: [String: LocationFacts] = [:]
    /// Physical zones by subscription, region and logical zone (mappings differ between subscriptions).
    private(set) var zoneMappings: [String: [String: [String: String]]] = [:]
    /// Items of types the estate has no place for, by type.
    private(set) var unknownTypes: [String: Int] = [:]
    /// One line per file read: what it was recognised as.
    private(set) var fileSummaries: [(file: String, summary: String)] = []
    /// Files passed over, with why.
    private(set) var skippedFiles: [(file: String, reason: String)] = []
    /// Notes about files (a page of a longer list, a truncated Resource Graph result).
    private(set) var notes: [String] = []
    /// Health items seen in estate exports (read with `--health` instead).
    private(set) var healthItems = 0
    /// Problems that stop the import: files that cannot be read as JSON at all.
    private(set) var diagnostics: [Diagnostic] = []
    /// Problems of single records, worked around: a field of the wrong type is ignored, an item that is not
    /// an object is skipped. `--strict` treats them as errors.
    private(set) var warnings: [Diagnostic] = []
    private(set) var secrets: [DroppedSecret] = []

    /// The resources grouped by type, each group sorted by name then id for determinism: one pass over the
    /// resources, and the sort compares names taken once rather than copying whole records on every request.
    func resourcesByType() -> [String: [ResourceFacts]] {
        var groups: [String: [(name: String, key: String)]] = [:]
        for (key, facts) in resources { groups[facts.type, default: []].append((facts.name, key)) }
        return groups.mapValues { entries in
            entries.sorted { ($0.name, $0.key) < ($1.name, $1.key) }.compactMap { resources[$0.key] }
        }
    }

    /// The resource with this id, compared case-insensitively.
    func resource(_ id: ArmID) -> ResourceFacts? { resources[id.key] }

    mutating func skip(file: String, reason: String) { skippedFiles.append((file, reason)) }

    mutating func fail(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    /// Adds what one file holds, decoded on its own (on another core); files are added in file order.
    mutating func add(_ contents: ExportFileContents) {
        secrets += contents.dropped
        for facts in contents.resources {
            if var existing = resources[facts.id.key] {
                existing.merge(facts)
                resources[facts.id.key] = existing
            } else {
                resources[facts.id.key] = facts
            }
        }
        for facts in contents.locations {
            locations[facts.name] = facts
            if let mappings = facts.zoneMappings, let subscription = facts.subscription?.lowercased() {
                for mapping in mappings {
                    zoneMappings[subscription, default: [:]][facts.name, default: [:]][mapping.logical] =
                        mapping.physical
                }
            }
        }
        unknownTypes.merge(contents.unknownTypes) { $0 + $1 }
        healthItems += contents.healthItems
        warnings += contents.warnings
        switch contents.verdict {
        case .skipped(let reason): skippedFiles.append((contents.file, reason))
        case .read(let summary, let note):
            fileSummaries.append((contents.file, summary))
            if let note { notes.append(note) }
        }
    }

    /// A short plural label for a type, for file summaries.
    static func label(_ type: String) -> String {
        switch type {
        case ArmType.workspace: "workspaces"
        case ArmType.compute: "computes"
        case ArmType.connection: "connections"
        case ArmType.storage: "storage accounts"
        case ArmType.blobService: "blob services"
        case ArmType.keyVault: "key vaults"
        case ArmType.registry: "container registries"
        case ArmType.replication: "registry replications"
        case ArmType.appInsights: "Application Insights components"
        case ArmType.cognitive: "AI Services accounts"
        case ArmType.deletedVault: "deleted key vaults"
        case ArmType.deletedAccount: "deleted AI Services accounts"
        case ArmType.deletedStorage: "deleted storage accounts"
        default: type
        }
    }
}
