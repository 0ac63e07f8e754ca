import DRDomain
import Foundation
import Testing

@testable import DRImport

@Suite("Azure import: the two-region deployment end to end")
struct AzureEndToEndTests {
    static let subscription = "00000000-0000-0000-0000-000000000000"

    private func imported() throws -> (Estate, ImportReport) {
        let result = AzureFixtures.importTwoRegion()
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        return (try #require(result.estate), result.report)
    }

    @Test("hubs: regions, roles, secondary and associated resources by ARM id")
    func hubs() throws {
        let (estate, _) = try imported()
        #expect(estate.name == "contoso-ai")
        #expect(estate.snapshotTime == AzureFixtures.referenceTime)
        #expect(
            estate.hubs == [
                Hub(
                    id: "hub-cus", region: "centralus", role: .secondary, storage: "sthubcus",
                    keyVault: "kv-contoso-ai",
                    containerRegistry: "acrcontosoai", appInsights: "appi-cus", resourceGroup: "rg-ai-cus", subscription: Self.subscription),
                Hub(
                    id: "hub-eus2", region: "eastus2", role: .primary, secondary: "hub-cus", storage: "sthubeus2",
                    keyVault: "kv-contoso-ai", containerRegistry: "acrcontosoai", appInsights: "appi-eus2",
                    resourceGroup: "rg-ai-eus2", subscription: Self.subscription),
            ])
    }

