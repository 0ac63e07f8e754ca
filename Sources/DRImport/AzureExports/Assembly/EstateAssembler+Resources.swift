import DRDomain
import Foundation

extension EstateAssembler {
    /// Storage accounts: redundancy from the SKU, the geo-secondary, sync lag from Last Sync Time measured
    /// against the reference time, and the role (a hub's default storage or isolated data).
    func assembleStorage() {
        let hubStorage = Set(resources(ArmType.workspace).compactMap { $0.storageAccount.flatMap(ArmID.init)?.key })
        let blobServices = Dictionary(
            resources(ArmType.blobService).compactMap { facts in facts.id.parent.map { ($0.key, facts) } },
            uniquingKeysWith: { first, _ in first })
        for facts in resources(ArmType.storage) {
            guard let id = names.id(for: facts.id) else { continue }
            let old = merge?.storage(id)
            guard let region = region(facts.location, of: id) ?? old?.region else {
                notImported("\(id): storage account without a location")
                continue
            }
            var redundancy = facts.skuName.flatMap(StorageRedundancy.init(sku:)) ?? old?.redundancy
            if redundancy == nil {
                let stated = facts.skuName.map { "SKU '\($0)' not recognised" } ?? "redundancy unknown"
                undetermined("\(id): \(stated), assumed Standard_LRS; export az storage account show")
                redundancy = .standardLRS
            }
            let sku = redundancy ?? .standardLRS
            var role = old?.role ?? .isolatedData
            if let tag = facts.tag(ImportTags.storageRole) {
                if let tagged = StorageRole.allCases.first(where: { $0.rawValue.lowercased() == tag.lowercased() }) {
                    role = tagged
                } else {
                    undetermined("\(id): tag \(ImportTags.storageRole) '\(tag)' is not hubDefault or isolatedData")
                }
            } else if hubStorage.contains(facts.id.key) {
                role = .hubDefault
            } else if old == nil {
                note(
                    "\(id): not a hub's default storage; imported as isolatedData "
                        + "(tag \(ImportTags.storageRole) to change)"
                )
            }
            var account = StorageAccount(
                id: id, region: region, redundancy: sku, role: role, resourceGroup: facts.group)
            let blob = blobServices[facts.id.key]
            account.blobSoftDeleteDays = blob?.blobSoftDeleteDays ?? old?.blobSoftDeleteDays
            account.containerSoftDeleteDays = blob?.containerSoftDeleteDays ?? old?.containerSoftDeleteDays
            if !sku.isZoneRedundant {
                let tagged =
                    physicalZone(
                        facts.tag(ImportTags.zone), region: region, subscription: facts.id.subscription, of: id)
                    ?? facts.zones.first.flatMap {
                        physicalZone($0, region: region, subscription: facts.id.subscription, of: id)
                    }
                account.zone = zoneInRegion(tagged, region: region, of: id) ?? old?.zone
            }
            if sku.isGeoRedundant {
                account.secondaryRegion = self.region(facts.secondaryLocation, of: id) ?? old?.secondaryRegion
                let pair = catalog.pair(of: region)
                if let secondary = account.secondaryRegion, secondary != pair {
                    undetermined(
                        "\(id): the export's secondary region \(secondary) is not the pair of \(region) "
                            + "(\(pair ?? "none")) in the region catalog; left unset; include az account list-locations"
                    )
                    account.secondaryRegion = nil
                }
                account.lastSyncLag = syncLag(facts, id: id) ?? old?.lastSyncLag
                if let status = facts.geoReplicationStatus, status.lowercased() != "live" {
                    note(
                        "\(id): geo-replication status is \(status), not Live; the secondary may not hold recent writes"
                    )
                }
                if facts.lastSyncTime == nil {
                    undetermined(
                        "\(id): geo-replication lag unknown; "
                            + "export az storage account show --expand geoReplicationStats"
                    )
                }
            }
            storageAccounts.append(account)
        }
    }

    private func syncLag(_ facts: ResourceFacts, id: ResourceID) -> TimeInterval? {
        guard let last = facts.lastSyncTime else { return nil }
        let lag = referenceTime.timeIntervalSince(last).rounded(.down)
        if lag < 0 {
            note("\(id): Last Sync Time is after the import's reference time; lag taken as 0")
            return 0
        }
        return lag
    }

