import DRDomain
import DRImport
import Foundation

/// Which Resource Health record belongs to which resource of the estate.
///
/// A record names its resource by ARM id; the estate knows a resource by its id and, where recorded, its Azure
/// name, resource group and subscription. A record belongs to a resource when the Azure name (the estate id for
/// a hand-written estate) and the ARM type agree, and the resource group and subscription agree wherever both
/// sides state them. Azure names repeat across types (a vault and a storage account may both be `contoso`) and
/// across resource groups (two hubs named `hub`), so a name alone is never enough: a record that could be
/// two resources, or a resource that two records could be, is used for neither and said as a problem, naming
/// every resource involved. A record without a type, or of a kind whose Azure identity the estate does not
/// record (computes), belongs to none: it is listed as outside the estate.
struct LiveResourceMatching: Sendable, Hashable {
    /// The record of each resource it could be told apart for.
    private(set) var byResource: [ResourceID: ResourceHealthStatus] = [:]
    /// The resource each used record belongs to, by the record's ARM id lowercased.
    private(set) var owners: [String: ResourceID] = [:]
    /// Records that belong to no resource of the estate (a classic VM, say), in the snapshot's order.
    private(set) var outside: [ResourceHealthStatus] = []
    /// Records and resources that could not be told apart, as messages.
    private(set) var problems: [String] = []

    init(records: [ResourceHealthStatus], estate: Estate, targets: AzureTargets) {
        // Records by name and type, and by name, type and resource group: a resource with a recorded group looks
        // only at its group's records, so many resources of one name stay linear.
        var byNameAndType: [String: [Int]] = [:]
        var byGroup: [String: [Int]] = [:]
        for (index, record) in records.enumerated() {
            // A record without a type cannot be placed (its kind is unknown): it stays outside the estate.
            guard let type = record.resourceType else { continue }
            let key = Self.key(record.resourceName, type)
            byNameAndType[key, default: []].append(index)
            byGroup[Self.key(key, record.resourceGroup ?? ""), default: []].append(index)
        }
        var candidates: [ResourceID: [Int]] = [:]
        var claimants: [Int: [ResourceID]] = [:]
        for resource in estate.allResources where candidates[resource.id] == nil {
            guard let armType = Self.armType(of: resource.kind) else { continue }
            let target = targets.target(resource.id)
            let subscription = targets.recordedSubscription(resource.id)
            let key = Self.key(target.name, armType)
            let pool = target.resourceGroup.map { (byGroup[Self.key(key, $0)] ?? []) + (byGroup[Self.key(key, "")] ?? []) }
                ?? byNameAndType[key] ?? []
            let found = pool.filter { Self.sameSubscription(records[$0].subscription, subscription) }
            guard !found.isEmpty else { continue }
            candidates[resource.id] = found
            for index in found { claimants[index, default: []].append(resource.id) }
        }
        for (id, found) in candidates.sorted(by: { $0.key < $1.key }) {
            if found.count > 1 {
                let places = found.prefix(4).map { Self.place(records[$0]) }.joined(separator: "; ")
                problems.append("Resource Health has \(found.count) records that could be \(id) (\(places)"
                                + "\(found.count > 4 ? "; ..." : "")); the estate does not record which (its resource "
                                + "group or subscription): none is used")
            } else if let index = found.first, claimants[index]?.count == 1 {
                byResource[id] = records[index]
                owners[records[index].resourceID.lowercased()] = id
            }
        }
        // A record two resources could be is used for neither, and each of them is named.
        for (index, owners) in claimants.sorted(by: { $0.key < $1.key }) where owners.count > 1 {
            let names = owners.sorted()
            problems.append("the Resource Health record of \(records[index].resourceID) could be any of "
                            + "\(names.prefix(6).joined(separator: ", "))\(names.count > 6 ? ", ..." : ""); the estate "
                            + "does not tell them apart (resource group, subscription): it is used for none")
        }
        outside = records.indices.filter { claimants[$0] == nil }.map { records[$0] }
    }

    private static func key(_ first: String, _ second: String) -> String { first.lowercased() + "\u{1F}" + second.lowercased() }

    /// Whether the record's subscription is the estate's (when both state one); braces around a GUID, which
    /// some tools write, do not count.
    private static func sameSubscription(_ record: String?, _ estate: String?) -> Bool {
        guard let record, let estate else { return true }
        let bare = { (text: String) in text.trimmingCharacters(in: CharacterSet(charactersIn: "{} ")).lowercased() }
        return bare(record) == bare(estate)
    }

    /// `rg-ai-eus2 in 0000...`, where a record is.
    private static func place(_ record: ResourceHealthStatus) -> String {
        [record.resourceGroup.map { "resource group \($0)" }, record.subscription.map { "subscription \($0)" }]
            .compactMap { $0 }.joined(separator: " ").nilIfEmpty ?? record.resourceID
    }

    /// The ARM type Resource Health names a kind of resource by; nil for kinds it does not report on, or whose
    /// Azure identity the estate does not record (computes, connections, jobs): their records stay outside.
    static func armType(of kind: ResourceKind) -> String? {
        switch kind {
        case .hub, .project: "microsoft.machinelearningservices/workspaces"
        case .storage: "microsoft.storage/storageaccounts"
        case .keyVault: "microsoft.keyvault/vaults"
        case .containerRegistry: "microsoft.containerregistry/registries"
        case .appInsights: "microsoft.insights/components"
        case .aiServices: "microsoft.cognitiveservices/accounts"
        default: nil
        }
    }
}

private extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
