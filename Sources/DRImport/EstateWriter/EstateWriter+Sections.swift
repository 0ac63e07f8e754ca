import DRDomain
import Foundation

extension EstateWriter {
    static func s(_ text: String) -> String { YAMLScalar.string(text) }
    static func duration(_ seconds: TimeInterval) -> String { ISODuration.format(seconds) }
    static func bool(_ flag: Bool) -> String { flag ? "true" : "false" }
    static func list(_ items: [String]) -> String { "[" + items.map(s).joined(separator: ", ") + "]" }

    /// Estate-wide objectives, all three lines when any differs from the defaults.
    static func writeObjectives(_ objectives: RecoveryObjectives, into out: inout YAMLLines) {
        guard objectives != .defaults else { return }
        out.section("objectives")
        for disruption in Disruption.allCases {
            let key = (disruption.rawValue + ":").padding(toLength: 9, withPad: " ", startingAt: 0)
            let objective = objectives[disruption]
            out.line("  \(key) { rto: \(duration(objective.rto)), rpo: \(duration(objective.rpo)) }")
        }
    }

    /// Regions that differ from the built-in catalog, with only the differing fields (`pair: null` removes a
    /// built-in pair).
    static func writeRegions(_ catalog: RegionCatalog, into out: inout YAMLLines) {
        let changed = catalog.regions.filter { RegionCatalog.builtIn.region(named: $0.name) != $0 }
        guard !changed.isEmpty else { return }
        out.section("regions")
        for region in changed {
            out.blockItem(regionFields(region, base: RegionCatalog.builtIn.region(named: region.name)))
        }
    }

    private static func regionFields(_ region: Region, base: Region?) -> [(String, String)] {
        var fields: [(String, String)] = [("name", s(region.name))]
        if region.displayName != (base?.displayName ?? region.name) {
            fields.append(("displayName", s(region.displayName)))
        }
        if base == nil || region.geography != base?.geography { fields.append(("geography", s(region.geography))) }
        if let latitude = region.latitude, latitude != base?.latitude {
            fields.append(("latitude", YAMLScalar.number(latitude)))
        }
        if let longitude = region.longitude, longitude != base?.longitude {
            fields.append(("longitude", YAMLScalar.number(longitude)))
        }
        let pairWritten = region.pair != base?.pair || region.pairKnown != (base?.pairKnown ?? true)
        if pairWritten { fields.append(("pair", region.pair.map(s) ?? (region.pairKnown ? "null" : "unknown"))) }
        if region.zones != (base?.zones ?? []) { fields.append(("zones", list(region.zones))) }
        let derived = pairWritten || base == nil ? region.pair != nil : (base?.keyVaultReplicatesAcrossRegions ?? false)
        if region.keyVaultReplicatesAcrossRegions != derived {
            fields.append(("keyVaultReplicatesAcrossRegions", bool(region.keyVaultReplicatesAcrossRegions)))
        }
        if region.restricted != (base?.restricted ?? false) { fields.append(("restricted", bool(region.restricted))) }
        return fields
    }

    static func writeHubs(_ hubs: [Hub], into out: inout YAMLLines) {
        guard !hubs.isEmpty else { return }
        out.section("hubs")
        for hub in hubs {
            var fields: [(String, String)] = [
                ("id", s(hub.id)), ("region", s(hub.region)), ("role", hub.role.rawValue),
            ]
            if let secondary = hub.secondary { fields.append(("secondary", s(secondary))) }
            fields += [("storage", s(hub.storage)), ("keyVault", s(hub.keyVault))]
            if let registry = hub.containerRegistry { fields.append(("containerRegistry", s(registry))) }
            if let component = hub.appInsights { fields.append(("appInsights", s(component))) }
            fields += azure(hub.resourceGroup, hub.azureName, hub.subscription)
            out.blockItem(fields)
        }
    }

    static func writeProjects(_ projects: [Project], into out: inout YAMLLines) {
        guard !projects.isEmpty else { return }
        out.section("projects")
        for project in projects {
            out.blockItem([
                ("id", s(project.id)), ("hub", s(project.hub)), ("critical", bool(project.critical)),
                ("posture", project.posture.rawValue),
            ])
            let overrides = project.objectives
            if !overrides.rto.isEmpty || !overrides.rpo.isEmpty {
                out.line("    objectives:")
                for disruption in Disruption.allCases {
                    var fields: [(String, String)] = []
                    if let rto = overrides.rto[disruption] { fields.append(("rto", duration(rto))) }
                    if let rpo = overrides.rpo[disruption] { fields.append(("rpo", duration(rpo))) }
                    if !fields.isEmpty { out.line("      \(disruption.rawValue): \(YAMLLines.flow(fields))") }
                }
            }
            for (key, value) in azure(project.resourceGroup, project.azureName, project.subscription) {
                out.line("    \(key): \(value)")
            }
        }
    }

    static func writeStorage(_ accounts: [StorageAccount], into out: inout YAMLLines) {
        guard !accounts.isEmpty else { return }
        out.section("storageAccounts")
        for account in accounts {
            var fields: [(String, String)] = [
                ("id", s(account.id)), ("region", s(account.region)), ("sku", account.redundancy.rawValue),
                ("role", account.role.rawValue),
            ]
            if let zone = account.zone { fields.append(("zone", s(zone))) }
            if let secondary = account.secondaryRegion { fields.append(("secondaryRegion", s(secondary))) }
            if let lag = account.lastSyncLag { fields.append(("lastSyncLag", duration(lag))) }
            if let group = account.resourceGroup { fields.append(("resourceGroup", s(group))) }
            if let days = account.blobSoftDeleteDays { fields.append(("blobSoftDeleteDays", "\(days)")) }
            if let days = account.containerSoftDeleteDays { fields.append(("containerSoftDeleteDays", "\(days)")) }
            fields += azure(nil, account.azureName, account.subscription)
            out.blockItem(fields)
        }
    }