    /// Key Vaults: soft-delete retention (default 90 days) and purge protection (off by default).
    func assembleKeyVaults() {
        for facts in resources(ArmType.keyVault) {
            guard let id = names.id(for: facts.id) else { continue }
            let old = merge?.keyVault(id)
            guard let region = region(facts.location, of: id) ?? old?.region else {
                notImported("\(id): key vault without a location")
                continue
            }
            let retention = facts.softDeleteRetentionDays ?? old?.softDeleteRetentionDays
            let protection = facts.purgeProtection ?? old?.purgeProtection
            if retention == nil || protection == nil {
                undetermined(
                    "\(id): soft-delete settings unknown, assumed 90 days retention and purge protection "
                        + "\(protection.map { $0 ? "on" : "off" } ?? "off"); export az keyvault show")
            }
            if let days = retention, !(7...90).contains(days) {
                note("\(id): soft-delete retention \(days) days is outside the documented 7-90")
            }
            if facts.enableSoftDelete == false {
                note("\(id): enableSoftDelete is false in the export; soft delete is always on for vaults now")
            }
            keyVaults.append(
                KeyVault(
                    id: id, region: region, softDeleteRetentionDays: retention ?? 90,
                    purgeProtection: protection ?? false,
                    resourceGroup: facts.group))
        }
    }

    /// Container Registries: SKU, zone redundancy, and replicas from `az acr replication list` (the home
    /// region's own replication entry is left out).
    func assembleRegistries() {
        let replications = resources(ArmType.replication)
        for facts in resources(ArmType.registry) {
            guard let id = names.id(for: facts.id) else { continue }
            let old = merge?.registry(id)
            guard let region = region(facts.location, of: id) ?? old?.region else {
                notImported("\(id): container registry without a location")
                continue
            }
            let mine = replications.filter { $0.id.parent?.key == facts.id.key }
            var replicas = old?.replicas ?? []
            if !mine.isEmpty {
                replicas = Array(Set(mine.compactMap { self.region($0.location, of: id) }).subtracting([region]))
                    .sorted()
            }
            var sku =
                facts.skuName.flatMap { name in
                    RegistrySKU.allCases.first { $0.rawValue.lowercased() == name.lowercased() }
                }
                ?? old?.sku
            if sku == nil {
                sku = replicas.isEmpty ? .basic : .premium
                undetermined(
                    "\(id): registry SKU unknown, assumed \(sku?.rawValue ?? "Basic")"
                        + (replicas.isEmpty ? "" : " (it has geo-replicas)")
                        + "; export az acr show or az resource list")
            }
            if sku == .premium, mine.isEmpty, old == nil {
                undetermined(
                    "\(id): Premium registry with replicas unknown; export az acr replication list -r \(facts.name)")
            }
            var registry = ContainerRegistry(
                id: id, region: region, sku: sku ?? .basic, replicas: replicas,
                zoneRedundant: facts.zoneRedundant ?? old?.zoneRedundant ?? false, resourceGroup: facts.group)
            registry.artifactSoftDeleteDays = facts.artifactSoftDeleteDays ?? old?.artifactSoftDeleteDays
            registries.append(registry)
        }
        let known = Set(resources(ArmType.registry).map(\.id.key))
        for orphan in Set(replications.compactMap { $0.id.parent }.filter { !known.contains($0.key) }.map(\.raw))
            .sorted()
        {
            notImported("\(ArmID(orphan)?.name ?? orphan): replicas listed but the registry itself was not exported")
        }
    }

    /// Application Insights components.
    func assembleAppInsights() {
        for facts in resources(ArmType.appInsights) {
            guard let id = names.id(for: facts.id) else { continue }
            guard
                let region = region(facts.location, of: id) ?? merge?.appInsights.first(where: { $0.id == id })?.region
            else {
                notImported("\(id): Application Insights without a location")
                continue
            }
            appInsights.append(AppInsights(id: id, region: region, resourceGroup: facts.group))
        }
    }

    /// AI Services and Azure OpenAI accounts (hub connection targets), with their account kind.
    func assembleAIServices() {
        for facts in resources(ArmType.cognitive) {
            guard let id = names.id(for: facts.id) else { continue }
            let old = merge?.aiService(id)
            guard let region = region(facts.location, of: id) ?? old?.region else {
                notImported("\(id): AI Services account without a location")
                continue
            }
            let kind = facts.kind ?? old?.accountKind
            if kind == nil { undetermined("\(id): account kind unknown, assumed AIServices") }
            aiServices.append(
                AIServicesAccount(id: id, region: region, accountKind: kind ?? "AIServices", resourceGroup: facts.group)
            )
        }
    }
}
