import Foundation

/// What one export file holds, recognised and decoded on its own: the import decodes each file on whichever core
/// is free, then `ExportInventory` adds the files' contents in file order, so the result is the same as reading
/// them one after another.
struct ExportFileContents: Sendable {
    /// What the file is: its summary line (and a note when it holds part of a list), or why it was passed over.
    enum Verdict: Sendable {
        case read(summary: String, note: String?)
        case skipped(reason: String)
    }

    var file: String
    /// Secrets removed from the file before it was read.
    var dropped: [DroppedSecret]
    /// Resources in the order of their records (several records of one id merge in this order).
    var resources: [ResourceFacts] = []
    /// Regions from `list-locations`, in the order of their records.
    var locations: [LocationFacts] = []
    /// Items of types the estate has no place for, by type.
    var unknownTypes: [String: Int] = [:]
    /// Health items seen (read with `--health` instead).
    var healthItems = 0
    /// Problems of single records, worked around, in the order of the records.
    var warnings: [Diagnostic] = []
    var verdict: Verdict = .skipped(reason: "not an Azure export this import reads")

    /// Recognises and decodes each item of a document whose secrets `SecretScrubber.scrub` already removed.
    init(scrubbed document: ExportDocument, dropped: [DroppedSecret]) {
        file = document.file
        self.dropped = dropped
        let unwrapped = ExportEnvelope.unwrap(document.root)
        var counts: [String: Int] = [:]
        for (node, path) in unwrapped.items {
            let shape = ExportClassifier.classify(node)
            let reader = ItemReader(document: document, node: node, path: path)
            switch shape {
            case .resource(let id, let type):
                resources.append(Self.decodeResource(reader, id: id, type: type))
                counts[ExportInventory.label(type), default: 0] += 1
            case .location:
                if let facts = LocationDecoder.decode(reader) { locations.append(facts) }
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
            verdict = .skipped(reason: why)
            return
        }
        let parts = counts.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
        verdict = .read(
            summary: "\(unwrapped.wrapper): " + parts.joined(separator: ", "),
            note: unwrapped.incompleteNote.map { "\(document.file): \($0)" })
    }

    private static func decodeResource(_ reader: ItemReader, id: ArmID, type: String) -> ResourceFacts {
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
        return facts
    }
}
