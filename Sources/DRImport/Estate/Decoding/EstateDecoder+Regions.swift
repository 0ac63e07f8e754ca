import DRDomain
import Foundation

extension EstateDecoder {
    func decodeRegion(_ m: MappingReader) -> Located<RegionDefinition>? {
        let name = m.string("name", required: true)
        m.name = name
        var definition = RegionDefinition(
            name: name ?? "", displayName: m.string("displayName"), geography: m.string("geography"),
            latitude: m.double("latitude", in: -90...90), longitude: m.double("longitude", in: -180...180),
            pairWritten: m.isWritten("pair"), pair: m.string("pair"), zones: nil,
            keyVaultReplicatesAcrossRegions: m.bool("keyVaultReplicatesAcrossRegions"),
            restricted: m.bool("restricted"))
        var zonePositions: [SourcePosition] = []
        if let node = m.value("zones"), !node.isNull {
            if case .scalar(let scalar) = node, Int(scalar.string) != nil || scalar.string.hasPrefix("-") {
                if let count = reader.int(node, what: m.describe("zones"), in: 0...16) {
                    definition.zones = Region.physicalZones(name ?? "", count: count)
                }
            } else if let list = reader.stringList(node, what: m.describe("zones")) {
                definition.zones = list.map { $0.value.lowercased() }
                zonePositions = list.map(\.position)
            }
        }
        if definition.pair?.lowercased() == "unknown" {
            definition.pair = nil
            definition.pairUnknown = true
        }
        guard name != nil else { return nil }
        var entry = located(definition, m, invalid: [])
        entry.items["zones"] = zonePositions
        return entry
    }

    func decodeReadiness(_ root: MappingReader) -> [Located<RegionReadiness>] {
        guard let node = root.value("readiness"),
            let entries = reader.entries(node, what: "'readiness' of the estate")
        else { return [] }
        return entries.compactMap { entry in
            guard
                let m = reader.mapping(
                    entry.value, context: "readiness of \(entry.key)", keys: EstateKeys.readiness,
                    what: "'\(entry.key)' of 'readiness'")
            else { return nil }
            let readiness = RegionReadiness(
                region: entry.key, quota: m.enumeration("quota") ?? .unknown,
                roleAssignments: m.enumeration("roleAssignments") ?? .unknown,
                networking: m.enumeration("networking") ?? .unknown,
                storageAccess: m.enumeration("storageAccess") ?? .unknown)
            var located = located(readiness, m, invalid: [])
            located.position = entry.position
            return located
        }
    }
}