    static func writeKeyVaults(_ vaults: [KeyVault], into out: inout YAMLLines) {
        guard !vaults.isEmpty else { return }
        out.section("keyVaults")
        for vault in vaults {
            var fields: [(String, String)] = [
                ("id", s(vault.id)), ("region", s(vault.region)),
                ("softDeleteRetentionDays", String(vault.softDeleteRetentionDays)),
                ("purgeProtection", bool(vault.purgeProtection)),
            ]
            fields += azure(vault.resourceGroup, vault.azureName, vault.subscription)
            out.blockItem(fields)
        }
    }

    static func writeRegistries(_ registries: [ContainerRegistry], into out: inout YAMLLines) {
        guard !registries.isEmpty else { return }
        out.section("containerRegistries")
        for registry in registries {
            var fields: [(String, String)] = [
                ("id", s(registry.id)), ("region", s(registry.region)), ("sku", registry.sku.rawValue),
            ]
            if !registry.replicas.isEmpty { fields.append(("replicas", list(registry.replicas))) }
            if registry.zoneRedundant { fields.append(("zoneRedundant", "true")) }
            if let group = registry.resourceGroup { fields.append(("resourceGroup", s(group))) }
            if let days = registry.artifactSoftDeleteDays { fields.append(("artifactSoftDeleteDays", "\(days)")) }
            fields += azure(nil, registry.azureName, registry.subscription)
            out.blockItem(fields)
        }
    }

    /// Where a resource is in Azure: `resourceGroup`, then `azureName` and `subscription` when recorded.
    static func azure(_ group: String?, _ name: String?, _ subscription: String?) -> [(String, String)] {
        var fields: [(String, String)] = []
        if let group { fields.append(("resourceGroup", s(group))) }
        if let name { fields.append(("azureName", s(name))) }
        if let subscription { fields.append(("subscription", s(subscription))) }
        return fields
    }

    /// The sections whose items fit on one line: App Insights, AI Services, connections, compute and jobs.
    static func writeFlowSections(_ estate: Estate, into out: inout YAMLLines) {
        if !estate.appInsights.isEmpty {
            out.section("appInsights")
            for item in estate.appInsights {
                out.flowItem(
                    [("id", s(item.id)), ("region", s(item.region))]
                        + azure(item.resourceGroup, item.azureName, item.subscription))
            }
        }
        if !estate.aiServices.isEmpty {
            out.section("aiServices")
            for item in estate.aiServices {
                out.flowItem(
                    [("id", s(item.id)), ("region", s(item.region)), ("kind", s(item.accountKind))]
                        + azure(item.resourceGroup, item.azureName, item.subscription))
            }
        }
        if !estate.connections.isEmpty {
            out.section("connections")
            for item in estate.connections {
                out.flowItem([
                    ("id", s(item.id)), ("hub", s(item.hub)), ("target", s(item.target)), ("purpose", s(item.purpose)),
                    ("critical", bool(item.critical)),
                ])
            }
        }
        if !estate.computes.isEmpty {
            out.section("compute")
            for item in estate.computes {
                var fields: [(String, String)] = [
                    ("id", s(item.id)), ("hub", s(item.hub)), ("type", item.type.rawValue),
                ]
                if let zone = item.zone { fields.append(("zone", s(zone))) }
                if let size = item.vmSize { fields.append(("vmSize", s(size))) }
                out.flowItem(fields)
            }
        }
        if !estate.jobs.isEmpty {
            out.section("jobs")
            for item in estate.jobs {
                var fields: [(String, String)] = [("id", s(item.id)), ("project", s(item.project))]
                if let compute = item.compute { fields.append(("compute", s(compute))) }
                if let started = item.startedAt { fields.append(("startedAt", Timestamp.format(started))) }
                out.flowItem(fields)
            }
        }
    }

    static func writeDeleted(_ deleted: [DeletedResource], into out: inout YAMLLines) {
        guard !deleted.isEmpty else { return }
        out.section("deleted")
        for item in deleted {
            var fields: [(String, String)] = [
                ("id", s(item.id)), ("kind", item.kind.rawValue), ("region", s(item.region)),
                ("deletedAt", item.deletionDateKnown ? Timestamp.format(item.deletedAt) : "unknown"),
            ]
            if let purge = item.purgeAt { fields.append(("purgeAt", Timestamp.format(purge))) }
            if item.purgeProtection { fields.append(("purgeProtection", "true")) }
            if let group = item.resourceGroup { fields.append(("resourceGroup", s(group))) }
            if let days = item.softDeleteRetentionDays { fields.append(("softDeleteRetentionDays", "\(days)")) }
            fields += azure(nil, item.azureName, item.subscription)
            out.blockItem(fields)
        }
    }

    /// Readiness by region, sorted by region name; facts still `unknown` are left out.
    static func writeReadiness(_ readiness: [RegionName: RegionReadiness], into out: inout YAMLLines) {
        guard !readiness.isEmpty else { return }
        out.section("readiness")
        for (region, entry) in readiness.sorted(by: { $0.key < $1.key }) {
            let known = entry.checks.filter { $0.value != .unknown }
            if known.isEmpty {
                out.line("  \(s(region)): {}")
                continue
            }
            out.line("  \(s(region)):")
            for check in known { out.line("    \(check.name): \(check.value.rawValue)") }
        }
    }
}
