import DRDomain
import DRSimulation
import Foundation

extension EstateGenerator {
    /// An estate with many projects and connections on few hubs, the shape that made `assess` quadratic: `hubPairs`
    /// primary/secondary pairs in East US 2 and Central US (a Key Vault in each region) sharing `projects`
    /// projects (a third of them critical) and `connections` connections (half on the primaries, half on the
    /// secondaries). Each purpose has two connections on a hub, to two AI Services accounts, so losing one
    /// connection leaves the purpose served.
    public static func wide(projects: Int, connections: Int, hubPairs: Int = 1) -> Estate {
        let pairs = max(1, hubPairs)
        var estate = Estate(name: "wide-\(projects)-\(connections)")
        estate.keyVaults = [KeyVault(id: "kv-wide", region: "eastus2", purgeProtection: true),
                            KeyVault(id: "kv-wide-s", region: "centralus", purgeProtection: true)]
        estate.aiServices = [AIServicesAccount(id: "ais-eus2", region: "eastus2"),
                             AIServicesAccount(id: "ais-cus", region: "centralus")]
        for i in 0..<pairs {
            estate.hubs += [
                Hub(id: "hub-\(i)", region: "eastus2", role: .primary, secondary: "hub-\(i)-s", storage: "st\(i)",
                    keyVault: "kv-wide"),
                Hub(id: "hub-\(i)-s", region: "centralus", role: .secondary, storage: "st\(i)s", keyVault: "kv-wide-s"),
            ]
            estate.storageAccounts += [
                StorageAccount(id: "st\(i)", region: "eastus2", redundancy: .standardRAGZRS, role: .hubDefault),
                StorageAccount(id: "st\(i)s", region: "centralus", redundancy: .standardZRS, role: .hubDefault),
            ]
        }
        for p in 0..<projects {
            estate.projects.append(Project(id: "proj-\(p)", hub: "hub-\(p % pairs)", critical: p % 3 == 0,
                                           posture: DeploymentPosture.allCases[p % DeploymentPosture.allCases.count]))
        }
        for c in 0..<connections {
            let secondary = c % 2 == 1
            let hub = "hub-\(c / 4 % pairs)" + (secondary ? "-s" : "")
            let purpose = "purpose-\(c / 4)"
            let target = (c / 2) % 2 == 0 ? "ais-eus2" : "ais-cus"
            estate.connections.append(Connection(id: "conn-\(c)", hub: hub, target: target, purpose: purpose,
                                                 critical: c / 4 % 2 == 0))
        }
        return estate
    }
}
