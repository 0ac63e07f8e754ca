import DRDomain
import Foundation
import Testing

@testable import DRImport

@Suite("Azure import: the estate it returns is always one foundry-dr validate accepts")
struct AzureValidityTests {
    private let sub = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers"

    private func run(_ text: String) throws -> ImportResult {
        AzureImport.run(paths: [try AzureFixtures.write(text)], referenceTime: AzureFixtures.referenceTime)
    }

    @Test("an unknown region is added to the catalog with only its name, and reported")
    func unknownRegionAdded() throws {
        let result = try run(#"[{"id": "\#(sub)/microsoft.insights/components/appi1", "location": "Atlantis North"}]"#)
        let estate = try #require(result.estate)
        #expect(estate.regions.region(named: "atlantisnorth")?.displayName == "Atlantis North")
        #expect(EstateWriter.yaml(for: estate).contains("  - name: atlantisnorth\n    displayName: Atlantis North\n"))
    }

    @Test("a stated geo-secondary that is not the catalog's pair is kept: it states the region's pair")
    func secondaryNotThePair() throws {
        let result = try run(
            """
            [{"id": "\(sub)/Microsoft.Storage/storageAccounts/st1", "type": "Microsoft.Storage/storageAccounts",
              "location": "eastus2", "sku": {"name": "Standard_GRS"}, "secondaryLocation": "westus",
              "geoReplicationStats": {"lastSyncTime": "2026-11-28T08:59:00Z", "status": "Bootstrap"}}]
            """)
        let estate = try #require(result.estate)
        let account = try #require(estate.storageAccounts.first)
        #expect(account.secondaryRegion == "westus" && account.lastSyncLag == 60)
        #expect(estate.regions.pair(of: "eastus2") == "westus")
        #expect(result.report.notes.contains { $0.hasPrefix("st1: geo-replication status is Bootstrap, not Live") })
        #expect(
            result.report.notes.contains(
                "eastus2: pair set to westus, the secondary region Azure states for st1 (the region catalog had "
                    + "centralus)"))
        #expect(result.report.count(of: "region overrides") == 1)
    }

    @Test("a region the catalog does not know has an unknown pair, not none: geo-redundant storage there imports")
    func unknownPair() throws {
        let result = try run(
            """
            [{"id": "\(sub)/Microsoft.Storage/storageAccounts/st1", "type": "Microsoft.Storage/storageAccounts",
              "location": "newregion1", "sku": {"name": "Standard_GRS"}}]
            """)
        let estate = try #require(result.estate)
        let region = try #require(estate.regions.region(named: "newregion1"))
        #expect(region.pair == nil && !region.pairKnown)
        #expect(estate.storageAccounts.first?.secondaryRegion == nil)
        #expect(result.report.undetermined.contains { $0.hasPrefix("st1: Standard_GRS replicates to the pair of newregion1, which is unknown") })
        let yaml = EstateWriter.yaml(for: estate)
        #expect(yaml.contains("  - name: newregion1\n    geography: Unspecified\n    pair: unknown\n"))
        #expect(EstateFile.parse(yaml, file: "e.yaml").estate?.regions.region(named: "newregion1")?.pairKnown == false)
    }

    @Test("a stated geo-secondary that list-locations contradicts is left unset, a warning at its record")
    func secondaryContradicted() throws {
        let locations = try AzureFixtures.write(
            """
            [{"id": "/subscriptions/s/locations/eastus2", "name": "eastus2", "type": "Region", "displayName": "East US 2",
              "metadata": {"regionType": "Physical", "pairedRegion": [{"name": "centralus"}]}}]
            """, name: "locations.json")
        let storage = try AzureFixtures.write(
            """
            [{"id": "\(sub)/Microsoft.Storage/storageAccounts/st1", "type": "Microsoft.Storage/storageAccounts",
              "location": "eastus2", "sku": {"name": "Standard_GRS"}, "secondaryLocation": "westus"}]
            """)
        let result = AzureImport.run(paths: [locations, storage], referenceTime: AzureFixtures.referenceTime)
        #expect(result.estate?.storageAccounts.first?.secondaryRegion == nil)
        #expect(
            result.warnings.map(\.description) == [
                "\(storage):1:2: st1: Azure states the secondary region westus, but list-locations pairs eastus2 to "
                    + "centralus; the secondary is left unset"
            ])
    }

    @Test("a zone tag outside the resource's region is left unset and reported")
    func zoneOutsideRegion() throws {
        let result = try run(
            """
            [{"id": "\(sub)/Microsoft.Storage/storageAccounts/st1", "type": "Microsoft.Storage/storageAccounts",
              "location": "eastus2", "sku": {"name": "Standard_LRS"}, "tags": {"foundry-dr-zone": "centralus-az1"}}]
            """)
        #expect(result.estate?.storageAccounts.first?.zone == nil)
        #expect(
            result.report.undetermined.contains(
                "st1: zone centralus-az1 is not a zone of eastus2 in the region catalog; left unset"))
    }

    @Test("an estate the validator would reject is not returned; the reason is a diagnostic")
    func validationNet() throws {
        let result = try run(
            """
            [{"id": "\(sub)/Microsoft.Storage/storageAccounts/st1", "type": "Microsoft.Storage/storageAccounts",
              "location": "westus", "sku": {"name": "Standard_ZRS"}}]
            """)
        #expect(result.estate == nil)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.line == 1 && diagnostic.column == 2 && diagnostic.file.hasSuffix("export.json"))
        #expect(diagnostic.message.hasPrefix("st1: the imported estate is not valid: 'sku' of"))
        #expect(diagnostic.message.contains("westus has none"))
    }

    @Test("the operator's list-locations makes the same account valid (West US zones)")
    func listLocationsFixesZones() throws {
        let result = AzureImport.run(
            paths: [
                AzureFixtures.file("locations.json"),
                try AzureFixtures.write(
                    """
                    [{"id": "\(sub)/Microsoft.Storage/storageAccounts/st1", "type": "Microsoft.Storage/storageAccounts",
                      "location": "westus", "sku": {"name": "Standard_ZRS"}}]
                    """),
            ],
            referenceTime: AzureFixtures.referenceTime)
        #expect(result.diagnostics.isEmpty)
        #expect(result.estate?.storageAccounts.first?.redundancy == .standardZRS)
    }
}
