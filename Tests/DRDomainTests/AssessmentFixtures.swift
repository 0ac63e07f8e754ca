import Foundation
import Testing
@testable import DRDomain

/// Small estates for assessment tests, built concisely: a well-configured baseline and edits to it.
enum AssessmentFixtures {
    /// The snapshot time of every fixture.
    static let t0 = Date(timeIntervalSince1970: 1_795_000_000)

    /// A well-configured two-region estate: hub-p in eastus2 fails over to hub-s in centralus (its pair); GZRS
    /// default storage on both; one purge-protected vault shared; a Premium registry replicated to centralus and
    /// shared; App Insights in each region; the critical "tools" connection backed in two regions on both hubs;
    /// the secondary region ready. proj-a is critical hot/warm, proj-b noncritical hot/warm.
    static func healthy() -> Estate {
        Estate(
            name: "fixture", snapshotTime: t0,
            hubs: [
                Hub(id: "hub-p", region: "eastus2", role: .primary, secondary: "hub-s", storage: "st-p",
                    keyVault: "kv-shared", containerRegistry: "acrshared", appInsights: "appi-p", resourceGroup: "rg-p"),
                Hub(id: "hub-s", region: "centralus", role: .secondary, storage: "st-s", keyVault: "kv-shared",
                    containerRegistry: "acrshared", appInsights: "appi-s", resourceGroup: "rg-s"),
            ],
            projects: [
                Project(id: "proj-a", hub: "hub-p", critical: true, posture: .hotWarm),
                Project(id: "proj-b", hub: "hub-p", critical: false, posture: .hotWarm),
            ],
            storageAccounts: [
                StorageAccount(id: "st-p", region: "eastus2", redundancy: .standardGZRS, role: .hubDefault,
                               secondaryRegion: "centralus", lastSyncLag: 300, resourceGroup: "rg-p"),
                StorageAccount(id: "st-s", region: "centralus", redundancy: .standardGZRS, role: .hubDefault,
                               resourceGroup: "rg-s"),
            ],
            keyVaults: [KeyVault(id: "kv-shared", region: "eastus2", purgeProtection: true, resourceGroup: "rg-p")],
            containerRegistries: [
                ContainerRegistry(id: "acrshared", region: "eastus2", sku: .premium, replicas: ["centralus"],
                                  zoneRedundant: true, resourceGroup: "rg-p")
            ],
            appInsights: [AppInsights(id: "appi-p", region: "eastus2"), AppInsights(id: "appi-s", region: "centralus")],
            aiServices: [
                AIServicesAccount(id: "ais-p", region: "eastus2", resourceGroup: "rg-p"),
                AIServicesAccount(id: "ais-s", region: "centralus", resourceGroup: "rg-s"),
            ],
            connections: [
                Connection(id: "c-p1", hub: "hub-p", target: "ais-p", purpose: "tools", critical: true),
                Connection(id: "c-p2", hub: "hub-p", target: "ais-s", purpose: "tools", critical: true),
                Connection(id: "c-s1", hub: "hub-s", target: "ais-s", purpose: "tools", critical: true),
                Connection(id: "c-s2", hub: "hub-s", target: "ais-p", purpose: "tools", critical: true),
            ],
            readiness: [
                "centralus": RegionReadiness(
                    region: "centralus", quota: .yes, roleAssignments: .yes, networking: .yes, storageAccess: .yes)
            ])
    }

    /// The healthy estate after an edit.
    static func healthy(_ edit: (inout Estate) -> Void) -> Estate {
        var estate = healthy()
        edit(&estate)
        return estate
    }

    /// Assesses at the fixture time.
    static func assess(_ estate: Estate) -> Assessment { Assessor(now: t0).assess(estate) }

    /// Assesses the healthy estate after an edit.
    static func assess(_ edit: (inout Estate) -> Void) -> Assessment { assess(healthy(edit)) }
}

extension Estate {
    /// Edits the element with this id in one of the estate's lists.
    mutating func update<T: Identifiable>(
        _ list: WritableKeyPath<Estate, [T]>, _ id: T.ID, _ change: (inout T) -> Void
    ) {
        guard let index = self[keyPath: list].firstIndex(where: { $0.id == id }) else {
            Issue.record("no element \(id) to update")
            return
        }
        change(&self[keyPath: list][index])
    }
}

extension Assessment {
    /// The finding with this id, if any.
    func finding(_ id: String) -> Finding? { findings.first { $0.id == id } }

    /// The ids of the findings of one check, in order.
    func ids(of check: AssessmentCheck) -> [String] {
        findings.map(\.id).filter { $0.hasPrefix(check.rawValue + ":") }
    }

    /// The ids of every finding, in order.
    var ids: [String] { findings.map(\.id) }
}
