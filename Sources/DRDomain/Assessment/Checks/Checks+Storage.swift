import Foundation

extension AssessmentContext {
    /// How much a storage account matters to the estate's recovery, which sets the severity of its findings.
    enum StorageStake {
        /// Default storage of a hub with critical projects.
        case criticalHub
        /// Default storage of another hub (a secondary, or a hub with only noncritical projects).
        case hub
        /// Isolated data storage reached by a critical connection.
        case criticalData

        /// Errors for critical hubs, warnings otherwise.
        var severity: Severity { self == .criticalHub ? .error : .warning }
    }

    /// The stake of a storage account, or nil when nothing that matters uses it.
    func stake(of account: StorageAccount) -> StorageStake? {
        let hubs = hubs(withDefaultStorage: account.id)
        if hubs.contains(where: { !criticalProjects(on: $0.id).isEmpty }) { return .criticalHub }
        if !hubs.isEmpty { return .hub }
        if connections(targeting: account.id).contains(where: \.critical) { return .criticalData }
        return nil
    }

    /// What a storage account is, for messages: `the default storage of hub hub-a` or `isolated data storage`.
    func describe(_ account: StorageAccount) -> String {
        let hubs = hubs(withDefaultStorage: account.id).map(\.id)
        if hubs.isEmpty { return "isolated data storage reached through critical connections" }
        return "the default storage of \(hubs.count == 1 ? "hub" : "hubs") \(Self.list(hubs))"
    }

    /// R2, R5, R3 on each storage account: zone outage, region outage, and no failover for hub default storage.
    func storageFindings() -> [Finding] {
        estate.storageAccounts.flatMap { account -> [Finding] in
            guard let stake = stake(of: account) else { return [] }
            var out: [Finding] = []
            if let zone = zoneFinding(account, stake) { out.append(zone) }
            if let geo = geoFinding(account, stake) { out.append(geo) }
            if let failover = defaultStorageFailoverFinding(account) { out.append(failover) }
            return out
        }
    }

    private func zoneFinding(_ account: StorageAccount, _ stake: StorageStake) -> Finding? {
        guard !account.redundancy.isZoneRedundant, estate.regions.region(named: account.region)?.hasZones == true
        else { return nil }
        let place = account.zone.map { "one datacenter (zone \($0))" } ?? "one datacenter"
        let target = Self.zoneRedundantSKU(for: account.redundancy)
        return finding(
            .storageNotZoneRedundant, account.id, stake.severity, resources: [account.id] + users(of: account),
            message: "Storage account \(account.id), \(describe(account)) in \(account.region), is "
                + "\(account.redundancy.shortName): its copies are in \(place), so an outage of that zone makes it "
                + "unavailable and what depends on it cannot read or write until the zone returns. Zone-redundant "
                + "storage (ZRS, GZRS) keeps serving through a zone outage.",
            remedy: "Move to \(target.rawValue), which also survives zone outages (adding zones is a conversion "
                + "Azure runs in the background; where an update is refused, start it with "
                + "`az storage account migration start`):\n"
                + AzureCLI.updateStorageSKU(self.target(account.id), sku: target))
    }

    private func geoFinding(_ account: StorageAccount, _ stake: StorageStake) -> Finding? {
        guard !account.redundancy.isGeoRedundant else { return nil }
        let remedy: String
        if let target = Self.geoRedundantSKU(for: account.redundancy) {
            remedy = "Move to \(target.rawValue) (geo-redundant, and zone-redundant in the primary region):\n"
                + AzureCLI.updateStorageSKU(self.target(account.id), sku: target)
        } else {
            remedy = "Premium accounts do not geo-replicate: keep a copy of the data in a geo-redundant Standard "
                + "account in another region (for example with azcopy), or move the data to one:\n"
                + AzureCLI.createStorage(
                    beside: self.target(account.id), location: estate.regions.pair(of: account.region) ?? "<region>")
        }
        return finding(
            .storageNotGeoRedundant, account.id, stake.severity, resources: [account.id] + users(of: account),
            message: "Storage account \(account.id), \(describe(account)) in \(account.region), is "
                + "\(account.redundancy.shortName), with no copy in another region: an outage of \(account.region) "
                + "makes it unavailable, and a regional disaster loses its data (models, training logs, data "
                + "references). Data in storage is recoverable only where its redundancy survives.",
            remedy: remedy)
    }

