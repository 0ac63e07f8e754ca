import DRDomain
import Foundation
import Testing

@testable import DRImport

/// The folder of Microsoft's REST API example responses (Fixtures/azure/rest-examples) is the standard the import
/// meets: it imports in one run, every problem reported once at its record, and the estate validates.
@Suite("Azure import: Microsoft's REST API examples")
struct AzureExampleTests {
    private let result = AzureImport.run(paths: [AzureFixtures.restExamples], referenceTime: AzureFixtures.referenceTime)

    private func short(_ diagnostic: Diagnostic) -> String {
        diagnostic.description.replacingOccurrences(of: AzureFixtures.restExamples + "/", with: "")
    }

    @Test("the whole folder imports in one run; each problem is a warning at its record, once")
    func importsInOneRun() throws {
        #expect(result.diagnostics.isEmpty)
        let estate = try #require(result.estate)
        #expect(EstateFile.parse(EstateWriter.yaml(for: estate), file: "estate.yaml").diagnostics.isEmpty)
        let warnings = result.warnings.map(short)
        #expect(Set(warnings).count == warnings.count)
        #expect(
            warnings == [
                "appinsights-component-get.json:6:11: $.tags: expected an object of tag names and values, found a "
                    + "string; the field is ignored",
                "registry-get.json:1:1: myRegistry: the export lists 1 replica(s) (eastus) but the SKU is Standard, "
                    + "and geo-replication needs Premium; the replicas are left out, so the estate assumes the images "
                    + "live only in westus",
                "storage-get-properties.json:1:1: sto8596: location 'eastus2(stage)' is not in the region catalog; "
                    + "kept as region eastus2stage, its coordinates, pair and zones unknown; include az account "
                    + "list-locations",
                "storage-get-properties.json:1:1: sto8596: location 'northcentralus(stage)' is not in the region "
                    + "catalog; kept as region northcentralusstage, its coordinates, pair and zones unknown; include "
                    + "az account list-locations",
            ])
    }

    @Test("--strict keeps the old refusal: the same problems, no estate")
    func strictRefuses() {
        let strict = AzureImport.run(
            paths: [AzureFixtures.restExamples], referenceTime: AzureFixtures.referenceTime, strict: true)
        #expect(strict.estate == nil)
        #expect(strict.diagnostics.map(short) == result.warnings.map(short))
    }

    @Test("what Azure states is kept: a region outside the catalog and the secondary it replicates to")
    func statedRegionsKept() throws {
        let estate = try #require(result.estate)
        let account = try #require(estate.storage("sto8596"))
        #expect(account.region == "eastus2stage" && account.secondaryRegion == "northcentralusstage")
        #expect(estate.regions.pair(of: "eastus2stage") == "northcentralusstage")
        #expect(account.redundancy == .standardGRS)
    }

    @Test("an account at location global is not a region: left out, saying why")
    func globalIsNotARegion() throws {
        let estate = try #require(result.estate)
        #expect(estate.aiService("bingSearch") == nil)
        #expect(estate.regions.region(named: "global") == nil)
        #expect(
            result.report.notImported.contains {
                $0.hasPrefix("bingSearch: AI Services account at location 'global': a global service is not a region")
            })
    }

    @Test("one compute id in three files: which record was kept and why is reported")
    func duplicateIDsExplained() {
        let notes = result.report.notes.map { $0.replacingOccurrences(of: AzureFixtures.restExamples + "/", with: "") }
        #expect(
            notes.contains(
                "compute123: records of one id disagree on computeType ComputeInstance at compute-instance-get.json:1:1, "
                    + "AKS at computes-list.json:3:5; kept ComputeInstance from compute-instance-get.json:1:1 (a single "
                    + "resource's record is more complete than a list item)"))
        #expect(
            notes.contains(
                "compute123: records of one id disagree on computeType AmlCompute at compute-cluster-get.json:1:1, "
                    + "ComputeInstance at compute-instance-get.json:1:1; kept ComputeInstance from "
                    + "compute-instance-get.json:1:1 (records of one kind: the later file read (in name order) wins)"))
    }

    @Test("a registry's zoneRedundancy property is not trusted: the region's zones decide")
    func registryZones() throws {
        let estate = try #require(result.estate)
        #expect(estate.registry("myRegistry")?.zoneRedundant == false)
        let text = """
            {"id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerRegistry/registries/acr1",
             "type": "Microsoft.ContainerRegistry/registries", "location": "eastus2", "sku": {"name": "Basic"},
             "properties": {"zoneRedundancy": "Disabled"}}
            """
        let zoned = AzureImport.run(paths: [try AzureFixtures.write(text)], referenceTime: AzureFixtures.referenceTime)
        #expect(zoned.estate?.registry("acr1")?.zoneRedundant == true)
        #expect(zoned.report.notes.contains { $0.hasPrefix("acr1: zoneRedundancy Disabled in the export is not used") })
    }

    @Test("a deleted account without dates is imported as deleted, its date unknown, in plain words")
    func deletedWithoutDates() throws {
        let estate = try #require(result.estate)
        let account = try #require(estate.deleted.first { $0.id == "myAccount" })
        #expect(account.kind == .aiServices && !account.deletionDateKnown)
        #expect(account.deletedAt == AzureFixtures.referenceTime && account.purgeAt == nil)
        #expect(account.resourceGroup == "myResourceGroup")
        let line = try #require(result.report.undetermined.first { $0.hasPrefix("myAccount:") })
        #expect(line.contains("deleted AI Services account without a deletion date") && !line.contains("aiServices"))
        #expect(EstateWriter.yaml(for: estate).contains("deletedAt: unknown"))
        #expect(!result.report.notImported.contains { $0.hasPrefix("myAccount") })
    }

    @Test("'deletedAt: unknown' needs a snapshot time")
    func unknownDateNeedsSnapshot() {
        let text = """
            name: x
            deleted:
              - { id: kv1, kind: keyVault, region: eastus2, deletedAt: unknown }
            """
        let result = EstateFile.parse(text, file: "e.yaml")
        #expect(result.diagnostics.map(\.description) == [
            "e.yaml:3:60: 'deletedAt' of deleted key vault 'kv1': 'unknown' needs the estate's snapshotTime, the "
                + "moment the resource was seen deleted"
        ])
    }
}
