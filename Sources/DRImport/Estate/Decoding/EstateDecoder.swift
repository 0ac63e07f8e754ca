import DRDomain
import Foundation

/// Reads an estate document into an `EstateDraft`, reporting wrong types, bad values and unknown keys.
///
/// Decoding reads each field for itself: a bad field is reported and the rest of the item is still read, so
/// every problem of the file comes out in one pass. Cross-references are left to the checks.
struct EstateDecoder {
    let reader: YAMLReader

    /// Decodes the whole document.
    func decode() -> EstateDraft {
        var draft = EstateDraft()
        guard case .mapping = reader.root else {
            reader.error(
                "an estate file is a mapping with keys such as name, hubs and storageAccounts; "
                    + "found \(reader.root.kindDescription) at the top level",
                at: reader.root)
            return draft
        }
        guard let root = reader.mapping(reader.root, context: "the estate", keys: EstateKeys.root) else { return draft }
        if let name = root.string("name", required: true) {
            draft.name = Located(value: name, position: root.valuePosition("name"), fields: [:])
        }
        draft.snapshotTime = root.timestamp("snapshotTime")
        if let objectives = root.mapping("objectives", context: "objectives", keys: EstateKeys.objectives) {
            draft.objectives = decodeObjectives(objectives)
        }
        draft.regionDefinitions = items(root, "regions", context: "region", keys: EstateKeys.region, decodeRegion)
        draft.hubs = items(root, "hubs", context: "hub", keys: EstateKeys.hub, decodeHub)
        draft.projects = items(root, "projects", context: "project", keys: EstateKeys.project, decodeProject)
        draft.storageAccounts = items(
            root, "storageAccounts", context: "storage account", keys: EstateKeys.storage, decodeStorage)
        draft.keyVaults = items(root, "keyVaults", context: "key vault", keys: EstateKeys.keyVault, decodeKeyVault)
        draft.containerRegistries = items(
            root, "containerRegistries", context: "container registry", keys: EstateKeys.containerRegistry,
            decodeRegistry)
        draft.appInsights = items(
            root, "appInsights", context: "Application Insights component", keys: EstateKeys.appInsights,
            decodeAppInsights)
        draft.aiServices = items(
            root, "aiServices", context: "AI Services account", keys: EstateKeys.aiServices, decodeAIServices)
        draft.connections = items(
            root, "connections", context: "connection", keys: EstateKeys.connection, decodeConnection)
        draft.computes = items(root, "compute", context: "compute", keys: EstateKeys.compute, decodeCompute)
        draft.jobs = items(root, "jobs", context: "job", keys: EstateKeys.job, decodeJob)
        draft.deleted = items(root, "deleted", context: "deleted resource", keys: EstateKeys.deleted, decodeDeleted)
        draft.readiness = decodeReadiness(root)
        return draft
    }

    /// Decodes each mapping of a list-valued section; items without a readable id are dropped after being read.
    private func items<Value>(
        _ root: MappingReader, _ key: String, context: String, keys: [String],
        _ decode: (MappingReader) -> Located<Value>?
    ) -> [Located<Value>] {
        guard let nodes = root.list(key) else { return [] }
        return nodes.compactMap { node in
            reader.mapping(node, context: context, keys: keys, what: "item of '\(key)'").flatMap(decode)
        }
    }

    /// A located value with the positions of every key the mapping holds.
    func located<Value>(_ value: Value, _ mapping: MappingReader, invalid: Set<String>) -> Located<Value> {
        var fields: [String: SourcePosition] = [:]
        for key in mapping.keys { fields[key] = mapping.valuePosition(key) }
        return Located(value: value, position: mapping.position, fields: fields, invalid: invalid)
    }

    /// Reads the `id` and names the mapping after it, so later messages say which item they are about.
    func identify(_ mapping: MappingReader) -> ResourceID? {
        guard let id = mapping.string("id", required: true) else { return nil }
        if id.contains(where: { $0.isWhitespace }) {
            mapping.error("\(mapping.describe("id")): '\(id)' contains white space; ids are resource names", at: "id")
        }
        mapping.name = id
        return id
    }
}