    @Test("projects: the hub from hub_id, workspace_hub and hubResourceId; tags for criticality and posture")
    func projects() throws {
        let (estate, report) = try imported()
        #expect(
            estate.projects == [
                Project(
                    id: "proj-chat", hub: "hub-eus2", critical: true, posture: .hotHot,
                    objectives: .init(rto: [.region: 1_800]), resourceGroup: "rg-ai-eus2", subscription: Self.subscription),
                Project(
                    id: "proj-docs", hub: "hub-eus2", critical: true, posture: .hotWarm, resourceGroup: "rg-ai-eus2", subscription: Self.subscription),
                Project(
                    id: "proj-lab", hub: "hub-eus2", critical: false, posture: .hotCold, resourceGroup: "rg-ai-eus2", subscription: Self.subscription),
            ])
        #expect(
            report.undetermined.contains(
                "proj-lab: criticality unknown, assumed not critical; set tag foundry-dr-critical"))
        #expect(report.undetermined.contains("proj-lab: posture unknown, assumed hot/cold; set tag foundry-dr-posture"))
    }

    @Test("storage: SKU, role, geo-secondary, sync lag against the reference time, zone via the zone mapping")
    func storage() throws {
        let (estate, _) = try imported()
        #expect(
            estate.storageAccounts == [
                StorageAccount(
                    id: "stdataeus2", region: "eastus2", redundancy: .standardRAGRS, role: .isolatedData,
                    secondaryRegion: "centralus", lastSyncLag: 720, resourceGroup: "rg-data", subscription: Self.subscription),
                StorageAccount(
                    id: "sthubcus", region: "centralus", redundancy: .standardLRS, role: .hubDefault,
                    zone: "centralus-az2", resourceGroup: "rg-ai-cus", subscription: Self.subscription),
                StorageAccount(
                    id: "sthubeus2", region: "eastus2", redundancy: .standardRAGZRS, role: .hubDefault,
                    secondaryRegion: "centralus", lastSyncLag: 480, resourceGroup: "rg-ai-eus2", subscription: Self.subscription),
            ])
    }

    @Test("vault, registry with replicas (home region left out), App Insights, AI Services")
    func associatedResources() throws {
        let (estate, _) = try imported()
        #expect(
            estate.keyVaults == [
                KeyVault(
                    id: "kv-contoso-ai", region: "eastus2", softDeleteRetentionDays: 90,
                    purgeProtection: true, resourceGroup: "rg-ai-eus2", subscription: Self.subscription)
            ])
        #expect(
            estate.containerRegistries == [
                ContainerRegistry(
                    id: "acrcontosoai", region: "eastus2", sku: .premium, replicas: ["centralus"],
                    zoneRedundant: true, resourceGroup: "rg-ai-eus2", subscription: Self.subscription)
            ])
        #expect(estate.appInsights.map(\.id) == ["appi-cus", "appi-eus2"])
        #expect(
            estate.aiServices.map { "\($0.id) \($0.region) \($0.accountKind)" } == [
                "ais-contoso-cus centralus AIServices", "ais-contoso-eus2 eastus2 AIServices",
                "ais-docintel-eus2 eastus2 FormRecognizer",
            ])
    }

    @Test("connections of hub-eus2 with purposes from target tags; hub-cus reported as undetermined")
    func connections() throws {
        let (estate, report) = try imported()
        #expect(
            estate.connections == [
                Connection(
                    id: "conn-eus2-ais-cus", hub: "hub-eus2", target: "ais-contoso-cus", purpose: "foundry-tools",
                    critical: true),
                Connection(
                    id: "conn-eus2-ais-eus2", hub: "hub-eus2", target: "ais-contoso-eus2", purpose: "foundry-tools",
                    critical: true),
                Connection(
                    id: "conn-eus2-data", hub: "hub-eus2", target: "stdataeus2", purpose: "training-data",
                    critical: false),
                Connection(
                    id: "conn-eus2-docintel", hub: "hub-eus2", target: "ais-docintel-eus2",
                    purpose: "document-intelligence", critical: true),
            ])
        #expect(report.undetermined.contains { $0.hasPrefix("hub-cus: hub connections could not be determined") })
    }

    @Test("computes: instances and clusters with zones and sizes; Kubernetes skipped by type; states reported")
    func computes() throws {
        let (estate, report) = try imported()
        #expect(
            estate.computes == [
                Compute(
                    id: "ci-dev-eus2-01", hub: "hub-eus2", type: .instance, zone: "eastus2-az1",
                    vmSize: "Standard_DS3_v2"),
                Compute(
                    id: "ci-dev-eus2-02", hub: "hub-eus2", type: .instance, zone: "eastus2-az2",
                    vmSize: "Standard_DS3_v2"),
                Compute(id: "cluster-train-cus", hub: "hub-cus", type: .cluster, vmSize: "Standard_NC24ads_A100_v4"),
                Compute(
                    id: "cluster-train-eus2", hub: "hub-eus2", type: .cluster, zone: "eastus2-az1",
                    vmSize: "Standard_NC24ads_A100_v4"),
            ])
        #expect(report.skippedTypes["compute type Kubernetes"] == 1)
        #expect(report.notes.contains("compute states: Running 1, Stopped 1"))
    }

    @Test("soft-deleted vault and AI Services account with their dates and resource groups")
    func deleted() throws {
        let (estate, _) = try imported()
        let date = { (text: String) in Timestamp.parse(text) }
        #expect(
            estate.deleted == [
                DeletedResource(
                    id: "ais-contoso-speech", kind: .aiServices, region: "eastus2",
                    deletedAt: try #require(date("2026-11-26T21:00:00Z")), purgeAt: date("2026-11-28T21:00:00Z"),
                    resourceGroup: "rg-ai-eus2", subscription: Self.subscription),
                DeletedResource(
                    id: "kv-contoso-legacy", kind: .keyVault, region: "eastus2",
                    deletedAt: try #require(date("2026-11-10T14:00:00Z")), purgeAt: date("2027-02-08T14:00:00Z"),
                    purgeProtection: true, resourceGroup: "rg-ai-eus2", subscription: Self.subscription),
            ])
    }

    @Test("regions: the pair, zones from the mapping, and the operator's export overriding West US zones")
    func regions() throws {
        let (estate, _) = try imported()
        #expect(estate.regions.pair(of: "eastus2") == "centralus")
        #expect(estate.regions.pair(of: "centralus") == "eastus2")
        #expect(estate.regions.region(named: "eastus2")?.zones == ["eastus2-az1", "eastus2-az2", "eastus2-az3"])
        #expect(estate.regions.region(named: "westus")?.zones == ["westus-az1", "westus-az2", "westus-az3"])
        #expect(estate.regions.region(named: "unitedstates") == nil)
        #expect(estate.usedRegions == ["centralus", "eastus2"])
    }

    @Test("objectives from hub tags, readiness from secondary hub tags")
    func objectivesAndReadiness() throws {
        let (estate, _) = try imported()
        #expect(
            estate.objectives
                == RecoveryObjectives(
                    zone: Objective(rto: 3_600, rpo: 900), region: Objective(rto: 14_400, rpo: 3_600),
                    deletion: Objective(rto: 7_200, rpo: 0)))
        #expect(
            estate.readiness == [
                "centralus": RegionReadiness(
                    region: "centralus", quota: .yes, roleAssignments: .unknown, networking: .no, storageAccess: .yes)
            ])
    }

    @Test("the report counts what was found and lists what was skipped")
    func report() throws {
        let (_, report) = try imported()
        #expect(report.count(of: "hubs") == 2 && report.count(of: "projects") == 3)
        #expect(report.count(of: "registry replicas") == 1 && report.count(of: "deleted resources") == 2)
        #expect(report.skippedTypes["microsoft.network/virtualnetworks"] == 2)
        #expect(report.notImported == ["mlw-legacy: workspace of kind 'Default', not a Foundry hub or project"])
        #expect(
            report.skippedFiles.map { URL(fileURLWithPath: $0.file).lastPathComponent } == [
                "NOTES.txt", "storage-connection-string.json", "storage-keys-stdataeus2.json",
            ])
        let text = report.text
        #expect(text.contains("Found: 2 hubs, 3 projects, 3 storage accounts, 1 key vaults"))
        #expect(text.contains("Could not determine (3):"))
    }

    @Test("the same exports give the same estate and text, whatever the order of the paths")
    func deterministic() throws {
        let (first, _) = try imported()
        let files = try FileManager.default.contentsOfDirectory(atPath: AzureFixtures.twoRegion)
            .filter { $0.hasSuffix(".json") }.sorted().reversed().map(AzureFixtures.file)
        let second = try #require(AzureImport.run(paths: files, referenceTime: AzureFixtures.referenceTime).estate)
        #expect(first == second)
        #expect(EstateWriter.yaml(for: first) == EstateWriter.yaml(for: second))
    }

    @Test("--merge keeps connections, jobs, roles and postures the exports lack; exports win for SKUs")
    func merge() throws {
        let (base, _) = try imported()
        var previous = base
        previous.name = "contoso-previous"
        previous.connections.append(
            Connection(
                id: "conn-cus-ais-cus", hub: "hub-cus", target: "ais-contoso-cus", purpose: "foundry-tools",
                critical: true))
        previous.jobs = [Job(id: "job-1", project: "proj-lab", compute: "cluster-train-eus2")]
        previous.projects[2].posture = .hotWarm
        previous.projects[2].critical = true
        previous.storageAccounts[1].redundancy = .standardZRS
        previous.hubs.append(
            Hub(id: "hub-weu", region: "westeurope", role: .secondary, storage: "sthubcus", keyVault: "kv-contoso-ai"))
        let result = AzureFixtures.importTwoRegion(merge: previous)
        let estate = try #require(result.estate)
        #expect(estate.name == "contoso-ai")
        #expect(estate.connections.contains { $0.id == "conn-cus-ais-cus" })
        #expect(estate.jobs.map(\.id) == ["job-1"])
        #expect(estate.project("proj-lab")?.posture == .hotWarm && estate.project("proj-lab")?.critical == true)
        #expect(estate.storage("sthubcus")?.redundancy == .standardLRS)
        #expect(estate.hub("hub-weu") != nil)
        #expect(!result.report.undetermined.contains { $0.hasPrefix("proj-lab") })
        #expect(result.report.keptFromMerge.contains { $0.contains("hub hub-weu") })
        #expect(result.report.keptFromMerge.contains { $0.hasPrefix("hub-cus: 1 connection(s)") })
    }
}
