import Foundation
import Testing
@testable import DRDomain

@Suite("Assessment: connections and Key Vault")
struct AssessmentConnectionTests {
    @Test("a critical purpose whose targets are all in one region: R3 warning per hub and purpose")
    func singleRegion() throws {
        let assessment = AssessmentFixtures.assess { $0.connections.removeAll { $0.id == "c-p2" } }
        #expect(assessment.ids(of: .connectionSingleRegion) == ["connection-single-region:hub-p/tools"])
        let finding = try #require(assessment.finding("connection-single-region:hub-p/tools"))
        #expect(finding.severity == .warning)
        #expect(finding.rule == .r3)
        #expect(finding.resources == ["hub-p", "c-p1", "ais-p"])
        #expect(finding.message.contains("eastus2"))
        #expect(finding.remedy.contains(
            "az cognitiveservices account create --name <new-account-name> --resource-group rg-p --kind AIServices "
                + "--sku S0 --location centralus"))
        #expect(finding.remedy.contains("az ml connection create --file connection.yml --workspace-name hub-p"))
    }

    @Test("two connections to two resources in one region still fail together")
    func twoTargetsOneRegion() throws {
        let assessment = AssessmentFixtures.assess { estate in
            estate.aiServices.append(AIServicesAccount(id: "ais-p2", region: "eastus2"))
            estate.update(\.connections, "c-p2") { $0.target = "ais-p2" }
        }
        let finding = try #require(assessment.finding("connection-single-region:hub-p/tools"))
        #expect(finding.resources == ["hub-p", "c-p1", "c-p2", "ais-p", "ais-p2"])
    }

    @Test("two connections in two regions for one purpose pass; noncritical purposes are not checked")
    func negative() {
        #expect(AssessmentFixtures.assess(AssessmentFixtures.healthy()).ids(of: .connectionSingleRegion).isEmpty)
        let noncritical = AssessmentFixtures.assess { estate in
            estate.connections.append(Connection(id: "c-x", hub: "hub-p", target: "ais-p", purpose: "x", critical: false))
        }
        #expect(noncritical.ids(of: .connectionSingleRegion).isEmpty)
    }

    @Test("a vault without purge protection: R9 warning with the exact command")
    func purgeProtection() throws {
        let assessment = AssessmentFixtures.assess { $0.update(\.keyVaults, "kv-shared") { $0.purgeProtection = false } }
        let finding = try #require(assessment.finding("keyvault-no-purge-protection:kv-shared"))
        #expect(finding.severity == .warning)
        #expect(finding.rule == .r9)
        #expect(finding.resources == ["kv-shared", "hub-p", "hub-s"])
        #expect(finding.remedy.contains("az keyvault update --name kv-shared --resource-group rg-p --enable-purge-protection true"))
        #expect(AssessmentFixtures.assess(AssessmentFixtures.healthy()).ids(of: .keyVaultNoPurgeProtection).isEmpty)
    }

    @Test("a vault in a region whose vaults do not replicate across regions: R11 warning",
          arguments: ["brazilsouth", "westus3", "mexicocentral"])
    func noCrossRegion(region: String) throws {
        let assessment = AssessmentFixtures.assess { $0.update(\.keyVaults, "kv-shared") { $0.region = region } }
        let finding = try #require(assessment.finding("keyvault-no-cross-region:kv-shared"))
        #expect(finding.severity == .warning)
        #expect(finding.rule == .r11)
        #expect(finding.resources == ["kv-shared", "hub-p", "hub-s"])
        #expect(finding.message.contains(region))
    }

    @Test("a vault in a paired region that replicates has no R11 finding")
    func crossRegionNegative() {
        #expect(AssessmentFixtures.assess(AssessmentFixtures.healthy()).ids(of: .keyVaultNoCrossRegion).isEmpty)
    }
}
