import DRDomain
import Foundation
import Testing

@testable import DRImport

@Suite("The built-in sample estate")
struct SampleEstateTests {
    @Test("parses with zero diagnostics")
    func parsesCleanly() {
        let result = EstateFile.parse(SampleEstate.yaml, file: SampleEstate.fileName)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.isValid)
    }

    @Test("holds the expected resources")
    func counts() throws {
        let estate = try #require(EstateFile.parse(SampleEstate.yaml, file: SampleEstate.fileName).estate)
        #expect(estate.name == "contoso-ai")
        #expect(estate.hubs.count == 2)
        #expect(estate.projects.count == 3)
        #expect(estate.storageAccounts.count == 3)
        #expect(estate.keyVaults.count == 1)
        #expect(estate.containerRegistries.count == 1)
        #expect(estate.appInsights.count == 2)
        #expect(estate.aiServices.count == 3)
        #expect(estate.connections.count == 7)
        #expect(estate.computes.count == 4)
        #expect(estate.jobs.count == 2)
        #expect(estate.deleted.count == 2)
        #expect(estate.readiness.count == 1)
    }

    @Test("reads values, defaults and objectives as written")
    func values() throws {
        let estate = EstateFile.loadSample()
        let primary = try #require(estate.hub("hub-eus2"))
        #expect(primary.role == .primary)
        #expect(primary.secondary == "hub-cus")
        #expect(estate.hub("hub-cus")?.role == .secondary)
        #expect(estate.storage("sthubeus2")?.redundancy == .standardRAGZRS)
        #expect(estate.storage("sthubeus2")?.lastSyncLag == 480)
        #expect(estate.storage("sthubcus")?.zone == "centralus-az2")
        #expect(estate.storage("stdataeus2")?.role == .isolatedData)
        #expect(estate.registry("acrcontosoai")?.replicas == ["centralus"])
        #expect(estate.keyVault("kv-contoso-ai")?.purgeProtection == true)
        #expect(estate.aiService("ais-docintel-eus2")?.accountKind == "FormRecognizer")
        #expect(estate.objectives.deletion.rto == 7_200)
        #expect(estate.objectives.zone.rpo == 900)
        let chat = try #require(estate.project("proj-chat"))
        #expect(chat.posture == .hotHot)
        #expect(chat.objectives.rto[.region] == 1_800)
        #expect(estate.objectives(for: chat).region.rpo == 3_600)
        #expect(estate.readiness["centralus"]?.networking == .no)
        #expect(estate.readiness["centralus"]?.roleAssignments == .unknown)
        #expect(estate.snapshotTime == Timestamp.parse("2026-11-28T09:00:00Z"))
        #expect(estate.deleted.first { $0.id == "ais-contoso-speech" }?.kind == .aiServices)
    }

    @Test("keeps the line of every resource")
    func locations() {
        let result = EstateFile.parse(SampleEstate.yaml, file: SampleEstate.fileName)
        #expect(result.locations.count == 30)
        #expect(result.locations["hub-eus2"] == EstateFixture.position(of: "id: hub-eus2", in: SampleEstate.yaml))
        #expect(result.locations["kv-contoso-legacy"] == EstateFixture.position(of: "id: kv-contoso-legacy", in: SampleEstate.yaml))
        let appiLine = EstateFixture.position(of: "id: appi-cus", in: SampleEstate.yaml).line
        #expect(result.locations["appi-cus"]?.line == appiLine)
    }

    @Test("loadSample returns the sample")
    func loadSample() {
        #expect(EstateFile.loadSample().hubs.count == 2)
    }
}
