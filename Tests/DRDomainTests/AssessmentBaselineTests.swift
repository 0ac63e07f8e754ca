import Foundation
import Testing
@testable import DRDomain

@Suite("Assessment: baseline")
struct AssessmentBaselineTests {
    @Test("an estate configured as the seed says has no errors, the inherent notes, and the shared-vault warning")
    func wellConfigured() {
        let assessment = AssessmentFixtures.assess(AssessmentFixtures.healthy())
        #expect(!assessment.hasErrors)
        #expect(assessment.ids == [
            "default-storage-no-failover:st-p",
            "keyvault-shared-awaits-microsoft:hub-p/kv-shared",
            "metadata-not-recoverable:hub-p",
            "hub-not-soft-deletable:hub-p",
            "hub-not-soft-deletable:hub-s",
        ])
    }

    @Test("findings are sorted by severity, then rule, then id, with unique ids")
    func ordering() {
        let assessment = AssessmentFixtures.assess { estate in
            estate.update(\.storageAccounts, "st-p") { $0.redundancy = .standardLRS }
            estate.update(\.storageAccounts, "st-s") { $0.redundancy = .standardLRS }
            estate.readiness = [:]
            estate.update(\.keyVaults, "kv-shared") { $0.purgeProtection = false }
        }
        let keys = assessment.findings.map { ($0.severity, $0.rule, $0.id) }
        #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 < $1 })
        #expect(Set(assessment.ids).count == assessment.ids.count)
    }

    @Test("assessing twice gives the same findings")
    func deterministic() {
        let estate = AssessmentFixtures.healthy { $0.readiness = [:] }
        #expect(AssessmentFixtures.assess(estate) == AssessmentFixtures.assess(estate))
    }

    @Test("times are measured from the snapshot, or from now without one")
    func referenceTime() {
        let deleted = DeletedResource(
            id: "ais-x", kind: .aiServices, region: "eastus2", deletedAt: AssessmentFixtures.t0,
            purgeAt: AssessmentFixtures.t0.addingTimeInterval(3_600), resourceGroup: "rg-p")
        var estate = AssessmentFixtures.healthy { $0.deleted = [deleted] }
        #expect(AssessmentFixtures.assess(estate).finding("deleted-purge-imminent:ais-x") != nil)
        estate.snapshotTime = nil
        let later = Assessor(now: AssessmentFixtures.t0.addingTimeInterval(7_200)).assess(estate)
        #expect(later.finding("deleted-gone:ais-x") != nil)
        estate.snapshotTime = AssessmentFixtures.t0
        let forced = Assessor(at: AssessmentFixtures.t0.addingTimeInterval(7_200)).assess(estate)
        #expect(forced.finding("deleted-gone:ais-x") != nil)
    }

    @Test("every check cites the rule its catalog entry names")
    func catalog() {
        #expect(AssessmentCheck.noSecondaryHub.rule == .r1)
        #expect(AssessmentCheck.readinessNetworking.findingID("centralus") == "readiness-networking:centralus")
        #expect(Set(AssessmentCheck.allCases.map(\.rawValue)).count == AssessmentCheck.allCases.count)
        #expect(AssessmentCheck.allCases.allSatisfy { !$0.severities.isEmpty && !$0.summary.isEmpty })
    }
}

@Suite("Assessment: a Key Vault shared by both hubs (conflict 11)")
struct AssessmentSharedVaultTests {
    @Test("both hubs on one vault in the primary's region: a warning with both sources and both ways out")
    func sharedVaultWarns() throws {
        let assessment = AssessmentFixtures.assess(AssessmentFixtures.healthy())
        let finding = try #require(assessment.finding("keyvault-shared-awaits-microsoft:hub-p/kv-shared"))
        #expect(finding.severity == .warning)
        #expect(finding.rule == .r3)
        #expect(finding.resources == ["kv-shared", "hub-p", "hub-s"])
        #expect(finding.message.contains("Foundry HA/DR guidance says to use the same vault"))
        #expect(finding.message.contains("Microsoft-managed and best effort"))
        #expect(finding.remedy.contains("vault per region, filled with the same secrets by the deployment pipeline"))
        #expect(finding.remedy.contains("az keyvault create --name kv-hub-s --resource-group rg-s --location centralus"))
        #expect(finding.remedy.contains("accept the risk"))
    }

    @Test("a secondary hub whose own vault is in the primary's region waits for Microsoft too: a warning")
    func secondaryVaultInPrimaryRegion() throws {
        // The failover escapes an outage of eastus2, but hub-s reads its secrets from a vault in eastus2: until
        // Microsoft fails kv-s over (best effort, can take hours) the secondary cannot serve (simulation rule 5).
        let assessment = AssessmentFixtures.assess { estate in
            estate.keyVaults.append(KeyVault(id: "kv-s", region: "eastus2", purgeProtection: true, resourceGroup: "rg-s"))
            estate.update(\.hubs, "hub-s") { $0.keyVault = "kv-s" }
        }
        #expect(assessment.ids(of: .keyVaultSharedAwaitsMicrosoft).isEmpty)
        let finding = try #require(assessment.finding("keyvault-secondary-in-primary-region:hub-s/kv-s"))
        #expect(finding.severity == .warning)
        #expect(finding.rule == .r3)
        #expect(finding.resources == ["kv-s", "hub-s", "hub-p"])
        #expect(finding.message.contains("Microsoft-managed and best effort"))
        #expect(finding.remedy.contains("az keyvault create --name kv-hub-s --resource-group rg-s --location centralus"))
    }

    @Test("a vault per region, or a shared vault in the secondary's region, is no finding")
    func ownVaultsPass() {
        let own = AssessmentFixtures.assess { estate in
            estate.keyVaults.append(KeyVault(id: "kv-s", region: "centralus", purgeProtection: true, resourceGroup: "rg-s"))
            estate.update(\.hubs, "hub-s") { $0.keyVault = "kv-s" }
        }
        #expect(own.ids(of: .keyVaultSharedAwaitsMicrosoft).isEmpty)
        #expect(own.ids(of: .keyVaultSecondaryInPrimaryRegion).isEmpty)
        let inSecondary = AssessmentFixtures.assess { $0.update(\.keyVaults, "kv-shared") { $0.region = "centralus" } }
        #expect(inSecondary.ids(of: .keyVaultSharedAwaitsMicrosoft).isEmpty)
        // A shared vault that never fails over (West US 3) is keyvault-no-cross-region's finding instead.
        let never = AssessmentFixtures.assess { $0.update(\.keyVaults, "kv-shared") { $0.region = "westus3" } }
        #expect(never.ids(of: .keyVaultSharedAwaitsMicrosoft).isEmpty)
        #expect(!never.ids(of: .keyVaultNoCrossRegion).isEmpty)
    }
}
