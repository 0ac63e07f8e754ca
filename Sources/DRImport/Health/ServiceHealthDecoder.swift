import DRDomain
import Foundation

/// Decodes Service Health events in both casings: REST camelCase (`eventType`, `impactStartTime`,
/// `impact[].impactedRegions[].impactedRegion`) and Resource Graph `ServiceHealthResources` PascalCase
/// (`EventType`, `ImpactStartTime` as a number, `Impact[].ImpactedRegions[].ImpactedRegion`). Member names are
/// matched case-insensitively, and impacted regions, written as display names (`East US 2`), are mapped to
/// programmatic names through the region catalog.
enum ServiceHealthDecoder {
    static func decode(_ item: ItemReader, regions: RegionCatalog) -> ServiceHealthEvent? {
        let id = item.string("id").flatMap(ArmID.init)
        guard let trackingID = item.string([["properties", "TrackingId"], ["name"]]) ?? id?.name else {
            item.problem("\(item.path): a service health event without a tracking id")
            return nil
        }
        func property(_ name: String) -> [[String]] { [["properties", name]] }
        var event = ServiceHealthEvent(
            trackingID: trackingID, eventType: item.string(property("eventType")),
            status: item.string(property("status")),
            level: item.string(property("level")) ?? item.string(property("eventLevel")),
            title: item.string(property("title")), summary: item.string(property("summary")),
            impactStart: item.date(property("impactStartTime")),
            impactMitigation: item.date(property("impactMitigationTime")),
            lastUpdate: item.date(property("lastUpdateTime")), file: item.file)
        var unmapped: Set<String> = []
        for impact in item.array(property("impact")) ?? [] {
            let service = impact.node["impactedService"]?.nonEmptyString ?? "unknown service"
            var impacted: [ImpactedRegion] = []
            for entry in impact.node["impactedRegions"]?.array ?? [] {
                guard let name = entry["impactedRegion"]?.nonEmptyString else { continue }
                let mapped = regions.region(displayName: name)?.name
                if let mapped {
                    impacted.append(ImpactedRegion(region: mapped, status: entry["status"]?.nonEmptyString))
                } else {
                    unmapped.insert(name)
                }
                for update in entry["updates"]?.array ?? [] {
                    guard let text = update["summary"]?.nonEmptyString else { continue }
                    event.updates.append(EventUpdate(
                        service: service, region: mapped ?? name, summary: text,
                        at: update["updateDateTime"].flatMap(AzureTime.date)))
                }
            }
            event.impacts.append(ServiceImpact(service: service, regions: impacted))
        }
        event.unmappedRegions = unmapped.sorted()
        event.updates.sort { ($0.at ?? .distantPast, $0.region) < ($1.at ?? .distantPast, $1.region) }
        return event
    }
}
