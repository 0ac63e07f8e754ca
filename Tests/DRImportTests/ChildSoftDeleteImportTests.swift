import DRDomain
import Foundation
import Testing

@testable import DRImport

/// Blob and container soft delete, and registry artifact soft delete, imported where the exports state them.
@Suite("Azure import: soft delete of blobs, containers and registry artifacts")
struct ChildSoftDeleteImportTests {
    private let sub = "/subscriptions/00000000-0000-0000-0000-000000000000"

    private func run(_ text: String) throws -> ImportResult {
        AzureImport.run(paths: [try AzureFixtures.write(text)], merge: nil, referenceTime: AzureFixtures.referenceTime)
    }

    @Test("az storage account blob-service-properties show: enabled policies are kept, disabled ones are not")
    func blobService() throws {
        let account = "\(sub)/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts"
        let result = try run(
            """
            [{"id": "\(account)/st1", "name": "st1", "type": "Microsoft.Storage/storageAccounts", "location": "eastus2",
              "sku": {"name": "Standard_ZRS", "tier": "Standard"}, "kind": "StorageV2", "properties": {}},
             {"id": "\(account)/st1/blobServices/default", "name": "default",
              "type": "Microsoft.Storage/storageAccounts/blobServices",
              "deleteRetentionPolicy": {"allowPermanentDelete": false, "days": 7, "enabled": true},
              "containerDeleteRetentionPolicy": {"days": 14, "enabled": true}},
             {"id": "\(account)/st2", "name": "st2", "type": "Microsoft.Storage/storageAccounts", "location": "eastus2",
              "sku": {"name": "Standard_ZRS"}, "properties": {}},
             {"id": "\(account)/st2/blobServices/default", "name": "default",
              "type": "Microsoft.Storage/storageAccounts/blobServices",
              "properties": {"deleteRetentionPolicy": {"days": 30, "enabled": false}}}]
            """)
        let estate = try #require(result.estate)
        let st1 = try #require(estate.storageAccounts.first { $0.id == "st1" })
        #expect(st1.blobSoftDeleteDays == 7)
        #expect(st1.containerSoftDeleteDays == 14)
        let st2 = try #require(estate.storageAccounts.first { $0.id == "st2" })
        #expect(st2.blobSoftDeleteDays == nil)
        #expect(st2.containerSoftDeleteDays == nil)
    }

    @Test("a registry's softDeletePolicy (preview) is kept when enabled")
    func registryPolicy() throws {
        let result = try run(
            """
            [{"id": "\(sub)/resourceGroups/rg/providers/Microsoft.ContainerRegistry/registries/acr1", "name": "acr1",
              "type": "Microsoft.ContainerRegistry/registries", "location": "eastus2", "sku": {"name": "Standard", "tier": "Standard"},
              "properties": {"zoneRedundancy": "Disabled",
                "policies": {"softDeletePolicy": {"retentionDays": 7, "status": "enabled"},
                             "retentionPolicy": {"days": 7, "status": "disabled"}}}}]
            """)
        let registry = try #require(result.estate?.containerRegistries.first)
        #expect(registry.artifactSoftDeleteDays == 7)
    }

    @Test("the estate file keeps them, and refuses a value outside the service's range")
    func estateFormat() throws {
        var estate = EstateFile.loadSample()
        estate.storageAccounts[0].blobSoftDeleteDays = 7
        estate.containerRegistries[0].artifactSoftDeleteDays = 30
        let text = EstateWriter.yaml(for: estate)
        #expect(text.contains("blobSoftDeleteDays: 7"))
        #expect(text.contains("artifactSoftDeleteDays: 30"))
        let reread = EstateFile.parse(text, file: "e.yaml")
        #expect(reread.estate?.storageAccounts[0].blobSoftDeleteDays == 7)
        #expect(reread.estate?.containerRegistries[0].artifactSoftDeleteDays == 30)
        let bad = EstateFile.parse(text.replacingOccurrences(of: "artifactSoftDeleteDays: 30", with: "artifactSoftDeleteDays: 120"),
                                   file: "e.yaml")
        #expect(bad.estate == nil)
        #expect(bad.diagnostics.contains { $0.message.contains("120 is outside 1-90 days") })
    }
}
