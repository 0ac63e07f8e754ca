import DRDomain
import DRSimulation
import Foundation

/// Builds large synthetic estates for tests and benchmarks: pairs of hubs (primary in a region, secondary in its
/// pair) over every paired region of the catalog, each pair with projects, storage, a shared Key Vault, a
/// geo-replicated registry, App Insights, AI Services, connections, compute and running jobs.
public enum EstateGenerator {
    /// Resources in one hub pair.
    public static let resourcesPerPair = 26

    /// An estate of about `resources` resources (a multiple of ``resourcesPerPair``), reproducible from `seed`.
    public static func make(resources: Int, seed: UInt64 = 1) -> Estate {
        make(hubPairs: max(1, (resources + resourcesPerPair - 1) / resourcesPerPair), seed: seed)
    }

    /// An estate of `hubPairs` primary/secondary hub pairs, reproducible from `seed`.
    public static func make(hubPairs: Int, seed: UInt64 = 1) -> Estate {
        var rng = SplitMix64(seed: seed)
        let catalog = RegionCatalog.builtIn
        let regions = catalog.regions.filter { region in
            region.pair.flatMap { catalog.region(named: $0) } != nil && !region.restricted
        }
        var estate = Estate(name: "generated-\(hubPairs)")
        let postures = DeploymentPosture.allCases
        let skus: [StorageRedundancy] = [.standardRAGZRS, .standardGZRS, .standardRAGRS, .standardGRS]
        for i in 0..<hubPairs {
            let primary = regions[i % regions.count]
            let secondaryName = primary.pair ?? primary.name
            let secondary = catalog.region(named: secondaryName) ?? primary
            let p = "p\(i)"
            let zone = primary.zones.isEmpty ? nil : primary.zones[Int(rng.next() % UInt64(primary.zones.count))]
            estate.hubs += [
                Hub(id: "hub-\(p)", region: primary.name, role: .primary, secondary: "hub-\(p)-s", storage: "st\(p)",
                    keyVault: "kv-\(p)", containerRegistry: "acr\(p)", appInsights: "appi-\(p)"),
                Hub(id: "hub-\(p)-s", region: secondary.name, role: .secondary, storage: "st\(p)s", keyVault: "kv-\(p)",
                    containerRegistry: "acr\(p)", appInsights: "appi-\(p)-s"),
            ]
            var sku = skus[Int(rng.next() % UInt64(skus.count))]
            if !primary.hasZones && sku.isZoneRedundant { sku = sku.hasReadAccessSecondary ? .standardRAGRS : .standardGRS }
            estate.storageAccounts += [
                StorageAccount(id: "st\(p)", region: primary.name, redundancy: sku, role: .hubDefault,
                               lastSyncLag: rng.nextUnit() < 0.5 ? nil : (rng.nextUnit() * 1_200).rounded()),
                StorageAccount(id: "st\(p)s", region: secondary.name,
                               redundancy: secondary.hasZones ? .standardZRS : .standardLRS, role: .hubDefault),
                StorageAccount(id: "st\(p)data", region: primary.name, redundancy: .standardRAGRS, role: .isolatedData,
                               zone: zone),
            ]
            estate.keyVaults.append(KeyVault(id: "kv-\(p)", region: primary.name, purgeProtection: rng.nextUnit() < 0.5))
            estate.containerRegistries.append(ContainerRegistry(
                id: "acr\(p)", region: primary.name, sku: .premium, replicas: [secondary.name],
                zoneRedundant: primary.hasZones && rng.nextUnit() < 0.7))
            estate.appInsights += [AppInsights(id: "appi-\(p)", region: primary.name),
                                   AppInsights(id: "appi-\(p)-s", region: secondary.name)]
            estate.aiServices += [AIServicesAccount(id: "ais-\(p)", region: primary.name),
                                  AIServicesAccount(id: "ais-\(p)-s", region: secondary.name)]
            estate.connections += [
                Connection(id: "conn-\(p)-ais", hub: "hub-\(p)", target: "ais-\(p)", purpose: "foundry-tools", critical: true),
                Connection(id: "conn-\(p)-ais-s", hub: "hub-\(p)", target: "ais-\(p)-s", purpose: "foundry-tools", critical: true),
                Connection(id: "conn-\(p)-data", hub: "hub-\(p)", target: "st\(p)data", purpose: "training-data", critical: false),
                Connection(id: "conn-\(p)-s-ais-s", hub: "hub-\(p)-s", target: "ais-\(p)-s", purpose: "foundry-tools", critical: true),
                Connection(id: "conn-\(p)-s-ais", hub: "hub-\(p)-s", target: "ais-\(p)", purpose: "foundry-tools", critical: true),
            ]
            estate.computes += [
                Compute(id: "ci-\(p)", hub: "hub-\(p)", type: .instance, zone: primary.zones.first),
                Compute(id: "cl-\(p)", hub: "hub-\(p)", type: .cluster, zone: primary.zones.dropFirst().first),
                Compute(id: "cl-\(p)-s", hub: "hub-\(p)-s", type: .cluster),
            ]
            for j in 0..<4 {
                estate.projects.append(Project(id: "proj-\(p)-\(j)", hub: "hub-\(p)", critical: rng.nextUnit() < 0.5,
                                               posture: postures[(i + j) % postures.count]))
            }
            for j in 0..<3 {
                estate.jobs.append(Job(id: "job-\(p)-\(j)", project: "proj-\(p)-\(j)", compute: j == 0 ? "ci-\(p)" : "cl-\(p)"))
            }
            if estate.readiness[secondary.name] == nil {
                estate.readiness[secondary.name] = RegionReadiness(
                    region: secondary.name, quota: .yes, roleAssignments: rng.nextUnit() < 0.5 ? .yes : .unknown,
                    networking: rng.nextUnit() < 0.8 ? .yes : .no, storageAccess: .yes)
            }
        }
        return estate
    }
}
