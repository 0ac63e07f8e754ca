import Foundation
import Testing
@testable import DRDomain

@Suite("Assessment: soft-deleted resources")
struct AssessmentDeletedTests {
    private static func assess(_ deleted: DeletedResource) -> Assessment {
        AssessmentFixtures.assess { $0.deleted = [deleted] }
    }

    private static func deleted(
        _ id: String, _ kind: ResourceKind, purgeIn seconds: TimeInterval?, protection: Bool = false
    ) -> DeletedResource {
        DeletedResource(
            id: id, kind: kind, region: "eastus2", deletedAt: AssessmentFixtures.t0.addingTimeInterval(-86_400),
            purgeAt: seconds.map { AssessmentFixtures.t0.addingTimeInterval($0) }, purgeProtection: protection,
            resourceGroup: "rg-p")
    }

    @Test("purged in under 24 hours: R9 warning with the exact recovery command")
    func imminent() throws {
        let assessment = Self.assess(Self.deleted("ais-x", .aiServices, purgeIn: 12 * 3_600))
        let finding = try #require(assessment.finding("deleted-purge-imminent:ais-x"))
        #expect(finding.severity == .warning)
        #expect(finding.rule == .r9)
        #expect(finding.resources == ["ais-x"])
        #expect(finding.message.contains("12h"))
        #expect(finding.remedy.contains(
            "az cognitiveservices account recover --name ais-x --resource-group rg-p --location eastus2"))
    }

    @Test("a deleted vault without a purge date uses its own retention, not 90 days")
    func vaultOwnRetention() throws {
        var vault = Self.deleted("kv-short", .keyVault, purgeIn: nil)
        vault.softDeleteRetentionDays = 7
        // Deleted a day ago with a 7-day retention: purged in 6 days, not 89.
        #expect(vault.effectivePurgeAt() == AssessmentFixtures.t0.addingTimeInterval(6 * 86_400))
        let assessment = Self.assess(vault)
        #expect(assessment.finding("deleted-purge-soon:kv-short") != nil)
        let defaulted = Self.assess(Self.deleted("kv-default", .keyVault, purgeIn: nil))
        #expect(defaulted.finding("deleted-purge-soon:kv-default") == nil)
    }

    @Test("purged in under 7 days: info; a vault without purge protection is noted")
    func soon() throws {
        let assessment = Self.assess(Self.deleted("kv-old", .keyVault, purgeIn: 3 * 86_400))
        let finding = try #require(assessment.finding("deleted-purge-soon:kv-old"))
        #expect(finding.severity == .info)
        #expect(finding.remedy.contains("az keyvault recover --name kv-old"))
        #expect(finding.message.contains("Purge protection is off"))
    }

    @Test("past its purge date, or never soft-deletable: info, gone")
    func gone() throws {
        let past = Self.assess(Self.deleted("st-old", .storage, purgeIn: -3_600))
        #expect(past.finding("deleted-gone:st-old")?.severity == .info)
        let hub = Self.assess(Self.deleted("hub-old", .hub, purgeIn: nil))
        let finding = try #require(hub.finding("deleted-gone:hub-old"))
        #expect(finding.rule == .r9)
        #expect(finding.message.contains("cannot be recovered"))
    }

    @Test("a deleted vault far from purge without purge protection: info")
    func purgeable() throws {
        let assessment = Self.assess(Self.deleted("kv-old", .keyVault, purgeIn: 60 * 86_400))
        let finding = try #require(assessment.finding("deleted-vault-purgeable:kv-old"))
        #expect(finding.severity == .info)
        #expect(finding.remedy.contains("az keyvault recover --name kv-old"))
    }

    @Test("a deleted resource far from purge, protected, has no finding")
    func negative() {
        let assessment = Self.assess(Self.deleted("kv-old", .keyVault, purgeIn: 60 * 86_400, protection: true))
        #expect(assessment.findings.allSatisfy { !$0.resources.contains("kv-old") })
        let storage = Self.assess(Self.deleted("st-old", .storage, purgeIn: 10 * 86_400))
        #expect(storage.findings.allSatisfy { !$0.resources.contains("st-old") })
    }

    @Test("storage recovery has no az command: the remedy says how")
    func storageRemedy() throws {
        let assessment = Self.assess(Self.deleted("st-old", .storage, purgeIn: 2 * 86_400))
        let finding = try #require(assessment.finding("deleted-purge-soon:st-old"))
        #expect(finding.remedy.contains("no az command"))
        #expect(!finding.remedy.contains("\naz "))
    }
}
