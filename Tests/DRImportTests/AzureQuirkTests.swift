import DRDomain
import Foundation
import Testing

@testable import DRImport

/// The ten things of azure-facts section 0 that break a naive decoder. Quirks 1, 2, 3 (Service Health) and 8
/// are covered for health data in HealthImportTests; the estate side of each is here.
@Suite("Azure import: the quirks of azure-facts section 0")
struct AzureQuirkTests {
    private let sub = "/subscriptions/00000000-0000-0000-0000-000000000000"

    private func run(_ text: String, merge: Estate? = nil) throws -> ImportResult {
        AzureImport.run(
            paths: [try AzureFixtures.write(text)], merge: merge, referenceTime: AzureFixtures.referenceTime)
    }

    private func hub(_ name: String, kind: String, type: String, location: String = "eastus2") -> String {
        """
        {"id": "\(sub)/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/\(name)",
         "name": "\(name)", "type": "\(type)", "kind": "\(kind)", "location": "\(location)",
         "properties": {"storageAccount": "\(sub)/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st1",
                        "keyVault": "\(sub)/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv1"}}
        """
    }

    @Test("quirk 1: times with 7 fractional digits, offsets, no zone and numbers all parse to whole seconds")
    func timestamps() {
        let expected = Timestamp.parse("2026-11-28T08:52:00Z")
        #expect(AzureTime.parse("2026-11-28T08:52:00.1234567Z") == expected)
        #expect(AzureTime.parse("2026-11-28T08:52:00.1234567+00:00") == expected)
        #expect(AzureTime.parse("2026-11-28T10:52:00+02:00") == expected)
        #expect(AzureTime.parse("2026-11-28T08:52:00.5") == expected)
        #expect(AzureTime.parse("2026-11-28 08:52:00") == expected)
        #expect(AzureTime.date(number: 1_795_855_920) == expected)
        #expect(AzureTime.date(number: 1_795_855_920_000) == expected)
        #expect(AzureTime.date(number: 639_314_527_200_000_000) == expected)
        #expect(AzureTime.parse("yesterday") == nil)
    }

