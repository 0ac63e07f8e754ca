import DRDomain
import Foundation
import Testing

@testable import DRImport

@Suite("Azure import: less common export shapes")
struct AzureShapeTests {
    private let rg = "/resourceGroups/rg/providers"

    private func hub(_ sub: String) -> String {
        """
        {"id": "/subscriptions/\(sub)\(rg)/Microsoft.MachineLearningServices/workspaces/hub1", "kind": "hub",
         "location": "eastus2", "tags": {"foundry-dr-role": "primary"},
         "storage_account": "/subscriptions/\(sub)\(rg)/Microsoft.Storage/storageAccounts/st1",
         "key_vault": "/subscriptions/\(sub)\(rg)/Microsoft.KeyVault/vaults/kv1"}
        """
    }

    private func locations(_ sub: String, mapping: [String]) -> String {
        let zones = mapping.enumerated().map {
            #"{"logicalZone": "\#($0.offset + 1)", "physicalZone": "\#($0.element)"}"#
        }
        return """
            [{"id": "/subscriptions/\(sub)/locations/eastus2", "name": "eastus2", "type": "Region",
              "displayName": "East US 2", "metadata": {"regionType": "Physical", "latitude": "36.6681",
              "longitude": "-78.3889", "pairedRegion": [{"name": "centralus"}]},
              "availabilityZoneMappings": [\(zones.joined(separator: ", "))]}]
            """
    }

    @Test("logical zones map through the mapping of the resource's own subscription")
    func zoneMappingsPerSubscription() throws {
        let subA = "00000000-0000-0000-0000-00000000000a"
        let subB = "00000000-0000-0000-0000-00000000000b"
        let storage = { (sub: String, name: String) in
            """
            {"id": "/subscriptions/\(sub)\(rg)/Microsoft.Storage/storageAccounts/\(name)", "location": "eastus2",
             "type": "Microsoft.Storage/storageAccounts", "sku": {"name": "Standard_LRS"}, "tags": {"foundry-dr-zone": "1"}}
            """
        }
        let paths = [
            try AzureFixtures.write(
                locations(subA, mapping: ["eastus2-az2", "eastus2-az3", "eastus2-az1"]), name: "a.json"),
            try AzureFixtures.write(
                locations(subB, mapping: ["eastus2-az3", "eastus2-az1", "eastus2-az2"]), name: "b.json"),
            try AzureFixtures.write("[\(storage(subA, "sta")), \(storage(subB, "stb"))]"),
        ]
        let estate = try #require(AzureImport.run(paths: paths, referenceTime: AzureFixtures.referenceTime).estate)
        #expect(estate.storage("sta")?.zone == "eastus2-az2")
        #expect(estate.storage("stb")?.zone == "eastus2-az3")
    }

    @Test("az ml connection list (snake_case) connections find their target by resource id")
    func snakeConnections() throws {
        let sub = "00000000-0000-0000-0000-000000000000"
        let text = """
            [\(hub(sub)),
             {"id": "/subscriptions/\(sub)\(rg)/Microsoft.CognitiveServices/accounts/ais1",
              "type": "Microsoft.CognitiveServices/accounts", "kind": "AIServices", "location": "centralus",
              "tags": {"foundry-dr-purpose": "foundry-tools", "foundry-dr-critical": "true"}},
             {"id": "/subscriptions/\(sub)\(rg)/Microsoft.MachineLearningServices/workspaces/hub1/connections/c1",
              "name": "c1", "type": "azure_ai_services", "target": "https://ais1.cognitiveservices.azure.com/",
              "ai_services_resource_id": "/subscriptions/\(sub)\(rg)/Microsoft.CognitiveServices/accounts/ais1",
              "credentials": {"type": "api_key", "key": "0123456789abcdef0123456789abcdef"}},
             {"id": "/subscriptions/\(sub)\(rg)/Microsoft.MachineLearningServices/workspaces/hub1/connections/c2",
              "name": "c2", "type": "azure_open_ai", "target": "https://ais1.openai.azure.com/"}]
            """
        let result = AzureImport.run(paths: [try AzureFixtures.write(text)], referenceTime: AzureFixtures.referenceTime)
        let estate = try #require(result.estate)
        #expect(
            estate.connections == [
                Connection(id: "c1", hub: "hub1", target: "ais1", purpose: "foundry-tools", critical: true),
                Connection(id: "c2", hub: "hub1", target: "ais1", purpose: "foundry-tools", critical: true),
            ])
        #expect(result.report.droppedSecrets.map(\.path) == ["$[2].credentials"])
    }

    @Test("connections with one name on two hubs get distinct ids")
    func connectionNamesAcrossHubs() throws {
        let sub = "00000000-0000-0000-0000-000000000000"
        let second = hub(sub).replacingOccurrences(of: "workspaces/hub1", with: "workspaces/hub2")
            .replacingOccurrences(of: "primary", with: "secondary")
        let connection = { (hub: String) in
            """
            {"id": "/subscriptions/\(sub)\(rg)/Microsoft.MachineLearningServices/workspaces/\(hub)/connections/aiservices",
             "type": "Microsoft.MachineLearningServices/workspaces/connections",
             "properties": {"category": "AIServices", "metadata": {"ResourceId": "/subscriptions/\(sub)\(rg)/Microsoft.CognitiveServices/accounts/ais1"}}}
            """
        }
        let text = """
            [\(hub(sub)), \(second),
             {"id": "/subscriptions/\(sub)\(rg)/Microsoft.CognitiveServices/accounts/ais1", "location": "eastus2"},
             \(connection("hub1")), \(connection("hub2"))]
            """
        let result = AzureImport.run(paths: [try AzureFixtures.write(text)], referenceTime: AzureFixtures.referenceTime)
        #expect(result.estate?.connections.map(\.id) == ["aiservices", "aiservices-hub2"])
        #expect(
            result.report.undetermined.contains {
                $0.hasPrefix("aiservices: purpose unknown, assumed 'aiservices' from its category")
            })
    }
}
