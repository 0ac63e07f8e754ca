import Foundation

/// What one item of an export is, recognised by its content (never by the file's name).
enum ItemShape: Equatable {
    /// A resource the import reads, with its lowercased ARM type (or a `deleted:` type).
    case resource(ArmID, type: String)
    /// A region from `az account list-locations`.
    case location
    /// Resource Health or Service Health data: read by the health import, not the estate import.
    case health
    /// A resource of a type the estate has no place for, counted by type.
    case unknownType(String)
    /// Not an Azure resource at all.
    case unrecognised
}

/// Recognises items by their `id` and `type` (compared case-insensitively; Resource Graph lowercases types).
enum ExportClassifier {
    static let known: Set<String> = [
        ArmType.workspace, ArmType.compute, ArmType.connection, ArmType.storage, ArmType.blobService, ArmType.keyVault,
        ArmType.registry,
        ArmType.replication, ArmType.appInsights, ArmType.cognitive,
    ]

    static func classify(_ node: JSONNode) -> ItemShape {
        guard node.isObject else { return .unrecognised }
        let arm = node["id"]?.string.flatMap(ArmID.init)
        let typeText = node["type"]?.string?.lowercased()
        let key = arm?.key ?? ""
        if key.containsBytes("/providers/microsoft.resourcehealth/")
            || typeText?.hasPrefix("microsoft.resourcehealth/") == true
        {
            return .health
        }
        if let arm, key.containsBytes("/deletedaccounts/") {
            if key.containsBytes("/providers/microsoft.cognitiveservices/") {
                return .resource(arm, type: ArmType.deletedAccount)
            }
            if key.containsBytes("/providers/microsoft.storage/") { return .resource(arm, type: ArmType.deletedStorage) }
        }
        if let arm, typeText == "microsoft.keyvault/deletedvaults" || key.containsBytes("/deletedvaults/") {
            return .resource(arm, type: ArmType.deletedVault)
        }
        if isLocation(node, arm: arm, type: typeText) { return .location }
        guard let arm else { return .unrecognised }
        let type = typeText.flatMap { $0.utf8.contains(UInt8(ascii: "/")) ? $0 : nil } ?? arm.type ?? "(no type)"
        return known.contains(type) ? .resource(arm, type: type) : .unknownType(type)
    }

    /// `type: Region`, or an id `/subscriptions/{sub}/locations/{name}` with region metadata.
    private static func isLocation(_ node: JSONNode, arm: ArmID?, type: String?) -> Bool {
        if type == "region" { return true }
        let hasRegionFields = node["metadata"]?.member("regionType") != nil || node["regionalDisplayName"] != nil
        guard hasRegionFields else { return false }
        guard let arm else { return node["name"] != nil }
        return arm.type == nil && arm.value(after: "locations") != nil
    }
}
