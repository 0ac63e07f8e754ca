import Foundation
import Testing
@testable import DRDomain

@Suite("Assessment: registries and App Insights")
struct AssessmentRegistryTests {
    @Test("a registry that is not Premium: R3 warning, upgrade then replicate")
    func notPremium() throws {
        let assessment = AssessmentFixtures.assess {
            $0.update(\.containerRegistries, "acrshared") { $0.sku = .standard; $0.replicas = [] }
        }
        let finding = try #require(assessment.finding("registry-not-premium:acrshared"))
        #expect(finding.severity == .warning)
        #expect(finding.rule == .r3)
        #expect(finding.resources == ["acrshared", "hub-p", "hub-s"])
        #expect(finding.remedy.contains("az acr update --name acrshared --resource-group rg-p --sku Premium"))
        #expect(finding.remedy.contains("az acr replication create --registry acrshared --resource-group rg-p --location centralus"))
        #expect(assessment.ids(of: .registryNotReplicated).isEmpty)
    }

    @Test("a Premium registry without a replica in the secondary region: R7 warning")
    func notReplicated() throws {
        let assessment = AssessmentFixtures.assess { $0.update(\.containerRegistries, "acrshared") { $0.replicas = [] } }
        let finding = try #require(assessment.finding("registry-not-replicated:acrshared"))
        #expect(finding.severity == .warning)
        #expect(finding.rule == .r7)
        #expect(finding.resources == ["acrshared", "hub-p", "hub-s"])
        #expect(finding.remedy.contains("az acr replication create --registry acrshared --resource-group rg-p --location centralus"))
    }

    @Test("a Premium registry replicated to the secondary region, or homed there, passes")
    func replicated() {
        #expect(AssessmentFixtures.assess(AssessmentFixtures.healthy()).ids(of: .registryNotReplicated).isEmpty)
        let homed = AssessmentFixtures.assess {
            $0.update(\.containerRegistries, "acrshared") { $0.region = "centralus"; $0.replicas = [] }
        }
        #expect(homed.ids(of: .registryNotReplicated).isEmpty)
    }

    @Test("a secondary hub without the primary's registry: R7 warning with the attach command")
    func secondaryNoRegistry() throws {
        let assessment = AssessmentFixtures.assess { $0.update(\.hubs, "hub-s") { $0.containerRegistry = nil } }
        let finding = try #require(assessment.finding("secondary-hub-no-registry:hub-s"))
        #expect(finding.severity == .warning)
        #expect(finding.rule == .r7)
        #expect(finding.resources == ["hub-s", "hub-p", "acrshared"])
        #expect(finding.remedy.contains(
            "az ml workspace update --name hub-s --resource-group rg-s --container-registry "
                + "$(az acr show --name acrshared --resource-group rg-p --query id --output tsv)"))
    }

    @Test("hubs without any registry are not a finding")
    func noRegistries() {
        let assessment = AssessmentFixtures.assess { estate in
            estate.update(\.hubs, "hub-p") { $0.containerRegistry = nil }
            estate.update(\.hubs, "hub-s") { $0.containerRegistry = nil }
            estate.containerRegistries = []
        }
        #expect(assessment.findings.allSatisfy { !$0.id.hasPrefix("registry-") && !$0.id.hasPrefix("secondary-hub-no-registry") })
    }

    @Test("a pair of hubs with different registries: R7 warning")
    func notShared() throws {
        let assessment = AssessmentFixtures.assess { estate in
            estate.containerRegistries.append(ContainerRegistry(id: "acrcus", region: "centralus", sku: .premium))
            estate.update(\.hubs, "hub-s") { $0.containerRegistry = "acrcus" }
        }
        let finding = try #require(assessment.finding("registry-not-shared:hub-s"))
        #expect(finding.severity == .warning)
        #expect(finding.rule == .r7)
        #expect(finding.resources == ["hub-s", "hub-p", "acrshared", "acrcus"])
    }

    @Test("a hub without App Insights: R3 warning")
    func noAppInsights() throws {
        let assessment = AssessmentFixtures.assess { $0.update(\.hubs, "hub-s") { $0.appInsights = nil } }
        let finding = try #require(assessment.finding("hub-no-app-insights:hub-s"))
        #expect(finding.severity == .warning)
        #expect(finding.rule == .r3)
        #expect(finding.resources == ["hub-s", "hub-p"])
        #expect(finding.remedy.contains(
            "az monitor app-insights component create --app appi-hub-s --resource-group rg-s --location centralus"))
    }

    @Test("a secondary hub using the primary region's App Insights: R3 warning naming that region")
    func appInsightsElsewhere() throws {
        let assessment = AssessmentFixtures.assess { $0.update(\.hubs, "hub-s") { $0.appInsights = "appi-p" } }
        let finding = try #require(assessment.finding("hub-no-app-insights:hub-s"))
        #expect(finding.resources == ["hub-s", "appi-p", "hub-p"])
        #expect(finding.message.contains("appi-p in eastus2"))
    }

    @Test("a primary hub without App Insights in its own region is a finding too (seed: both regions)")
    func primaryWithoutAppInsights() throws {
        let assessment = AssessmentFixtures.assess { $0.update(\.hubs, "hub-p") { $0.appInsights = "appi-s" } }
        let finding = try #require(assessment.finding("hub-no-app-insights:hub-p"))
        #expect(finding.resources == ["hub-p", "appi-s", "hub-s"])
        #expect(finding.message.contains("appi-s in centralus"))
        let none = AssessmentFixtures.assess { $0.update(\.hubs, "hub-p") { $0.appInsights = nil } }
        #expect(none.finding("hub-no-app-insights:hub-p") != nil)
    }

    @Test("App Insights in each hub's own region passes")
    func appInsightsNegative() {
        #expect(AssessmentFixtures.assess(AssessmentFixtures.healthy()).ids(of: .hubNoAppInsights).isEmpty)
    }
}