    private func defaultStorageFailoverFinding(_ account: StorageAccount) -> Finding? {
        let hubs = hubs(withDefaultStorage: account.id)
        guard account.redundancy.isGeoRedundant,
            hubs.contains(where: { $0.role == .primary || !index.projects(on: $0.id).isEmpty })
        else { return nil }
        let secondary = account.secondaryRegion ?? estate.regions.pair(of: account.region) ?? "the paired region"
        let access = account.redundancy.hasReadAccessSecondary
            ? "With \(account.redundancy.shortName) the copy in \(secondary) can be read, read-only, at "
                + "\(account.id)-secondary, but the hub keeps using the primary endpoint: it is down until its "
                + "datastores are re-pointed there, and even then cannot write."
            : "Without read access (RA-GRS, RA-GZRS) the copy in \(secondary) cannot even be read during the outage."
        var remedy = "Do not plan on `az storage account failover` for this account. Give each secondary hub its "
            + "own default storage in its region, and keep data both hubs need in isolated storage reached through "
            + "connections (connections work across regions)."
        if account.redundancy.hasReadAccessSecondary {
            remedy += " To salvage data, read the copy at https://\(account.id)-secondary.blob.core.windows.net."
        }
        return finding(
            .defaultStorageNoFailover, account.id, .warning, resources: [account.id] + hubs.map(\.id),
            message: "Storage account \(account.id), \(describe(account)), is \(account.redundancy.shortName), but "
                + "Azure Machine Learning does not support failing over a hub's default storage account (GRS, GZRS, "
                + "RA-GRS, RA-GZRS). In an outage of \(account.region) its data is durable in \(secondary), yet the "
                + "hub cannot switch to it. \(access)",
            remedy: remedy)
    }

    /// R5: geo-redundant storage whose replication lag exceeds the region RPO of projects using it.
    func storageRPOFindings() -> [Finding] {
        estate.storageAccounts.compactMap { account in
            guard account.redundancy.isGeoRedundant, let lag = account.lastSyncLag else { return nil }
            let exceeded = projects(usingStorage: account.id).filter { lag > estate.objectives(for: $0).region.rpo }
            guard !exceeded.isEmpty else { return nil }
            let tightest = exceeded.map { estate.objectives(for: $0).region.rpo }.min() ?? 0
            let severity: Severity = exceeded.contains(where: \.critical) ? .error : .warning
            return finding(
                .storageRPOExceeded, account.id, severity, resources: [account.id] + exceeded.map(\.id),
                message: "Geo-replication of storage account \(account.id) lags \(ISODuration.human(lag)) behind "
                    + "(its Last Sync Time), more than the region RPO of \(ISODuration.human(tightest)) of "
                    + "\(Self.list(exceeded.map(\.id))): writes since the last sync are lost if \(account.region) is "
                    + "lost. Geo-replication is asynchronous and has no SLA.",
                remedy: "Watch the lag and find what holds it back (large write bursts, big blobs), or agree a "
                    + "looser RPO for these projects:\n"
                    + AzureCLI.storageLastSync(target(account.id)))
        }
    }

    /// Hubs and projects that depend on a storage account, for a finding's resources.
    private func users(of account: StorageAccount) -> [ResourceID] {
        let hubs = hubs(withDefaultStorage: account.id).map(\.id)
        if !hubs.isEmpty { return hubs }
        return connections(targeting: account.id).filter(\.critical).map(\.hub).uniqued()
    }

    /// The SKU that adds zone redundancy and keeps the rest.
    static func zoneRedundantSKU(for sku: StorageRedundancy) -> StorageRedundancy {
        switch sku {
        case .premiumLRS, .premiumZRS: .premiumZRS
        case .standardRAGRS, .standardRAGZRS: .standardRAGZRS
        default: .standardGZRS
        }
    }

    /// The SKU that adds geo-redundancy (and zones), or nil for Premium accounts, which cannot geo-replicate.
    static func geoRedundantSKU(for sku: StorageRedundancy) -> StorageRedundancy? {
        switch sku {
        case .premiumLRS, .premiumZRS: nil
        case .standardRAGRS, .standardRAGZRS: .standardRAGZRS
        default: .standardGZRS
        }
    }
}

extension Array where Element: Hashable {
    /// The elements in order, without repeats.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
