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

    /// All resources of a type, sorted by name then id for determinism.
    func resources(ofType type: String) -> [ResourceFacts] {
        resources.values.filter { $0.type == type }.sorted { ($0.name, $0.id.key) < ($1.name, $1.id.key) }
    }

    /// The resource with this id, compared case-insensitively.
    func resource(_ id: ArmID) -> ResourceFacts? { resources[id.key] }

    mutating func skip(file: String, reason: String) { skippedFiles.append((file, reason)) }

    mutating func fail(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    /// Reads one parsed file: removes its secrets, then recognises and decodes each item.
    mutating func add(_ raw: ExportDocument) {
        let (document, dropped) = SecretScrubber.scrub(raw)
        add(scrubbed: document, dropped: dropped)
    }

    /// Reads one parsed file whose secrets `SecretScrubber.scrub` already removed (on another core).
    mutating func add(scrubbed document: ExportDocument, dropped: [DroppedSecret]) {
        secrets += dropped
        let unwrapped = ExportEnvelope.unwrap(document.root)
        var counts: [String: Int] = [:]
        for (node, path) in unwrapped.items {
            let shape = ExportClassifier.classify(node)
            let reader = ItemReader(document: document, node: node, path: path)
            switch shape {
            case .resource(let id, let type):
                decodeResource(reader, id: id, type: type)
                counts[Self.label(type), default: 0] += 1
            case .location:
                if let facts = LocationDecoder.decode(reader) {
                    locations[facts.name] = facts
                    if let mappings = facts.zoneMappings, let subscription = facts.subscription?.lowercased() {
                        for mapping in mappings {
                            zoneMappings[subscription, default: [:]][facts.name, default: [:]][mapping.logical] =
                                mapping.physical
                        }
                    }
                }
                counts["regions", default: 0] += 1
            case .health:
                healthItems += 1
                counts["health records (use --health)", default: 0] += 1
            case .unknownType(let type):
                unknownTypes[type, default: 0] += 1
                counts["other types", default: 0] += 1
            case .unrecognised:
                if !node.isObject, !node.isNull {
                    reader.problem(
                        "\(path): expected an object, found \(node.kindDescription); the item is skipped", at: node)
                }
                counts["unrecognised items", default: 0] += 1
            }
            warnings += reader.diagnostics
        }
        let recognised = counts.filter { $0.key != "unrecognised items" }.values.reduce(0, +)
        if recognised == 0 {
            let why =
                unwrapped.items.isEmpty && document.root.array != nil
                ? "an empty list" : "not an Azure export this import reads"
            skippedFiles.append((document.file, why))
            return
        }
        let parts = counts.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
        fileSummaries.append((document.file, "\(unwrapped.wrapper): " + parts.joined(separator: ", ")))
        if let note = unwrapped.incompleteNote { notes.append("\(document.file): \(note)") }
    }

    private mutating func decodeResource(_ reader: ItemReader, id: ArmID, type: String) {
        var facts = ResourceDecoder.decode(reader, id: id, type: type)
        switch type {
        case ArmType.workspace: WorkspaceDecoder.decode(reader, into: &facts)
        case ArmType.storage: StorageDecoder.decode(reader, into: &facts)
        case ArmType.blobService: StorageDecoder.decodeBlobService(reader, into: &facts)
        case ArmType.keyVault: KeyVaultDecoder.decode(reader, into: &facts)
        case ArmType.registry, ArmType.replication: RegistryDecoder.decode(reader, into: &facts)
        case ArmType.compute: ComputeDecoder.decode(reader, into: &facts)
        case ArmType.connection: ConnectionDecoder.decode(reader, into: &facts)
        case ArmType.deletedVault, ArmType.deletedAccount, ArmType.deletedStorage:
            DeletedResourceDecoder.decode(reader, into: &facts)
        default: break
        }
        if var existing = resources[id.key] {
            existing.merge(facts)
            resources[id.key] = existing
        } else {
            resources[id.key] = facts
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
