import Foundation
import Testing
@testable import DRDomain

@Suite("Assessment: storage")
struct AssessmentStorageTests {
    @Test("LRS default storage of a hub with critical projects: zone and region errors")
    func lrsCritical() throws {
        let assessment = AssessmentFixtures.assess {
            $0.update(\.storageAccounts, "st-p") { $0.redundancy = .standardLRS; $0.zone = "eastus2-az1" }
        }
        let zone = try #require(assessment.finding("storage-not-zone-redundant:st-p"))
        #expect(zone.severity == .error)
        #expect(zone.rule == .r2)
        #expect(zone.resources == ["st-p", "hub-p"])
        #expect(zone.message.contains("eastus2-az1"))
        #expect(zone.remedy.contains("az storage account update --name st-p --resource-group rg-p --sku Standard_GZRS"))
        let geo = try #require(assessment.finding("storage-not-geo-redundant:st-p"))
        #expect(geo.severity == .error)
        #expect(geo.rule == .r5)
        #expect(geo.resources == ["st-p", "hub-p"])
        #expect(assessment.ids(of: .defaultStorageNoFailover).isEmpty)
    }

    @Test("LRS storage of a secondary hub: warnings")
    func lrsSecondary() throws {
        let assessment = AssessmentFixtures.assess { $0.update(\.storageAccounts, "st-s") { $0.redundancy = .standardLRS } }
        #expect(assessment.finding("storage-not-zone-redundant:st-s")?.severity == .warning)
        #expect(assessment.finding("storage-not-geo-redundant:st-s")?.severity == .warning)
    }

    @Test("ZRS storage has no zone finding but loses a region")
    func zrs() throws {
        let assessment = AssessmentFixtures.assess { $0.update(\.storageAccounts, "st-p") { $0.redundancy = .standardZRS } }
        #expect(assessment.ids(of: .storageNotZoneRedundant).isEmpty)
        let geo = try #require(assessment.finding("storage-not-geo-redundant:st-p"))
        #expect(geo.remedy.contains("--sku Standard_GZRS"))
    }

    @Test("LRS storage in a region without zones has no zone finding")
    func noZones() {
        let assessment = AssessmentFixtures.assess { estate in
            estate.update(\.hubs, "hub-s") { $0.region = "westus" }
            estate.update(\.storageAccounts, "st-s") { $0.region = "westus"; $0.redundancy = .standardLRS }
        }
        #expect(assessment.ids(of: .storageNotZoneRedundant).isEmpty)
        #expect(assessment.finding("storage-not-geo-redundant:st-s") != nil)
    }

    @Test("Premium storage cannot geo-replicate: the remedy says so")
    func premium() throws {
        let assessment = AssessmentFixtures.assess { $0.update(\.storageAccounts, "st-p") { $0.redundancy = .premiumLRS } }
        #expect(assessment.finding("storage-not-zone-redundant:st-p")?.remedy.contains("--sku Premium_ZRS") == true)
        let geo = try #require(assessment.finding("storage-not-geo-redundant:st-p"))
        #expect(geo.remedy.contains("Premium accounts do not geo-replicate"))
    }

    @Test("geo-redundant default storage still cannot be failed over: R3 warning")
    func defaultStorageNoFailover() throws {
        let assessment = AssessmentFixtures.assess(AssessmentFixtures.healthy())
        let finding = try #require(assessment.finding("default-storage-no-failover:st-p"))
        #expect(finding.severity == .warning)
        #expect(finding.rule == .r3)
        #expect(finding.resources == ["st-p", "hub-p"])
        #expect(finding.message.contains("does not support failing over"))
        #expect(assessment.ids(of: .storageNotZoneRedundant).isEmpty)
        #expect(assessment.ids(of: .storageNotGeoRedundant).isEmpty)
    }

    @Test("RA-GZRS default storage: read access only, with the secondary endpoint")
    func readAccess() throws {
        let assessment = AssessmentFixtures.assess { $0.update(\.storageAccounts, "st-p") { $0.redundancy = .standardRAGZRS } }
        let finding = try #require(assessment.finding("default-storage-no-failover:st-p"))
        // azure-facts section 6: the hub keeps using the primary endpoint, so it cannot even read the copy until
        // its datastores are re-pointed at <account>-secondary; the message must not suggest the hub reads it.
        #expect(finding.message.contains("st-p-secondary"), "\(finding.message)")
        #expect(finding.message.contains("the hub keeps using the primary endpoint"), "\(finding.message)")
        #expect(!finding.message.contains("the hub cannot write to it"), "\(finding.message)")
        #expect(finding.remedy.contains("https://st-p-secondary.blob.core.windows.net"))
    }

    @Test("no failover warning for isolated data storage or the secondary hub's storage")
    func failoverNegative() {
        let assessment = AssessmentFixtures.assess { estate in
            estate.storageAccounts.append(
                StorageAccount(id: "st-data", region: "eastus2", redundancy: .standardGRS, role: .isolatedData))
            estate.connections.append(
                Connection(id: "c-data", hub: "hub-p", target: "st-data", purpose: "data", critical: false))
        }
        #expect(assessment.ids(of: .defaultStorageNoFailover) == ["default-storage-no-failover:st-p"])
    }

    @Test("isolated data storage: warned only when a critical connection reaches it")
    func isolatedData() {
        func assess(critical: Bool) -> Assessment {
            AssessmentFixtures.assess { estate in
                estate.storageAccounts.append(
                    StorageAccount(id: "st-data", region: "eastus2", redundancy: .standardLRS, role: .isolatedData))
                estate.connections.append(
                    Connection(id: "c-data", hub: "hub-p", target: "st-data", purpose: "data", critical: critical))
                estate.connections.append(
                    Connection(id: "c-data2", hub: "hub-s", target: "st-data", purpose: "data", critical: critical))
            }
        }
        let critical = assess(critical: true)
        #expect(critical.finding("storage-not-geo-redundant:st-data")?.severity == .warning)
        #expect(critical.finding("storage-not-geo-redundant:st-data")?.resources == ["st-data", "hub-p", "hub-s"])
        #expect(assess(critical: false).ids(of: .storageNotGeoRedundant).isEmpty)
    }

    @Test("replication lag above a critical project's region RPO is an R5 error")
    func rpoExceeded() throws {
        let assessment = AssessmentFixtures.assess { $0.update(\.storageAccounts, "st-p") { $0.lastSyncLag = 7_200 } }
        let finding = try #require(assessment.finding("storage-rpo-exceeded:st-p"))
        #expect(finding.severity == .error)
        #expect(finding.rule == .r5)
        #expect(finding.resources == ["st-p", "proj-a", "proj-b"])
        #expect(finding.message.contains("2h") && finding.message.contains("1h"))
        #expect(finding.remedy.contains("--expand geoReplicationStats"))
    }

    @Test("replication lag above only a noncritical project's RPO is a warning; within all RPOs, nothing")
    func rpoNegative() {
        let noncritical = AssessmentFixtures.assess { estate in
            estate.update(\.storageAccounts, "st-p") { $0.lastSyncLag = 1_200 }
            estate.update(\.projects, "proj-b") { $0.objectives = .init(rpo: [.region: 600]) }
        }
        #expect(noncritical.finding("storage-rpo-exceeded:st-p")?.severity == .warning)
        #expect(noncritical.finding("storage-rpo-exceeded:st-p")?.resources == ["st-p", "proj-b"])
        #expect(AssessmentFixtures.assess(AssessmentFixtures.healthy()).ids(of: .storageRPOExceeded).isEmpty)
    }
}
