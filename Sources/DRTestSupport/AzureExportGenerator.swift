import DRDomain
import Foundation

/// Writes a generated estate (``EstateGenerator``) as Azure CLI exports: one `az resource list`-shaped file per
/// region holding that region's workspaces, computes, connections, storage accounts, Key Vaults, registries and
/// their replications, App Insights components and AI Services accounts, in the shape Azure returns them (ARM ids,
/// `properties`, `sku`, `tags`, the CLI's bookkeeping fields). What exports cannot say travels in `foundry-dr-*`
/// tags, as `docs/import.md` describes. For benchmarks and tests of the import at scale; never shipped.
public enum AzureExportGenerator {
    /// The subscription every generated id lives in.
    public static let subscription = "00000000-0000-0000-0000-000000000000"

    /// Writes the exports of an estate of about `resources` resources into `folder` (created when missing) and
    /// returns the files written, one per region.
    @discardableResult
    public static func write(resources: Int, into folder: URL, seed: UInt64 = 1) throws -> [URL] {
        try write(EstateGenerator.make(resources: resources, seed: seed), into: folder)
    }

    /// Writes the exports of `estate` into `folder`, one file per region, and returns the files written.
    @discardableResult
    public static func write(_ estate: Estate, into folder: URL) throws -> [URL] {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var files: [URL] = []
        for (region, items) in exports(of: estate).sorted(by: { $0.key < $1.key }) {
            let file = folder.appendingPathComponent("resources-\(region).json")
            try Data(("[\n" + items.joined(separator: ",\n") + "\n]\n").utf8).write(to: file)
            files.append(file)
        }
        return files
    }

