import DRDomain

/// Soft delete of what lives inside a resource (blobs and containers of a storage account, artifacts of a
/// registry), as the exports state it; "not stated" when they do not, never a guess.
enum ChildSoftDelete {
    /// The detail line for a resource, or nil for kinds without children that can be soft-deleted.
    static func line(for id: ResourceID, _ index: EstateIndex) -> String? {
        if let account = index.storage(id) {
            return "Blob soft delete: \(days(account.blobSoftDeleteDays)); container soft delete: "
                + "\(days(account.containerSoftDeleteDays)) (the account itself: 14 days, best effort)"
        }
        if let registry = index.registry(id) {
            let geo = registry.replicas.contains { $0 != registry.region }
            return "Artifact soft delete (preview): \(days(registry.artifactSoftDeleteDays))"
                + (geo ? "; not available on geo-replicated registries" : "") + " (the registry itself: none)"
        }
        return nil
    }

    private static func days(_ value: Int?) -> String {
        value.map { "\($0) day\($0 == 1 ? "" : "s")" } ?? "not stated in the exports"
    }
}
