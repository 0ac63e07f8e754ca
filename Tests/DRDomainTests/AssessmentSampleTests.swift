import Foundation
import Testing
@testable import DRDomain

/// The built-in sample estate (contoso-ai), rebuilt in Swift so the domain tests need no YAML loader.
enum AssessmentSample {
    static func date(_ text: String) -> Date {
        (try? Date(text, strategy: .iso8601)) ?? Date(timeIntervalSince1970: 0)
    }

    static let estate = Estate(
        name: "contoso-ai", snapshotTime: date("2026-11-28T09:00:00Z"),
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
        keyVaults: [KeyVault(id: "kv-contoso-ai", region: "eastus2", purgeProtection: true, resourceGroup: "rg-ai-eus2")],
        containerRegistries: [
            ContainerRegistry(id: "acrcontosoai", region: "eastus2", sku: .premium, replicas: ["centralus"],
                              zoneRedundant: true, resourceGroup: "rg-ai-eus2")
        ],
        appInsights: [
            AppInsights(id: "appi-eus2", region: "eastus2", resourceGroup: "rg-ai-eus2"),
            AppInsights(id: "appi-cus", region: "centralus", resourceGroup: "rg-ai-cus"),
        ],
        aiServices: [
            AIServicesAccount(id: "ais-contoso-eus2", region: "eastus2", resourceGroup: "rg-ai-eus2"),
            AIServicesAccount(id: "ais-contoso-cus", region: "centralus", resourceGroup: "rg-ai-cus"),
            AIServicesAccount(id: "ais-docintel-eus2", region: "eastus2", accountKind: "FormRecognizer",
                              resourceGroup: "rg-ai-eus2"),
        ],
        connections: [
            Connection(id: "conn-eus2-ais-eus2", hub: "hub-eus2", target: "ais-contoso-eus2", purpose: "foundry-tools",
                       critical: true),
            Connection(id: "conn-eus2-ais-cus", hub: "hub-eus2", target: "ais-contoso-cus", purpose: "foundry-tools",
                       critical: true),
            Connection(id: "conn-eus2-docintel", hub: "hub-eus2", target: "ais-docintel-eus2",
                       purpose: "document-intelligence", critical: true),
            Connection(id: "conn-eus2-data", hub: "hub-eus2", target: "stdataeus2", purpose: "training-data",
                       critical: false),
            Connection(id: "conn-cus-ais-cus", hub: "hub-cus", target: "ais-contoso-cus", purpose: "foundry-tools",
                       critical: true),
            Connection(id: "conn-cus-ais-eus2", hub: "hub-cus", target: "ais-contoso-eus2", purpose: "foundry-tools",
                       critical: true),
            Connection(id: "conn-cus-data", hub: "hub-cus", target: "stdataeus2", purpose: "training-data",
                       critical: false),
        ],
        computes: [
            Compute(id: "ci-dev-eus2-01", hub: "hub-eus2", type: .instance, zone: "eastus2-az1"),
            Compute(id: "cluster-train-eus2", hub: "hub-eus2", type: .cluster, zone: "eastus2-az1"),
            Compute(id: "cluster-train-cus", hub: "hub-cus", type: .cluster),
        ],
        jobs: [
            Job(id: "job-finetune-chat-0412", project: "proj-chat", compute: "cluster-train-eus2",
                startedAt: date("2026-11-28T07:40:00Z")),
            Job(id: "job-eval-docs-0413", project: "proj-docs", compute: "cluster-train-eus2",
                startedAt: date("2026-11-28T08:15:00Z")),
        ],
        deleted: [
            DeletedResource(id: "kv-contoso-legacy", kind: .keyVault, region: "eastus2",
                            deletedAt: date("2026-11-10T14:00:00Z"), purgeAt: date("2027-02-08T14:00:00Z"),
                            purgeProtection: true, resourceGroup: "rg-ai-eus2"),
            DeletedResource(id: "ais-contoso-speech", kind: .aiServices, region: "eastus2",
                            deletedAt: date("2026-11-26T21:00:00Z"), purgeAt: date("2026-11-28T21:00:00Z"),
                            resourceGroup: "rg-ai-eus2"),
        ],
        readiness: [
            "centralus": RegionReadiness(region: "centralus", quota: .yes, roleAssignments: .unknown, networking: .no,
                                         storageAccess: .yes)
        ],
        objectives: RecoveryObjectives(
            zone: Objective(rto: 3_600, rpo: 900), region: Objective(rto: 14_400, rpo: 3_600),
            deletion: Objective(rto: 7_200, rpo: 0)))
}

@Suite("Assessment: the sample estate")
struct AssessmentSampleTests {
    @Test("the sample's deliberate gaps are errors and warnings, in contract order")
    func sampleFindings() {
        let assessment = Assessor(now: AssessmentFixtures.t0).assess(AssessmentSample.estate)
        #expect(assessment.ids == [
            "readiness-networking:centralus",
            "rto-exceeded:proj-chat",
            "storage-not-zone-redundant:sthubcus",
            "connection-single-region:hub-eus2/document-intelligence",
            "default-storage-no-failover:sthubeus2",
            "keyvault-shared-awaits-microsoft:hub-eus2/kv-contoso-ai",
            "storage-not-geo-redundant:sthubcus",
            "readiness-role-assignments:centralus",
            "rto-exceeded:proj-lab",
            "deleted-purge-imminent:ais-contoso-speech",
            "jobs-need-resubmission:hub-eus2",
            "metadata-not-recoverable:hub-eus2",
            "hub-not-soft-deletable:hub-cus",
            "hub-not-soft-deletable:hub-eus2",
        ])
        #expect(assessment.count(.error) == 2)
        #expect(assessment.count(.warning) == 8)
        #expect(assessment.count(.info) == 4)
    }

    @Test("the sample renders byte-identically every time, whatever the clock says")
    func deterministic() {
        let a = Assessor(now: Date(timeIntervalSince1970: 0)).assess(AssessmentSample.estate)
        let b = Assessor(now: AssessmentFixtures.t0).assess(AssessmentSample.estate)
        for format in AssessmentFormat.allCases {
            #expect(render(a, as: format) == render(b, as: format))
        }
    }
}
