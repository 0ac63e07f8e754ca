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
            guard let region = placed(facts, id: id, kind: .storage, fallback: old?.region) else { continue }
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
                id: id, region: region, redundancy: sku, role: role, resourceGroup: facts.group,
                azureName: azureName(facts, id), subscription: facts.id.subscription)
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
                account.secondaryRegion =
                    self.region(facts.secondaryLocation, of: id, facts: facts) ?? old?.secondaryRegion
                let pair = catalog.pair(of: region)
                if let secondary = account.secondaryRegion, secondary != pair {
                    account.secondaryRegion = adoptStatedPair(secondary, of: region, facts: facts) ? secondary : nil
                } else if account.secondaryRegion == nil, pair == nil,
                    catalog.region(named: region)?.pairKnown == false
                {
                    undetermined(
                        "\(id): \(sku.rawValue) replicates to the pair of \(region), which is unknown, so its "
                            + "secondary region is unknown; include az storage account show (secondaryLocation)")
                } else if account.secondaryRegion == nil, pair == nil {
                    problem(
                        facts,
                        "\(sku.rawValue) replicates to a secondary region, which neither the export nor the region "
                            + "catalog names for \(region); include az storage account show (secondaryLocation)")
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

    /// Geo-redundant storage replicates to its region's pair, so a secondary Azure states for an account is
    /// Azure's statement of that pair. It replaces the catalog's (built-in, or a region added with only its name)
    /// unless list-locations, or another account, stated a different pair for the region: then the two Azure
    /// statements disagree, the secondary is left unset, and the problem is reported. Returns whether it was kept.
    private func adoptStatedPair(_ secondary: RegionName, of region: RegionName, facts: ResourceFacts) -> Bool {
        let previous = catalog.pair(of: region)
        if let stated = statedPairs[region] ?? (inventory.locations[region]?.pairs?.first) {
            guard stated == secondary else {
                let source = statedPairs[region] == nil ? "list-locations" : "another storage account"
                problem(
                    facts,
                    "Azure states the secondary region \(secondary), but \(source) pairs \(region) to \(stated); "
                        + "the secondary is left unset")
                return false
            }
            return true
        }
        guard var updated = catalog.region(named: region) else { return false }
        updated.pair = secondary
        updated.pairKnown = true
        catalog = catalog.merging([updated])
        regionOverrides.removeAll { $0.name == region }
        regionOverrides.append(updated)
        statedPairs[region] = secondary
        note(
            "\(region): pair set to \(secondary), the secondary region Azure states for \(facts.name) "
                + "(the region catalog had \(previous ?? "no pair"))")
        return true
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
            guard let region = placed(facts, id: id, kind: .keyVault, fallback: old?.region) else { continue }
            let retention = facts.softDeleteRetentionDays ?? old?.softDeleteRetentionDays
            let protection = facts.purgeProtection ?? old?.purgeProtection
            var assumed: [String] = []
            if retention == nil { assumed.append("soft-delete retention unknown, assumed 90 days (the default)") }
            if protection == nil { assumed.append("purge protection unknown, assumed off (the default)") }
            if !assumed.isEmpty {
                undetermined("\(id): \(assumed.joined(separator: "; ")); export az keyvault show")
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
                    resourceGroup: facts.group, azureName: azureName(facts, id), subscription: facts.id.subscription))
        }
    }

    /// Container Registries: SKU, zone redundancy, and replicas from `az acr replication list` (the home
    /// region's own replication entry is left out).
    func assembleRegistries() {
        // Replications by their registry's key, grouped once: matching each registry against every replication
        // re-parsed an id per pair, quadratic in the registries.
        let replications = Dictionary(grouping: resources(ArmType.replication)) { $0.id.parent?.key ?? "" }
        for facts in resources(ArmType.registry) {
            guard let id = names.id(for: facts.id) else { continue }
            let old = merge?.registry(id)
            guard let region = placed(facts, id: id, kind: .containerRegistry, fallback: old?.region) else {
                continue
            }
            let mine = replications[facts.id.key] ?? []
            var replicas = old?.replicas ?? []
            if !mine.isEmpty {
                replicas = Array(
                    Set(mine.compactMap { self.region($0.location, of: id, facts: $0) }).subtracting([region])
                ).sorted()
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
            if let sku, sku != .premium, !replicas.isEmpty {
                problem(
                    facts,
                    "the export lists \(replicas.count) replica(s) (\(replicas.joined(separator: ", "))) but the SKU is "
                        + "\(sku.rawValue), and geo-replication needs Premium; the replicas are left out, so the "
                        + "estate assumes the images live only in \(region)")
                replicas = []
            }
            var registry = ContainerRegistry(
                id: id, region: region, sku: sku ?? .basic, replicas: replicas,
                zoneRedundant: registryZoneRedundancy(facts, id: id, region: region),
                resourceGroup: facts.group, azureName: azureName(facts, id), subscription: facts.id.subscription)
            registry.artifactSoftDeleteDays = facts.artifactSoftDeleteDays ?? old?.artifactSoftDeleteDays
            registries.append(registry)
        }
        let known = Set(resources(ArmType.registry).map(\.id.key))
        let orphans = replications.values.joined().compactMap { $0.id.parent }.filter { !known.contains($0.key) }
        for orphan in Set(orphans.map(\.raw))
            .sorted()
        {
            notImported("\(ArmID(orphan)?.name ?? orphan): replicas listed but the registry itself was not exported")
        }
    }

    /// Whether a registry survives a zone outage: every registry in a region with availability zones is
    /// zone-redundant, whatever its SKU and whatever its `zoneRedundancy` property says (the property is not
    /// trusted; issue 8, azure-facts section 6); in a region without zones none is.
    func registryZoneRedundancy(_ facts: ResourceFacts, id: ResourceID, region: RegionName) -> Bool {
        let hasZones = catalog.region(named: region)?.hasZones ?? false
        if let stated = facts.zoneRedundant, stated != hasZones {
            note(
                "\(id): zoneRedundancy \(stated ? "Enabled" : "Disabled") in the export is not used: registries are "
                    + "zone-redundant wherever the region has zones, and \(region) has \(hasZones ? "zones" : "none")")
        }
        return hasZones
    }

    /// Application Insights components.
    func assembleAppInsights() {
        for facts in resources(ArmType.appInsights) {
            guard let id = names.id(for: facts.id) else { continue }
            let old = merge?.appInsights.first { $0.id == id }?.region
            guard let region = placed(facts, id: id, kind: .appInsights, fallback: old) else { continue }
            appInsights.append(
                AppInsights(id: id, region: region, resourceGroup: facts.group, azureName: azureName(facts, id), subscription: facts.id.subscription))
        }
    }

    /// AI Services and Azure OpenAI accounts (hub connection targets), with their account kind.
    func assembleAIServices() {
        for facts in resources(ArmType.cognitive) {
            guard let id = names.id(for: facts.id) else { continue }
            let old = merge?.aiService(id)
            guard let region = placed(facts, id: id, kind: .aiServices, fallback: old?.region) else { continue }
            let kind = facts.kind ?? old?.accountKind
            if kind == nil { undetermined("\(id): account kind unknown, assumed AIServices") }
            aiServices.append(
                AIServicesAccount(
                    id: id, region: region, accountKind: kind ?? "AIServices", resourceGroup: facts.group,
                    azureName: azureName(facts, id), subscription: facts.id.subscription)
            )
        }
    }
}
