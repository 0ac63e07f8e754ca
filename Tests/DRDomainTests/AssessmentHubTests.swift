import Foundation
import Testing
@testable import DRDomain

@Suite("Assessment: hubs")
struct AssessmentHubTests {
    @Test("a hub with critical projects and no secondary is an R1 error")
    func noSecondary() throws {
        let assessment = AssessmentFixtures.assess { $0.update(\.hubs, "hub-p") { $0.secondary = nil } }
        let finding = try #require(assessment.finding("no-secondary-hub:hub-p"))
        #expect(finding.severity == .error)
        #expect(finding.rule == .r1)
        #expect(finding.resources == ["hub-p", "proj-a"])
        #expect(finding.message.contains("proj-a"))
        #expect(finding.remedy.contains("centralus"))
    }

    @Test("a secondary that is not in the estate counts as none")
    func danglingSecondary() throws {
        let assessment = AssessmentFixtures.assess { $0.update(\.hubs, "hub-p") { $0.secondary = "hub-gone" } }
        let finding = try #require(assessment.finding("no-secondary-hub:hub-p"))
        #expect(finding.message.contains("hub-gone"))
    }

    @Test("a secondary in the same region is an R1 error")
    func sameRegion() throws {
        let assessment = AssessmentFixtures.assess { $0.update(\.hubs, "hub-s") { $0.region = "eastus2" } }
        let finding = try #require(assessment.finding("secondary-hub-same-region:hub-p"))
        #expect(finding.severity == .error)
        #expect(finding.rule == .r1)
        #expect(finding.resources == ["hub-p", "proj-a", "hub-s"])
        #expect(assessment.ids(of: .noSecondaryHub).isEmpty)
    }

    @Test("no R1 finding for noncritical projects, or for projects on the secondary of a pair")
    func r1Negative() {
        let noncritical = AssessmentFixtures.assess { estate in
            estate.update(\.hubs, "hub-p") { $0.secondary = nil }
            estate.update(\.projects, "proj-a") { $0.critical = false }
        }
        #expect(noncritical.ids(of: .noSecondaryHub).isEmpty)
        let onSecondary = AssessmentFixtures.assess {
            $0.projects.append(Project(id: "proj-s", hub: "hub-s", critical: true, posture: .hotHot))
        }
        #expect(onSecondary.ids(of: .noSecondaryHub).isEmpty)
        #expect(AssessmentFixtures.assess(AssessmentFixtures.healthy()).ids(of: .secondaryHubSameRegion).isEmpty)
    }

    @Test("hubs and projects that cannot be soft-deleted: one info per hub, with lock commands")
    func notSoftDeletable() throws {
        let assessment = AssessmentFixtures.assess(AssessmentFixtures.healthy())
        #expect(assessment.ids(of: .hubNotSoftDeletable) == ["hub-not-soft-deletable:hub-p", "hub-not-soft-deletable:hub-s"])
        let finding = try #require(assessment.finding("hub-not-soft-deletable:hub-p"))
        #expect(finding.severity == .info)
        #expect(finding.rule == .r9)
        #expect(finding.resources == ["hub-p", "proj-a", "proj-b"])
        #expect(finding.remedy.contains(
            "az lock create --name do-not-delete --lock-type CanNotDelete --resource-group rg-p --resource-name hub-p "
                + "--resource-type Microsoft.MachineLearningServices/workspaces"))
        #expect(finding.remedy.contains("--resource-name proj-b"))
    }

    @Test("a missing resource group is shown as a placeholder")
    func placeholderGroup() throws {
        let assessment = AssessmentFixtures.assess { $0.update(\.hubs, "hub-s") { $0.resourceGroup = nil } }
        let finding = try #require(assessment.finding("hub-not-soft-deletable:hub-s"))
        #expect(finding.remedy.contains("--resource-group <resource-group> --resource-name hub-s"))
    }

    @Test("service-side metadata: one R5 info per hub with projects")
    func metadata() throws {
        let assessment = AssessmentFixtures.assess(AssessmentFixtures.healthy())
        #expect(assessment.ids(of: .metadataNotRecoverable) == ["metadata-not-recoverable:hub-p"])
        let finding = try #require(assessment.finding("metadata-not-recoverable:hub-p"))
        #expect(finding.severity == .info)
        #expect(finding.rule == .r5)
        #expect(finding.resources == ["hub-p", "proj-a", "proj-b"])
    }

    @Test("running jobs: one R4 info per hub, not per job")
    func jobs() throws {
        let assessment = AssessmentFixtures.assess {
            $0.jobs = [
                Job(id: "job-1", project: "proj-a"), Job(id: "job-2", project: "proj-b"),
                Job(id: "job-3", project: "proj-a"),
            ]
        }
        #expect(assessment.ids(of: .jobsNeedResubmission) == ["jobs-need-resubmission:hub-p"])
        let finding = try #require(assessment.finding("jobs-need-resubmission:hub-p"))
        #expect(finding.severity == .info)
        #expect(finding.rule == .r4)
        #expect(finding.resources == ["hub-p", "job-1", "job-2", "job-3"])
        #expect(finding.remedy.contains("az ml job create --file <job>.yml --workspace-name hub-s --resource-group rg-s"))
        #expect(AssessmentFixtures.assess(AssessmentFixtures.healthy()).ids(of: .jobsNeedResubmission).isEmpty)
    }
}