    @Test("quirk 2: PascalCase and camelCase members read alike")
    func memberCasing() throws {
        let result = try run(
            """
            [{"ID": "\(sub)/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv1", "Type": "Microsoft.KeyVault/vaults",
              "Location": "eastus2", "Properties": {"EnablePurgeProtection": true, "SoftDeleteRetentionInDays": 30}}]
            """)
        #expect(
            result.estate?.keyVaults == [
                KeyVault(
                    id: "kv1", region: "eastus2", softDeleteRetentionDays: 30, purgeProtection: true,
                    resourceGroup: "rg", subscription: "00000000-0000-0000-0000-000000000000")
            ])
    }

    @Test("quirk 3: display-name locations map to programmatic names; unknown regions are reported")
    func displayNames() throws {
        let result = try run(
            """
            [{"id": "\(sub)/resourceGroups/rg/providers/microsoft.insights/components/appi1", "location": "East US 2"},
             {"id": "\(sub)/resourceGroups/rg/providers/microsoft.insights/components/appi2", "location": "Atlantis North"}]
            """)
        #expect(result.estate?.appInsights.map(\.region) == ["eastus2", "atlantisnorth"])
        #expect(
            result.warnings.map(\.message) == [
                "appi2: location 'Atlantis North' is not in the region catalog; kept as region atlantisnorth, its "
                    + "coordinates, pair and zones unknown; include az account list-locations"
            ])
        #expect(result.warnings.first?.line == 2)
    }

    @Test(
        "quirk 4: types and workspace kinds in any case",
        arguments: [
            ("Microsoft.MachineLearningServices/workspaces", "Hub"),
            ("microsoft.machinelearningservices/workspaces", "hub"),
            ("MICROSOFT.MACHINELEARNINGSERVICES/WORKSPACES", "HUB"),
        ])
    func typeCasing(type: String, kind: String) throws {
        let result = try run("[\(hub("hub1", kind: kind, type: type))]")
        #expect(result.estate?.hubs.map(\.id) == ["hub1"])
        #expect(result.estate?.hubs.first?.storage == "st1")
    }

    @Test("quirk 5: az resource list's null properties: the hub's storage is unknown and the hub is left out")
    func nullProperties() throws {
        let result = try run(
            """
            [{"id": "\(sub)/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/hub1",
              "type": "Microsoft.MachineLearningServices/workspaces", "kind": "Hub", "location": "eastus2",
              "properties": null, "tags": null, "sku": {"name": "Basic"}},
             {"id": "\(sub)/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/proj1",
              "type": "Microsoft.MachineLearningServices/workspaces", "kind": "Project", "location": "eastus2",
              "properties": null},
             {"id": "\(sub)/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st1",
              "type": "Microsoft.Storage/storageAccounts", "location": "eastus2", "properties": null,
              "sku": {"name": "Standard_GZRS", "tier": "Standard"}}]
            """)
        let estate = try #require(result.estate)
        #expect(estate.hubs.isEmpty)
        #expect(estate.storageAccounts.map(\.redundancy) == [.standardGZRS])
        #expect(
            result.report.notImported.contains {
                $0.hasPrefix("hub1: default storage account unknown (export az ml workspace show -n hub1 -g rg)")
            })
        #expect(result.report.notImported.contains { $0.hasPrefix("proj1: project left out: hub unknown") })
        #expect(
            result.report.undetermined.contains {
                $0.hasPrefix(
                    "st1: geo-replication lag unknown; export az storage account show --expand geoReplicationStats")
            })
    }

    @Test("quirk 6: pairs are directed and pairedRegion is an array")
    func directedPairs() throws {
        let result = try run(
            """
            [{"id": "\(sub)/locations/westus3", "name": "westus3", "type": "Region", "displayName": "West US 3",
              "metadata": {"regionType": "Physical", "latitude": "33.448376", "longitude": "-112.074036",
                           "pairedRegion": [{"name": "eastus"}, {"name": "westus"}]}},
             {"id": "\(sub)/locations/eastus", "name": "eastus", "type": "Region", "displayName": "East US",
              "metadata": {"regionType": "Physical", "latitude": "37.3719", "longitude": "-79.8164",
                           "pairedRegion": [{"name": "westus"}]}},
             {"id": "\(sub)/locations/brandnew", "name": "brandnew", "type": "Region", "displayName": "Brand New",
              "metadata": {"regionType": "Physical", "geography": "Nowhere", "latitude": "1.5", "longitude": "2",
                           "pairedRegion": []}, "availabilityZoneMappings": []},
             {"id": "\(sub)/resourceGroups/rg/providers/microsoft.insights/components/appi1", "location": "westus3"}]
            """)
        let catalog = try #require(result.estate?.regions)
        #expect(catalog.pair(of: "westus3") == "eastus")
        #expect(catalog.pair(of: "eastus") == "westus")
        #expect(catalog.region(named: "westus3")?.keyVaultReplicatesAcrossRegions == false)
        #expect(
            catalog.region(named: "brandnew")
                == Region(
                    name: "brandnew", displayName: "Brand New", geography: "Nowhere", latitude: 1.5, longitude: 2))
        #expect(
            result.report.notes.contains("westus3: list-locations names 2 paired regions; the first, eastus, is used"))
    }

    @Test("quirk 7: soft-delete windows differ by service")
    func softDeleteWindows() throws {
        let result = try run(
            """
            [{"id": "\(sub)/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv7", "type": "Microsoft.KeyVault/vaults",
              "location": "eastus2", "properties": {"enableSoftDelete": true, "softDeleteRetentionInDays": 7,
              "enablePurgeProtection": false}},
             {"id": "\(sub)/providers/Microsoft.CognitiveServices/locations/eastus2/resourceGroups/rg/deletedAccounts/ais1",
              "type": "Microsoft.CognitiveServices/accounts", "kind": "OpenAI", "location": "eastus2",
              "properties": {"deletionDate": "2026-11-27T09:00:00Z"}},
             {"id": "\(sub)/providers/Microsoft.Storage/locations/eastus2/deletedAccounts/stgone",
              "type": "Microsoft.Storage/deletedAccounts",
              "properties": {"storageAccountResourceId": "\(sub)/resourceGroups/rg-old/providers/Microsoft.Storage/storageAccounts/stgone",
                             "location": "eastus2", "deletionTime": "2026-11-20T09:00:00Z"}}]
            """)
        let estate = try #require(result.estate)
        #expect(estate.keyVault("kv7")?.softDeleteRetentionDays == 7)
        let ais = try #require(estate.deleted.first { $0.id == "ais1" })
        #expect(ais.kind == .aiServices && ais.purgeAt == nil)
        #expect(ais.effectivePurgeAt() == Timestamp.parse("2026-11-29T09:00:00Z"))
        let storage = try #require(estate.deleted.first { $0.id == "stgone" })
        #expect(storage.kind == .storage && storage.resourceGroup == "rg-old")
        #expect(storage.effectivePurgeAt() == Timestamp.parse("2026-12-04T09:00:00Z"))
    }

    @Test("quirk 7: hubs are never listed as soft-deleted; a deleted vault's purge protection is kept")
    func deletedVault() throws {
        let result = try run(
            """
            {"value": [{"id": "\(sub)/providers/Microsoft.KeyVault/locations/centralus/deletedVaults/kv-old",
              "name": "kv-old", "type": "Microsoft.KeyVault/deletedVaults",
              "properties": {"vaultId": "\(sub)/resourceGroups/rg-x/providers/Microsoft.KeyVault/vaults/kv-old",
                             "location": "centralus", "deletionDate": "2026-11-01T00:00:00Z",
                             "scheduledPurgeDate": "2027-01-30T00:00:00Z", "purgeProtectionEnabled": true}}]}
            """)
        let item = try #require(result.estate?.deleted.first)
        #expect(
            item.kind == .keyVault && item.region == "centralus" && item.purgeProtection && item.resourceGroup == "rg-x"
        )
    }

    @Test("quirk 9: compute state and size nested at properties.properties")
    func nestedComputeState() throws {
        let hubText = hub("hub1", kind: "Hub", type: "Microsoft.MachineLearningServices/workspaces")
        let result = try run(
            """
            [\(hubText),
             {"id": "\(sub)/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/hub1/computes/ci1",
              "type": "Microsoft.MachineLearningServices/workspaces/computes",
              "properties": {"computeType": "ComputeInstance", "properties": {"state": "CreateFailed", "vmSize": "Standard_E4ds_v4"}}}]
            """)
        #expect(
            result.estate?.computes == [Compute(id: "ci1", hub: "hub1", type: .instance, vmSize: "Standard_E4ds_v4")])
        #expect(result.report.notes.contains("1 compute(s) in state CreateFailed"))
    }

    @Test("quirk 10: member names in any casing (selectorid, selectorId) and ISO 8601 durations in tags")
    func casingAndDurations() throws {
        let node = try JSONParser.parse(Array(#"{"selectorid": "s1"}"#.utf8))
        #expect(node["selectorId"]?.string == "s1")
        var text = hub("hub1", kind: "Hub", type: "Microsoft.MachineLearningServices/workspaces")
        text.removeLast()
        text += #", "tags": {"foundry-dr-objective-zone-rto": "PT10M", "foundry-dr-objective-region-rpo": "soon"}}"#
        let result = try run("[\(text)]")
        #expect(result.estate?.objectives.zone.rto == 600)
        #expect(
            result.report.undetermined.contains {
                $0 == "hub1: tag foundry-dr-objective-region-rpo 'soon' is not an ISO 8601 duration such as PT4H"
            })
    }

    @Test("pages with a nextLink and truncated Resource Graph results are noted")
    func paging() throws {
        let page = try run(
            #"{"value": [{"id": "\#(sub)/resourceGroups/rg/providers/microsoft.insights/components/a", "location": "eastus2"}], "nextLink": "https://management.azure.com/next"}"#
        )
        #expect(
            page.report.notes.contains {
                $0.hasSuffix("a nextLink was left unfollowed: the file holds one page of the list")
            })
        let graph = try run(
            #"{"totalRecords": 9, "count": 1, "data": [{"id": "\#(sub)/resourceGroups/rg/providers/microsoft.insights/components/a", "location": "eastus2"}], "skipToken": "abc", "resultTruncated": "true"}"#
        )
        #expect(graph.report.notes.contains { $0.contains("truncated") })
        let table = try run(
            #"{"count": 1, "data": {"columns": [{"name": "id"}, {"name": "location"}], "rows": [["\#(sub)/resourceGroups/rg/providers/microsoft.insights/components/t", "eastus2"]]}}"#
        )
        #expect(table.estate?.appInsights.map(\.id) == ["t"])
    }

    @Test("unknown roles are assumed primary and reported; a hub named as secondary is taken as secondary; placeholders keep their ARM id's resource group")
    func roles() throws {
        var primary = hub("hub-a", kind: "Hub", type: "Microsoft.MachineLearningServices/workspaces")
        primary.removeLast()
        primary += #", "tags": {"foundry-dr-secondary": "hub-b"}}"#
        let secondary = hub(
            "hub-b", kind: "Hub", type: "Microsoft.MachineLearningServices/workspaces", location: "centralus")
        let alone = hub("hub-c", kind: "hub", type: "Microsoft.MachineLearningServices/workspaces")
        let result = try run("[\(primary), \(secondary), \(alone)]")
        let estate = try #require(result.estate)
        #expect(estate.hub("hub-a")?.secondary == "hub-b")
        #expect(estate.hub("hub-b")?.role == .secondary)
        #expect(result.report.undetermined.contains("hub-c: role unknown, assumed primary; set tag foundry-dr-role"))
        #expect(result.report.undetermined.contains("hub-a: role unknown, assumed primary; set tag foundry-dr-role"))
        #expect(estate.storage("st1")?.resourceGroup == "rg" && estate.keyVault("kv1")?.resourceGroup == "rg")
        #expect(estate.storage("st1")?.subscription == "00000000-0000-0000-0000-000000000000")
        #expect(
            result.report.undetermined.contains {
                $0.hasPrefix("st1: default storage of hub-a not in the exports; assumed Standard_LRS")
            })
    }

    @Test("two resources with one name get distinct ids, and the renaming is reported")
    func nameCollisions() throws {
        let result = try run(
            """
            [{"id": "\(sub)/resourceGroups/rg-a/providers/microsoft.insights/components/appi", "location": "eastus2"},
             {"id": "\(sub)/resourceGroups/rg-b/providers/microsoft.insights/components/appi", "location": "eastus2"},
             {"id": "\(sub)/resourceGroups/RG-A/providers/Microsoft.Insights/components/APPI", "location": "eastus2"}]
            """)
        #expect(result.estate?.appInsights.map(\.id) == ["appi", "appi-rg-b"])
        #expect(
            result.report.notes.contains(
                "appi (resource group rg-b, subscription 00000000-0000-0000-0000-000000000000): another resource has "
                    + "this name; its estate id is 'appi-rg-b', and Azure commands name it appi"))
        let estate = try #require(result.estate)
        #expect(estate.appInsights.map(\.azureName) == [nil, "appi"])
    }

    @Test("a renamed resource that is then left out is not reported as imported")
    func renamedButLeftOut() throws {
        let result = try run(
            """
            [{"id": "\(sub)/resourceGroups/rg-a/providers/microsoft.insights/components/appi", "location": "eastus2"},
             {"id": "\(sub)/resourceGroups/rg-b/providers/microsoft.insights/components/appi"}]
            """)
        #expect(result.report.notImported == ["appi-rg-b: Application Insights component without a location"])
        #expect(!result.report.notes.contains { $0.contains("estate id is 'appi-rg-b'") })
    }

    @Test("soft-delete facts a vault states are not called unknown; only the missing part is assumed")
    func vaultPartlyStated() throws {
        let result = try run(
            """
            [{"id": "\(sub)/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv1", "type": "Microsoft.KeyVault/vaults",
              "location": "eastus2", "properties": {"enableSoftDelete": true, "softDeleteRetentionInDays": 30}}]
            """)
        #expect(
            result.report.undetermined.contains(
                "kv1: purge protection unknown, assumed off (the default); export az keyvault show"))
        #expect(!result.report.text.contains("soft-delete settings unknown"))
    }

    @Test("a locations file that matches the catalog says so instead of 'Found: nothing'")
    func locationsMatchingCatalog() throws {
        let result = AzureImport.run(
            paths: [AzureFixtures.example("subscription-locations.json")], referenceTime: AzureFixtures.referenceTime)
        #expect(
            result.report.text.contains(
                "Found: no resources; 2 region(s) in list-locations, all as in the built-in catalog"))
    }

    @Test("resources tagged foundry-dr-ignore stay out of the estate")
    func ignoreTag() throws {
        let result = try run(
            """
            [{"id": "\(sub)/resourceGroups/rg/providers/microsoft.insights/components/appi", "location": "eastus2",
              "tags": {"Foundry-DR-Ignore": "true"}}]
            """)
        #expect(result.estate?.appInsights.isEmpty == true)
        #expect(result.report.notImported == ["appi: tagged foundry-dr-ignore"])
    }
}
