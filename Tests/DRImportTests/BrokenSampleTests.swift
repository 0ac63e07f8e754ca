import DRDomain
import Foundation
import Testing

@testable import DRImport

@Suite("A broken copy of the sample")
struct BrokenSampleTests {
    /// An edit that plants one error, and where and how the error must be reported.
    private struct Plant {
        var find: String
        var replace: String
        /// Text whose first character the diagnostic points at, in the broken file.
        var at: String
        var occurrence = 1
        /// Columns to add to the position of `at`.
        var offset = 0
        var says: String
    }

    private let plants: [Plant] = [
        Plant(find: "rpo: PT15M }", replace: "rpo: 15m }", at: "15m", says: "'15m' is not an ISO 8601 duration"),
        Plant(find: "ais-docintel-eus2, region: eastus2,", replace: "ais-docintel-eus2, region: eastus22,",
            at: "eastus22", says: "unknown region 'eastus22'; did you mean 'eastus2'?"),
        Plant(find: "storage: sthubcus ", replace: "storage: appi-eus2 ", at: "appi-eus2", occurrence: 2,
            says: "'storage' of hub 'hub-cus': 'appi-eus2' is an Application Insights component, not a storage account"),
        Plant(find: "    resourceGroup: rg-ai-cus\n\nprojects:", replace: "    resourceGroup: rg-ai-cus\n    role: primary\n\nprojects:",
            at: "role: primary", occurrence: 2, says: "duplicate key 'role'; it was first defined at"),
        Plant(find: "    hub: hub-eus2\n    critical: false", replace: "    hub: hub-euss2\n    critical: false",
            at: "hub-euss2", says: "'hub' of project 'proj-lab': no hub named 'hub-euss2'; did you mean 'hub-eus2'?"),
        Plant(find: "posture: hot/cold ", replace: "posture: hot/cool ", at: "hot/cool",
            says: "'hot/cool' is not one of hot/hot, hot/warm, hot/cold; did you mean 'hot/cold'?"),
        Plant(find: "secondaryRegion: centralus", replace: "secondaryRegion: westus", at: "westus",
            says: "eastus2 pairs to centralus, not westus"),
        Plant(find: "zone: centralus-az2", replace: "zone: centralus-az7", at: "centralus-az7",
            says: "unknown zone 'centralus-az7'; centralus has centralus-az1, centralus-az2, centralus-az3"),
        Plant(find: "softDeleteRetentionDays: 90", replace: "softDeleteRetentionDays: 3", at: "softDeleteRetentionDays", offset: 25,
            says: "3 is outside 7...90"),
        Plant(find: "    purgeProtection: true\n    resourceGroup: rg-ai-eus2\n\ncontainerRegistries",
            replace: "    purgeProtecton: true\n    resourceGroup: rg-ai-eus2\n\ncontainerRegistries", at: "purgeProtecton",
            says: "unknown key 'purgeProtecton' in key vault; did you mean 'purgeProtection'?"),
        Plant(find: "replicas: [centralus]", replace: "replicas: [centralus, eastus2]", at: "eastus2]",
            says: "eastus2 is the registry's own region"),
        Plant(find: "{ id: appi-cus, region: centralus", replace: "{ id: appi-eus2, region: centralus",
            at: "appi-eus2", occurrence: 4, says: "duplicate id 'appi-eus2': already defined as an Application Insights component at"),
        Plant(find: "type: cluster, zone: eastus2-az1", replace: "type: cluster, zone: centralus-az1", at: "centralus-az1",
            says: "zone 'centralus-az1' is in centralus, not in eastus2"),
        Plant(find: "target: stdataeus2, purpose: training-data, critical: false }\n  - { id: conn-cus-ais-cus",
            replace: "target: stdataeus3, purpose: training-data, critical: false }\n  - { id: conn-cus-ais-cus",
            at: "stdataeus3", says: "no AI Services account or storage account named 'stdataeus3'; did you mean 'stdataeus2'?"),
        Plant(find: "startedAt: 2026-11-28T07:40:00Z", replace: "startedAt: 2026-11-28T25:40:00Z", at: "2026-11-28T25",
            says: "is not a real time: hour 25 does not exist"),
        Plant(find: "purgeAt: 2026-11-28T21:00:00Z", replace: "purgeAt: 2026-11-25T21:00:00Z", at: "2026-11-25",
            says: "the purge date is before the deletion date"),
        Plant(find: "    networking: no ", replace: "    networking: nope ", at: "nope",
            says: "'nope' is not one of yes, no, unknown"),
        Plant(find: "    storageAccess: yes", replace: "    storageAccess: yes\n  atlantis: { quota: yes }", at: "atlantis",
            says: "'readiness': unknown region 'atlantis'"),
    ]

    @Test("every planted error is reported, each at its line and column, and nothing else")
    func everyError() throws {
        var text = SampleEstate.yaml
        for plant in plants {
            try #require(text.contains(plant.find), "the sample no longer contains \(plant.find.debugDescription)")
            text = text.replacingOccurrences(of: plant.find, with: plant.replace)
        }
        let result = EstateFile.parse(text, file: "broken.yaml")
        #expect(result.estate == nil)
        for plant in plants {
            var position = EstateFixture.position(of: plant.at, occurrence: plant.occurrence, in: text)
            position.column += plant.offset
            expectEstateDiagnostic(result.diagnostics, at: position, plant.says)
        }
        // The renamed App Insights component also leaves hub-cus pointing at nothing.
        expectEstateDiagnostic(
            result.diagnostics, at: EstateFixture.position(of: "appi-cus", in: text), "no Application Insights component named 'appi-cus'")
        #expect(result.diagnostics.count == plants.count + 1, "\(result.diagnostics.map(\.description).joined(separator: "\n"))")
        #expect(result.diagnostics == result.diagnostics.sorted())
        #expect(result.diagnostics.allSatisfy { $0.file == "broken.yaml" })
    }
}
