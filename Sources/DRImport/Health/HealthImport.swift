import DRDomain
import Foundation

/// Reads Resource Health and Service Health exports (`foundry-dr ... --health PATH...`) into a snapshot.
///
/// Files are read like estate exports (directories recursively in sorted order, size-capped, secrets removed,
/// bad JSON reported with its line and column) and recognised by content: availability statuses and events, as
/// REST pages, bare arrays, single objects or Resource Graph results. A file named explicitly that holds no health
/// record is reported; inside a directory such files (estate exports) are passed over.
public enum HealthImport {
    /// The snapshot of every health record found, and the problems with the inputs.
    public static func load(
        paths: [String], regions: RegionCatalog, limits: ImportLimits = .standard
    ) -> (HealthSnapshot, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var statuses: [String: ResourceHealthStatus] = [:]
        var events: [String: ServiceHealthEvent] = [:]
        for outcome in ExportFileReader(limits: limits).read(paths: paths) {
            switch outcome {
            case .failed(let diagnostic): diagnostics.append(diagnostic)
            case .skipped: continue
            case .document(let raw):
                let (document, _) = SecretScrubber.scrub(raw)
                var found = 0
                for (node, path) in ExportEnvelope.unwrap(document.root).items {
                    let reader = ItemReader(document: document, node: node, path: path)
                    switch kind(of: node) {
                    case .status:
                        if let status = ResourceHealthDecoder.decode(reader, regions: regions) {
                            found += 1
                            let key = status.resourceID.lowercased()
                            if let existing = statuses[key],
                                (existing.occurredAt ?? .distantPast) > (status.occurredAt ?? .distantPast)
                            {
                                continue
                            }
                            statuses[key] = status
                        }
                    case .event:
                        if let event = ServiceHealthDecoder.decode(reader, regions: regions) {
                            found += 1
                            events[event.trackingID] = event
                        }
                    case .other:
                        continue
                    }
                    diagnostics += reader.diagnostics
                }
                if found == 0 && document.explicit {
                    diagnostics.append(
                        Diagnostic(
                            file: document.file, at: nil,
                            message: "no Resource Health availability statuses or Service Health events found"))
                }
            }
        }
        let snapshot = HealthSnapshot(
            resourceStatuses: statuses.values.sorted {
                ($0.resourceName, $0.resourceID) < ($1.resourceName, $1.resourceID)
            },
            serviceEvents: events.values.sorted { $0.trackingID < $1.trackingID })
        return (snapshot, diagnostics)
    }

    private enum Kind { case status, event, other }

    /// Statuses and events by `type` (any casing) or by the Resource Health part of their id.
    private static func kind(of node: JSONNode) -> Kind {
        let type = node["type"]?.string?.lowercased() ?? ""
        let id = node["id"]?.string?.lowercased() ?? ""
        if type == "microsoft.resourcehealth/availabilitystatuses"
            || id.contains("/providers/microsoft.resourcehealth/availabilitystatuses")
        {
            return .status
        }
        if type == "microsoft.resourcehealth/events" || id.contains("/providers/microsoft.resourcehealth/events/") {
            return .event
        }
        return .other
    }
}
