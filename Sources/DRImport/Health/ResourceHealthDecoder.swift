import DRDomain
import Foundation

/// Decodes Resource Health availability statuses: REST `availabilityStatuses` (with the misspelled
/// `occuredTime`) and Resource Graph `HealthResources` rows (`occurredTime`, `targetResourceId`,
/// `previousAvailabilityState`). The resource is `targetResourceId` when given, otherwise the status id with
/// its `/providers/Microsoft.ResourceHealth/...` suffix removed. `reasonType` is kept as any string.
enum ResourceHealthDecoder {
    static func decode(_ item: ItemReader, regions: RegionCatalog) -> ResourceHealthStatus? {
        let statusID = item.string("id").flatMap(ArmID.init)
        let target =
            item.string([["properties", "targetResourceId"]]).flatMap(ArmID.init)
            ?? statusID?.removingExtension("Microsoft.ResourceHealth")
        guard let resource = target else {
            item.problem("\(item.path): an availability status without a resource id")
            return nil
        }
        let stateText = item.string([["properties", "availabilityState"]])
        let location = item.string("location")
        return ResourceHealthStatus(
            resourceID: resource.raw, resourceName: resource.name, resourceType: resource.type,
            subscription: resource.subscription, resourceGroup: resource.resourceGroup,
            region: location.flatMap { regions.region(displayName: $0)?.name },
            state: AvailabilityState(text: stateText), stateText: stateText ?? "Unknown",
            previousState: item.string([["properties", "previousAvailabilityState"]]).map(
                AvailabilityState.init(text:)),
            reasonType: item.string([["properties", "reasonType"]]), title: item.string([["properties", "title"]]),
            summary: item.string([["properties", "summary"]]),
            occurredAt: item.date([["properties", "occuredTime"], ["properties", "occurredTime"]]),
            reportedAt: item.date([["properties", "reportedTime"]]), file: item.file)
    }
}
