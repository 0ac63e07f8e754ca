import DRDomain
import Foundation
import Testing

@testable import DRImport

@Suite("Health import: Resource Health statuses and Service Health events")
struct HealthImportTests {
    private func load(_ paths: [String]) -> (HealthSnapshot, [Diagnostic]) {
        HealthImport.load(paths: paths, regions: .builtIn)
    }

    @Test("quirk 1: occuredTime (REST) and occurredTime (elsewhere) are both read")
    func occurredSpellings() throws {
        let (snapshot, diagnostics) = load([AzureFixtures.healthFile("availability-statuses.json")])
        #expect(diagnostics.isEmpty)
        #expect(snapshot.status(ofResourceNamed: "sthubeus2")?.occurredAt == Timestamp.parse("2026-11-28T08:30:00Z"))
        #expect(
            snapshot.status(ofResourceNamed: "ais-contoso-eus2")?.occurredAt == Timestamp.parse("2026-11-28T08:40:00Z"))
    }

    @Test("statuses name their resource: the id without the ResourceHealth suffix, or targetResourceId")
    func resourceIDs() throws {
        let (snapshot, diagnostics) = load([AzureFixtures.health])
        #expect(diagnostics.isEmpty)
        let sthub = try #require(snapshot.status(ofResourceNamed: "sthubeus2"))
        #expect(
            sthub.resourceID
                == "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ai-eus2/providers/Microsoft.Storage/storageAccounts/sthubeus2"
        )
        #expect(sthub.resourceType == "microsoft.storage/storageaccounts")
        #expect(sthub.state == .degraded && sthub.region == "eastus2" && sthub.reasonType == "Unplanned")
        let graph = try #require(snapshot.status(ofResourceNamed: "sthubcus"))
        #expect(graph.state == .available && graph.previousState == .degraded && graph.region == "centralus")
        #expect(graph.occurredAt == Timestamp.parse("2026-11-28T07:00:00Z"))
        #expect(
            snapshot.resourceStatuses.map(\.resourceName) == [
                "ais-contoso-eus2", "hub-eus2", "kv-contoso-ai", "sthubcus", "sthubeus2",
            ])
    }

    @Test("quirk 8: any reasonType is kept, and hubs may only report Unknown")
    func reasonTypesAndUnknown() throws {
        let (snapshot, _) = load([AzureFixtures.healthFile("availability-statuses.json")])
        #expect(snapshot.status(ofResourceNamed: "kv-contoso-ai")?.reasonType == "PlatformInitiated")
        #expect(snapshot.status(ofResourceNamed: "hub-eus2")?.state == .unknown)
        #expect(AvailabilityState(text: "Dormant") == .unknown)
        #expect(AvailabilityState(text: "unavailable") == .unavailable)
    }

    @Test("quirks 2 and 3: REST camelCase events map display names to programmatic regions")
    func restEvents() throws {
        let (snapshot, _) = load([AzureFixtures.healthFile("service-events.json")])
        let event = try #require(snapshot.serviceEvents.first { $0.trackingID == "ABCD-123" })
        #expect(event.eventType == "ServiceIssue" && event.status == "Active" && event.isActive)
        #expect(event.impactStart == Timestamp.parse("2026-11-28T08:20:00Z"))
        #expect(event.impacts.first?.service == "Storage")
        #expect(
            event.impacts.first?.regions == [
                ImpactedRegion(region: "eastus2", status: "Active"),
                ImpactedRegion(region: "centralus", status: "Resolved"),
            ])
        #expect(event.regions == ["centralus", "eastus2"])
        #expect(event.unmappedRegions == ["Atlantis Central"])
        let resolved = try #require(snapshot.serviceEvents.first { $0.trackingID == "EFGH-456" })
        #expect(!resolved.isActive && resolved.impactMitigation == Timestamp.parse("2026-11-20T05:00:00Z"))
    }

    @Test("quirk 2: Resource Graph PascalCase events with numeric times")
    func graphEvents() throws {
        let (snapshot, diagnostics) = load([AzureFixtures.healthFile("service-events-graph.json")])
        #expect(diagnostics.isEmpty)
        let event = try #require(snapshot.serviceEvents.first)
        #expect(
            event.trackingID == "IJKL-789" && event.eventType == "ServiceIssue" && event.title == "Networking issue")
        #expect(event.impactStart == Timestamp.parse("2026-11-28T07:00:00Z"))
        #expect(event.lastUpdate == Timestamp.parse("2026-11-28T08:00:00Z"))
        #expect(
            event.impacts == [
                ServiceImpact(
                    service: "Virtual Network",
                    regions: [
                        ImpactedRegion(region: "centralus", status: "Active"),
                        ImpactedRegion(region: "eastus2", status: "Active"),
                    ])
            ])
    }

    @Test("active events by region")
    func activeByRegion() {
        let (snapshot, _) = load([AzureFixtures.health])
        #expect(snapshot.activeEvents(in: "eastus2").map(\.trackingID) == ["ABCD-123", "IJKL-789"])
        #expect(snapshot.activeEvents(in: "westeurope").isEmpty)
    }

    @Test("display names are mapped through an imported catalog too")
    func importedCatalog() throws {
        let catalog = RegionCatalog.builtIn.merging([
            Region(name: "atlantiscentral", displayName: "Atlantis Central", geography: "Sea")
        ])
        let (snapshot, _) = HealthImport.load(
            paths: [AzureFixtures.healthFile("service-events.json")], regions: catalog)
        let event = try #require(snapshot.serviceEvents.first { $0.trackingID == "ABCD-123" })
        #expect(event.unmappedRegions.isEmpty && event.regions.contains("atlantiscentral"))
    }

    @Test("bad health files are located; files without health records are reported")
    func badInput() throws {
        let (_, malformed) = load([try AzureFixtures.write("{\"value\": [")])
        #expect(malformed.first?.message.contains("truncated") == true)
        let (_, other) = load([AzureFixtures.file("keyvault-show.json")])
        #expect(other.first?.message == "no Resource Health availability statuses or Service Health events found")
        let (_, folder) = load([AzureFixtures.twoRegion])
        #expect(folder.isEmpty)
        let typed =
            #"[{"id": "/subscriptions/s/providers/Microsoft.ResourceHealth/events/X-1", "properties": {"impactStartTime": true}}]"#
        let (_, wrong) = load([try AzureFixtures.write(typed)])
        #expect(wrong.first?.message.contains("$[0].properties.impactStartTime: expected a time") == true)
    }
}
