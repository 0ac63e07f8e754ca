import DRDomain
import Foundation
import Testing

@testable import DRImport

@Suite("Estate writer: what it writes reads back as the same estate")
struct EstateWriterRoundTripTests {
    private func roundTrip(_ estate: Estate) throws -> Estate {
        let text = EstateWriter.yaml(for: estate)
        let result = EstateFile.parse(text, file: "written.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))\n\(text)")
        return try #require(result.estate)
    }

    @Test("the built-in sample round-trips")
    func sample() throws {
        let sample = EstateFile.loadSample()
        #expect(try roundTrip(sample) == sample)
    }

    @Test("the imported two-region estate round-trips, region overrides included")
    func imported() throws {
        let estate = try #require(AzureFixtures.importTwoRegion().estate)
        #expect(try roundTrip(estate) == estate)
    }

    @Test("Microsoft's REST examples round-trip, Azure names and subscriptions included")
    func restExamples() throws {
        let estate = try #require(
            AzureImport.run(paths: [AzureFixtures.restExamples], referenceTime: AzureFixtures.referenceTime).estate)
        #expect(try roundTrip(estate) == estate)
        let vault = try #require(estate.deleted.first { $0.id == "sample-vault-2" })
        #expect(vault.azureName == "sample-vault" && vault.resourceGroup == "sample-group")
        #expect(vault.subscription == "00000000-0000-0000-0000-000000000000")
        #expect(EstateWriter.yaml(for: estate).contains("azureName: sample-vault"))
    }

    @Test("importing the fixtures merged with the sample keeps its jobs and hub-cus connections, and round-trips")
    func mergeWithSample() throws {
        let sample = EstateFile.loadSample()
        let estate = try #require(AzureFixtures.importTwoRegion(merge: sample).estate)
        func ids(_ estate: Estate) -> [String] {
            estate.allResources.map(\.id).sorted() + estate.deleted.map(\.id).sorted()
        }
        #expect(ids(estate) == ids(sample))
        #expect(estate.jobs.map(\.id).sorted() == sample.jobs.map(\.id).sorted())
        #expect(Set(estate.connections) == Set(sample.connections))
        #expect(estate.readiness == sample.readiness && estate.objectives == sample.objectives)
        #expect(estate.regions.region(named: "westus")?.zones == Region.physicalZones("westus", count: 3))
        #expect(estate.storage("stdataeus2")?.secondaryRegion == "centralus")
        let back = try roundTrip(estate)
        #expect(back == estate)
    }

    @Test("awkward strings are quoted and read back unchanged")
    func awkwardStrings() throws {
        var estate = EstateFile.loadSample()
        estate.name = "yes"
        estate.hubs[0].resourceGroup = "null"
        estate.projects[0].resourceGroup = "0x1F"
        estate.storageAccounts[0].resourceGroup = "2026-11-28"
        estate.aiServices[0].accountKind = "Open AI: \"preview\" #1"
        estate.connections[0].purpose = "chat, {primary}"
        estate.computes[0].vmSize = "on"
        #expect(try roundTrip(estate) == estate)
    }

    @Test("an empty estate, and names with line breaks, round-trip")
    func emptyAndLineBreaks() throws {
        #expect(try roundTrip(Estate(name: "empty")) == Estate(name: "empty"))
        var estate = EstateFile.loadSample()
        estate.name = "two\nlines: {x}"
        estate.connections[1].purpose = "tab\there\r\u{7}"
        let text = EstateWriter.yaml(for: estate)
        #expect(text.hasPrefix("# Written by foundry-dr"))
        #expect(try roundTrip(estate) == estate)
    }

    @Test("a new region, a removed pair and changed zones round-trip")
    func regions() throws {
        var estate = EstateFile.loadSample()
        var eastus2 = try #require(estate.regions.region(named: "eastus2"))
        eastus2.zones = ["eastus2-az1", "eastus2-az2"]
        var westus3 = try #require(estate.regions.region(named: "westus3"))
        westus3.pair = nil
        westus3.keyVaultReplicatesAcrossRegions = true
        let fresh = Region(
            name: "atlantis", displayName: "Atlantis Central", geography: "Ocean", latitude: -12.25,
            longitude: 170.5, pair: "eastus2", zones: ["atlantis-az1"], restricted: true)
        estate.regions = estate.regions.merging([eastus2, westus3, fresh])
        #expect(try roundTrip(estate) == estate)
    }
}
