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
/// two resources, or a resource that two records could be, is used for neither and said as a problem.
struct LiveResourceMatching: Sendable, Hashable {
    /// The record of each resource it could be told apart for.
    private(set) var byResource: [ResourceID: ResourceHealthStatus] = [:]
    /// Records that belong to no resource of the estate (a classic VM, say), in the snapshot's order.
    private(set) var outside: [ResourceHealthStatus] = []
    /// Records and resources that could not be told apart, as messages.
    private(set) var problems: [String] = []

    init(records: [ResourceHealthStatus], estate: Estate, targets: AzureTargets) {
        var byName: [String: [Int]] = [:]
        for (index, record) in records.enumerated() { byName[record.resourceName.lowercased(), default: []].append(index) }
        var claims: [Int: [ResourceID]] = [:]
        var candidates: [ResourceID: [Int]] = [:]
        for resource in estate.allResources {
            guard let armType = Self.armType(of: resource.kind) else { continue }
            let target = targets.target(resource.id)
            let subscription = targets.recordedSubscription(resource.id)
            let found = (byName[target.name.lowercased()] ?? []).filter { index in
                let record = records[index]
                return Self.agree(record.resourceType, armType) && Self.agree(record.resourceGroup, target.resourceGroup)
                    && Self.agree(record.subscription, subscription)
            }
            guard !found.isEmpty else { continue }
            candidates[resource.id] = found
            for index in found { claims[index, default: []].append(resource.id) }
        }
        var unclear: Set<Int> = []
        for (id, found) in candidates.sorted(by: { $0.key < $1.key }) {
            if found.count > 1 {
                unclear.formUnion(found)
                let places = found.map { Self.place(records[$0]) }.joined(separator: ", ")
                problems.append("Resource Health has \(found.count) records that could be \(id) (\(places)); the "
                                + "estate does not record which (its resource group or subscription): none is used")
            } else if let index = found.first, let owners = claims[index], owners.count > 1 {
                unclear.insert(index)
                if owners.first == id {
                    problems.append("the Resource Health record of \(records[index].resourceID) could be any of "
                                    + "\(owners.sorted().joined(separator: ", ")); the estate does not tell them "
                                    + "apart (resource group, subscription): it is used for none")
                }
            } else if let index = found.first {
                byResource[id] = records[index]
            }
        }
        let used = Set(candidates.values.flatMap { $0 })
        outside = records.indices.filter { !used.contains($0) && !unclear.contains($0) }.map { records[$0] }
    }

    /// Whether two optional facts agree: equal ignoring case, or one of them unknown.
    private static func agree(_ lhs: String?, _ rhs: String?) -> Bool {
        guard let lhs, let rhs else { return true }
        return lhs.caseInsensitiveCompare(rhs) == .orderedSame
    }

    /// `rg-ai-eus2 in 0000...`, where a record is.
    private static func place(_ record: ResourceHealthStatus) -> String {
        [record.resourceGroup.map { "resource group \($0)" }, record.subscription.map { "subscription \($0)" }]
            .compactMap { $0 }.joined(separator: " ").nilIfEmpty ?? record.resourceID
    }

    /// The ARM type Resource Health names a kind of resource by; nil for kinds it does not report on.
    static func armType(of kind: ResourceKind) -> String? {
        switch kind {
        case .hub, .project: "microsoft.machinelearningservices/workspaces"
        case .storage: "microsoft.storage/storageaccounts"
        case .keyVault: "microsoft.keyvault/vaults"
        case .containerRegistry: "microsoft.containerregistry/registries"
        case .appInsights: "microsoft.insights/components"
        case .aiServices: "microsoft.cognitiveservices/accounts"
        case .compute: "microsoft.machinelearningservices/workspaces/computes"
        default: nil
        }
    }
}

private extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
