import Foundation
import Testing
@testable import DRDomain

@Suite("Azure commands name the resource Azure knows")
struct AzureTargetTests {
    @Test("a renamed resource is named by its Azure name and resource group, never its estate id")
    func renamedVault() throws {
        let assessment = AssessmentFixtures.assess {
            $0.keyVaults = [
                KeyVault(id: "kv-shared", region: "eastus2", purgeProtection: false, resourceGroup: "rg-p"),
                KeyVault(
                    id: "kv-shared-rg-b", region: "eastus2", purgeProtection: false, resourceGroup: "rg-b",
                    azureName: "kv-shared"),
            ]
        }
        let remedies = assessment.findings.map(\.remedy).joined(separator: "\n")
        #expect(!remedies.contains("kv-shared-rg-b"))
        #expect(remedies.contains("az keyvault update --name kv-shared --resource-group rg-b --enable-purge-protection true"))
        #expect(remedies.contains("az keyvault update --name kv-shared --resource-group rg-p --enable-purge-protection true"))
    }

    @Test("--subscription appears only when the estate spans more than one subscription")
    func subscriptions() {
        var estate = AssessmentFixtures.healthy()
        estate.keyVaults = estate.keyVaults.map {
            var vault = $0
            vault.subscription = "sub-a"
            vault.purgeProtection = false
            return vault
        }
        let single = AzureTargets(estate)
        #expect(!single.spansSubscriptions)
        #expect(AzureCLI.scope(single.target("kv-shared")) == "--name kv-shared --resource-group rg-p")
        estate.hubs[1].subscription = "sub-b"
        let spanning = AzureTargets(estate)
        #expect(spanning.spansSubscriptions)
        #expect(AzureCLI.scope(spanning.target("kv-shared")) == "--name kv-shared --resource-group rg-p --subscription sub-a")
        #expect(AzureCLI.recoverVault(spanning.target("hub-s")).hasSuffix("--subscription sub-b"))
    }

    @Test("an unrecorded resource group is a visible placeholder")
    func placeholderGroup() {
        #expect(AzureCLI.scope(AzureTarget(name: "st1")) == "--name st1 --resource-group <resource-group>")
    }

    @Test("a name a shell would act on is quoted; parentheses too")
    func quoting() {
        #expect(AzureCLI.word("kv-1.a_b") == "kv-1.a_b")
        #expect(AzureCLI.word("st$(rm -rf x)") == "'st$(rm -rf x)'")
        #expect(AzureCLI.word("rg(prod)") == "'rg(prod)'")
        #expect(AzureCLI.word("it's") == #"'it'\''s'"#)
        #expect(AzureCLI.scope(AzureTarget(name: "a b", resourceGroup: "rg;x")) == "--name 'a b' --resource-group 'rg;x'")
    }
}
