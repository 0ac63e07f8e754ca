import DRDomain
import Foundation

/// The built-in sample estate (contoso-ai), built in Swift so these tests do not depend on the YAML loader.
/// It mirrors `SampleEstate.yaml` field for field.
enum SampleFixture {
    static var estate: Estate {
        Estate(
            name: "contoso-ai",
            snapshotTime: Date(timeIntervalSince1970: 1_795_856_400),
            hubs: [
                Hub(id: "hub-eus2", region: "eastus2", role: .primary, secondary: "hub-cus", storage: "sthubeus2",
                    keyVault: "kv-contoso-ai", containerRegistry: "acrcontosoai", appInsights: "appi-eus2",
                    resourceGroup: "rg-ai-eus2"),
                Hub(id: "hub-cus", region: "centralus", role: .secondary, storage: "sthubcus", keyVault: "kv-contoso-ai",
                    containerRegistry: "acrcontosoai", appInsights: "appi-cus", resourceGroup: "rg-ai-cus"),
            ],
            projects: [
                Project(id: "proj-chat", hub: "hub-eus2", critical: true, posture: .hotHot,
                        objectives: .init(rto: [.region: 1_800])),
                Project(id: "proj-docs", hub: "hub-eus2", critical: true, posture: .hotWarm),
                Project(id: "proj-lab", hub: "hub-eus2", critical: false, posture: .hotCold),
            ],
            storageAccounts: [
                StorageAccount(id: "sthubeus2", region: "eastus2", redundancy: .standardRAGZRS, role: .hubDefault,
                               secondaryRegion: "centralus", lastSyncLag: 480, resourceGroup: "rg-ai-eus2"),
                StorageAccount(id: "sthubcus", region: "centralus", redundancy: .standardLRS, role: .hubDefault,
                               zone: "centralus-az2", resourceGroup: "rg-ai-cus"),
                StorageAccount(id: "stdataeus2", region: "eastus2", redundancy: .standardRAGRS, role: .isolatedData,
                               lastSyncLag: 720, resourceGroup: "rg-data"),
            ],
            keyVaults: [KeyVault(id: "kv-contoso-ai", region: "eastus2", softDeleteRetentionDays: 90, purgeProtection: true,
                                 resourceGroup: "rg-ai-eus2")],
            containerRegistries: [ContainerRegistry(id: "acrcontosoai", region: "eastus2", sku: .premium,
                                                    replicas: ["centralus"], zoneRedundant: true, resourceGroup: "rg-ai-eus2")],
            appInsights: [AppInsights(id: "appi-eus2", region: "eastus2", resourceGroup: "rg-ai-eus2"),
                          AppInsights(id: "appi-cus", region: "centralus", resourceGroup: "rg-ai-cus")],
            aiServices: [
                AIServicesAccount(id: "ais-contoso-eus2", region: "eastus2", accountKind: "AIServices", resourceGroup: "rg-ai-eus2"),
                AIServicesAccount(id: "ais-contoso-cus", region: "centralus", accountKind: "AIServices", resourceGroup: "rg-ai-cus"),
                AIServicesAccount(id: "ais-docintel-eus2", region: "eastus2", accountKind: "FormRecognizer", resourceGroup: "rg-ai-eus2"),
            ],
            connections: [
                Connection(id: "conn-eus2-ais-eus2", hub: "hub-eus2", target: "ais-contoso-eus2", purpose: "foundry-tools", critical: true),
                Connection(id: "conn-eus2-ais-cus", hub: "hub-eus2", target: "ais-contoso-cus", purpose: "foundry-tools", critical: true),
                Connection(id: "conn-eus2-docintel", hub: "hub-eus2", target: "ais-docintel-eus2", purpose: "document-intelligence", critical: true),
                Connection(id: "conn-eus2-data", hub: "hub-eus2", target: "stdataeus2", purpose: "training-data", critical: false),
                Connection(id: "conn-cus-ais-cus", hub: "hub-cus", target: "ais-contoso-cus", purpose: "foundry-tools", critical: true),
                Connection(id: "conn-cus-ais-eus2", hub: "hub-cus", target: "ais-contoso-eus2", purpose: "foundry-tools", critical: true),
                Connection(id: "conn-cus-data", hub: "hub-cus", target: "stdataeus2", purpose: "training-data", critical: false),
            ],
            computes: [
                Compute(id: "ci-dev-eus2-01", hub: "hub-eus2", type: .instance, zone: "eastus2-az1", vmSize: "Standard_DS3_v2"),
                Compute(id: "ci-dev-eus2-02", hub: "hub-eus2", type: .instance, zone: "eastus2-az2", vmSize: "Standard_DS3_v2"),
                Compute(id: "cluster-train-eus2", hub: "hub-eus2", type: .cluster, zone: "eastus2-az1", vmSize: "Standard_NC24ads_A100_v4"),
                Compute(id: "cluster-train-cus", hub: "hub-cus", type: .cluster, vmSize: "Standard_NC24ads_A100_v4"),
            ],
            jobs: [
                Job(id: "job-finetune-chat-0412", project: "proj-chat", compute: "cluster-train-eus2",
                    startedAt: Date(timeIntervalSince1970: 1_795_851_600)),
                Job(id: "job-eval-docs-0413", project: "proj-docs", compute: "cluster-train-eus2",
                    startedAt: Date(timeIntervalSince1970: 1_795_853_700)),
            ],
            deleted: [
                DeletedResource(id: "kv-contoso-legacy", kind: .keyVault, region: "eastus2",
                                deletedAt: Date(timeIntervalSince1970: 1_794_319_200),
                                purgeAt: Date(timeIntervalSince1970: 1_802_095_200), purgeProtection: true,
                                resourceGroup: "rg-ai-eus2"),
                DeletedResource(id: "ais-contoso-speech", kind: .aiServices, region: "eastus2",
                                deletedAt: Date(timeIntervalSince1970: 1_795_726_800),
                                purgeAt: Date(timeIntervalSince1970: 1_795_899_600), resourceGroup: "rg-ai-eus2"),
            ],
            readiness: ["centralus": RegionReadiness(region: "centralus", quota: .yes, roleAssignments: .unknown,
                                                     networking: .no, storageAccess: .yes)],
            objectives: RecoveryObjectives(
                zone: Objective(rto: 3_600, rpo: 900), region: Objective(rto: 14_400, rpo: 3_600),
                deletion: Objective(rto: 7_200, rpo: 0)))
    }

}
