import DRDomain
import Foundation
import Testing

@testable import DRImport

@Suite("Azure import: failover pairs inferred from paired regions and shared resources")
struct AzurePairInferenceTests {
    private static let rg = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers"

    private static func hub(_ name: String, _ region: String, vault: String, registry: String? = nil,
                            tags: String = "{}") -> String {
        let acr = registry.map { #", "containerRegistry": "\#(rg)/Microsoft.ContainerRegistry/registries/\#($0)""# } ?? ""
        return """
            {"id": "\(rg)/Microsoft.MachineLearningServices/workspaces/\(name)", "kind": "Hub",
             "type": "Microsoft.MachineLearningServices/workspaces", "location": "\(region)", "tags": \(tags),
             "properties": {"storageAccount": "\(rg)/Microsoft.Storage/storageAccounts/st\(region)",
                            "keyVault": "\(rg)/Microsoft.KeyVault/vaults/\(vault)"\(acr)}}
            """
    }

    private func run(_ items: [String]) throws -> ImportResult {
        let path = try AzureFixtures.write("[" + items.joined(separator: ",\n") + "]")
        return AzureImport.run(paths: [path], referenceTime: AzureFixtures.referenceTime)
    }

    @Test("two hubs in paired regions sharing a vault become primary and secondary, listed as assumed")
    func sharedVault() throws {
        let result = try run([Self.hub("hub-a", "eastus2", vault: "kv"), Self.hub("hub-b", "centralus", vault: "kv")])
        let estate = try #require(result.estate)
        #expect(estate.hub("hub-a")?.role == .primary && estate.hub("hub-a")?.secondary == "hub-b")
        #expect(estate.hub("hub-b")?.role == .secondary)
        #expect(
            result.report.assumed == [
                "hub-a (eastus2) fails over to hub-b (centralus): paired regions sharing Key Vault kv; tags "
                    + "foundry-dr-role and foundry-dr-secondary state otherwise"
            ])
        #expect(result.report.text.contains("Assumed (1):"))
        #expect(!result.report.undetermined.contains { $0.hasPrefix("hub-a: role unknown") || $0.hasPrefix("hub-b: role unknown") })
        #expect(!result.report.undetermined.contains { $0.hasPrefix("hub-a: no secondary hub stated") })
    }

    @Test("directed pairs choose the primary: West US 3 pairs to East US, so the West US 3 hub is primary")
    func directedPair() throws {
        let result = try run([
            Self.hub("hub-e", "eastus", vault: "kv-e", registry: "acr"),
            Self.hub("hub-w3", "westus3", vault: "kv-w", registry: "acr"),
        ])
        let estate = try #require(result.estate)
        #expect(estate.hub("hub-w3")?.secondary == "hub-e" && estate.hub("hub-e")?.role == .secondary)
        #expect(result.report.assumed.first?.contains("sharing container registry acr") == true)
    }

    @Test("tags override the guess; unpaired regions or nothing shared infer nothing")
    func tagsWin() throws {
        let tagged = try run([
            Self.hub("hub-a", "eastus2", vault: "kv", tags: #"{"foundry-dr-role": "secondary"}"#),
            Self.hub("hub-b", "centralus", vault: "kv"),
        ])
        #expect(tagged.report.assumed.isEmpty)
        #expect(tagged.estate?.hub("hub-a")?.role == .secondary && tagged.estate?.hub("hub-b")?.secondary == nil)
        let unpaired = try run([Self.hub("hub-a", "eastus2", vault: "kv"), Self.hub("hub-b", "westus", vault: "kv")])
        #expect(unpaired.report.assumed.isEmpty)
        let separate = try run([Self.hub("hub-a", "eastus2", vault: "kv1"), Self.hub("hub-b", "centralus", vault: "kv2")])
        #expect(separate.report.assumed.isEmpty)
    }

    @Test("a hub that could pair with several is left alone and reported")
    func ambiguous() throws {
        let result = try run([
            Self.hub("hub-a", "eastus2", vault: "kv"), Self.hub("hub-b", "centralus", vault: "kv"),
            Self.hub("hub-c", "centralus", vault: "kv"),
        ])
        #expect(result.report.assumed.isEmpty)
        let lines = result.report.undetermined.filter { $0.contains("could fail over to any of") }
        #expect(lines.count == 1 && lines.first?.hasPrefix("hub-a: could fail over to any of hub-b, hub-c") == true)
    }
}