    /// The items of every region's `az resource list`, as JSON text, by region.
    public static func exports(of estate: Estate) -> [String: [String]] {
        var byRegion: [String: [String]] = [:]
        let hubs = Dictionary(estate.hubs.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let regionOf: [String: String] = Dictionary(
            estate.allResources.map { ($0.id, $0.region) }, uniquingKeysWith: { first, _ in first })
        func add(_ region: String, _ text: String) { byRegion[region, default: []].append(text) }
        func id(_ provider: String, _ name: String) -> String {
            "/subscriptions/\(subscription)/resourceGroups/rg-\(regionOf[name] ?? "global")/providers/\(provider)/\(name)"
        }
        let workspace = "Microsoft.MachineLearningServices/workspaces"
        for hub in estate.hubs {
            var tags = [ImportTagName.role: hub.role.rawValue, ImportTagName.estate: estate.name]
            if let secondary = hub.secondary { tags[ImportTagName.secondary] = secondary }
            if hub.role == .secondary, let readiness = estate.readiness[hub.region] {
                tags["foundry-dr-ready-quota"] = readiness.quota.rawValue
                tags["foundry-dr-ready-role-assignments"] = readiness.roleAssignments.rawValue
                tags["foundry-dr-ready-networking"] = readiness.networking.rawValue
                tags["foundry-dr-ready-storage-access"] = readiness.storageAccess.rawValue
            }
            let properties = """
                {"storageAccount": "\(id("Microsoft.Storage/storageAccounts", hub.storage))", \
                "keyVault": "\(id("Microsoft.KeyVault/vaults", hub.keyVault))", \
                "containerRegistry": "\(id("Microsoft.ContainerRegistry/registries", hub.containerRegistry ?? ""))", \
                "applicationInsights": "\(id("Microsoft.Insights/components", hub.appInsights ?? ""))", \
                "provisioningState": "Succeeded", "publicNetworkAccess": "Enabled", "v1LegacyMode": false}
                """
            add(hub.region, item(id: id(workspace, hub.id), name: hub.id, type: workspace, region: hub.region,
                                 kind: "Hub", sku: #"{"name": "Basic", "tier": "Basic"}"#, tags: tags,
                                 properties: properties))
        }
        for project in estate.projects {
            let region = hubs[project.hub]?.region ?? "global"
            let tags = [ImportTagName.critical: String(project.critical), ImportTagName.posture: project.posture.rawValue]
            let properties = #"{"hubResourceId": "\#(id(workspace, project.hub))", "provisioningState": "Succeeded"}"#
            add(region, item(id: id(workspace, project.id), name: project.id, type: workspace, region: region,
                             kind: "Project", sku: #"{"name": "Basic", "tier": "Basic"}"#, tags: tags,
                             properties: properties))
        }
        for compute in estate.computes {
            let region = hubs[compute.hub]?.region ?? "global"
            let type = compute.type == .instance ? "ComputeInstance" : "AmlCompute"
            var tags: [String: String] = [:]
            if let zone = compute.zone { tags[ImportTagName.zone] = zone }
            let properties = """
                {"computeType": "\(type)", "computeLocation": "\(region)", "provisioningState": "Succeeded", \
                "properties": {"vmSize": "STANDARD_DS3_V2", "state": "Running"}}
                """
            add(region, item(id: id(workspace, compute.hub) + "/computes/\(compute.id)", name: compute.id,
                             type: workspace + "/computes", region: region, tags: tags, properties: properties))
        }
        let storageIDs = Set(estate.storageAccounts.map(\.id))
        for connection in estate.connections {
            let region = hubs[connection.hub]?.region ?? "global"
            let toStorage = storageIDs.contains(connection.target)
            let target = toStorage
                ? id("Microsoft.Storage/storageAccounts", connection.target)
                : id("Microsoft.CognitiveServices/accounts", connection.target)
            let endpoint = toStorage
                ? "https://\(connection.target).blob.core.windows.net/"
                : "https://\(connection.target).cognitiveservices.azure.com/"
            let properties = """
                {"category": "\(toStorage ? "AzureBlob" : "AIServices")", "target": "\(endpoint)", \
                "authType": "AAD", "metadata": {"ApiType": "Azure", "ResourceId": "\(target)"}}
                """
            add(region, item(id: id(workspace, connection.hub) + "/connections/\(connection.id)", name: connection.id,
                             type: workspace + "/connections", region: region, tags: [:], properties: properties))
        }
        for account in estate.storageAccounts {
            var tags = [ImportTagName.storageRole: account.role.rawValue]
            if let zone = account.zone { tags[ImportTagName.zone] = zone }
            let secondary = RegionCatalog.builtIn.region(named: account.region)?.pair ?? account.region
            let geo = account.redundancy.isGeoRedundant
            let properties = """
                {"primaryLocation": "\(account.region)", "statusOfPrimary": "available", \
                \(geo ? "\"secondaryLocation\": \"\(secondary)\", \"statusOfSecondary\": \"available\", " : "")\
                "minimumTlsVersion": "TLS1_2", "supportsHttpsTrafficOnly": true, "accessTier": "Hot", \
                "primaryEndpoints": {"blob": "https://\(account.id).blob.core.windows.net/", \
                "dfs": "https://\(account.id).dfs.core.windows.net/"}}
                """
            add(account.region, item(
                id: id("Microsoft.Storage/storageAccounts", account.id), name: account.id,
                type: "Microsoft.Storage/storageAccounts", region: account.region, kind: "StorageV2",
                sku: #"{"name": "\#(account.redundancy.rawValue)", "tier": "Standard"}"#, tags: tags,
                properties: properties))
        }
        for vault in estate.keyVaults {
            let properties = """
                {"tenantId": "11111111-1111-1111-1111-111111111111", "enableSoftDelete": true, \
                "softDeleteRetentionInDays": 90, "enablePurgeProtection": \(vault.purgeProtection), \
                "vaultUri": "https://\(vault.id).vault.azure.net/", "sku": {"family": "A", "name": "standard"}}
                """
            add(vault.region, item(id: id("Microsoft.KeyVault/vaults", vault.id), name: vault.id,
                                   type: "Microsoft.KeyVault/vaults", region: vault.region, tags: [:],
                                   properties: properties))
        }
        for registry in estate.containerRegistries {
            let registryID = id("Microsoft.ContainerRegistry/registries", registry.id)
            let properties = """
                {"loginServer": "\(registry.id).azurecr.io", "adminUserEnabled": false, \
                "zoneRedundancy": "\(registry.zoneRedundant ? "Enabled" : "Disabled")", "provisioningState": "Succeeded"}
                """
            add(registry.region, item(id: registryID, name: registry.id, type: "Microsoft.ContainerRegistry/registries",
                                      region: registry.region, sku: #"{"name": "\#(registry.sku.rawValue)", "tier": "\#(registry.sku.rawValue)"}"#,
                                      tags: [:], properties: properties))
            for replica in registry.replicas {
                add(registry.region, item(
                    id: registryID + "/replications/\(replica)", name: replica,
                    type: "Microsoft.ContainerRegistry/registries/replications", region: replica, tags: [:],
                    properties: #"{"provisioningState": "Succeeded", "regionEndpointEnabled": true}"#))
            }
        }
        for component in estate.appInsights {
            add(component.region, item(
                id: id("Microsoft.Insights/components", component.id), name: component.id,
                type: "Microsoft.Insights/components", region: component.region, kind: "web", tags: [:],
                properties: #"{"Application_Type": "web", "IngestionMode": "LogAnalytics"}"#))
        }
        for account in estate.aiServices {
            var tags: [String: String] = [:]
            if let connection = estate.connections.first(where: { $0.target == account.id }) {
                tags[ImportTagName.purpose] = connection.purpose
                tags[ImportTagName.critical] = String(connection.critical)
            }
            add(account.region, item(
                id: id("Microsoft.CognitiveServices/accounts", account.id), name: account.id,
                type: "Microsoft.CognitiveServices/accounts", region: account.region, kind: "AIServices",
                sku: #"{"name": "S0"}"#, tags: tags,
                properties: #"{"endpoint": "https://\#(account.id).cognitiveservices.azure.com/", "publicNetworkAccess": "Enabled"}"#))
        }
        return byRegion
    }

    /// One item as `az resource list` prints it.
    static func item(
        id: String, name: String, type: String, region: String, kind: String? = nil, sku: String? = nil,
        tags: [String: String], properties: String
    ) -> String {
        let group = id.split(separator: "/").dropFirst(3).first.map(String.init) ?? ""
        let tagText = tags.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \"\($0.value)\"" }
            .joined(separator: ",\n      ")
        return """
              {
                "changedTime": "2026-11-20T10:00:00.000000+00:00",
                "createdTime": "2026-01-15T09:30:00.000000+00:00",
                "extendedLocation": null,
                "id": "\(id)",
                "identity": {"principalId": "22222222-2222-2222-2222-222222222222", "tenantId": "11111111-1111-1111-1111-111111111111", "type": "SystemAssigned"},
                "kind": \(kind.map { "\"\($0)\"" } ?? "null"),
                "location": "\(region)",
                "managedBy": null,
                "name": "\(name)",
                "plan": null,
                "properties": \(properties),
                "provisioningState": "Succeeded",
                "resourceGroup": "\(group)",
                "sku": \(sku ?? "null"),
                "tags": {\(tagText.isEmpty ? "" : "\n      " + tagText + "\n    ")},
                "type": "\(type)"
              }
            """
    }
}

/// The `foundry-dr-*` tag names the generator writes (the import's `ImportTags`, spelled here so this target
/// needs only the domain).
enum ImportTagName {
    static let role = "foundry-dr-role"
    static let secondary = "foundry-dr-secondary"
    static let estate = "foundry-dr-estate"
    static let critical = "foundry-dr-critical"
    static let posture = "foundry-dr-posture"
    static let purpose = "foundry-dr-purpose"
    static let storageRole = "foundry-dr-storage-role"
    static let zone = "foundry-dr-zone"
}
