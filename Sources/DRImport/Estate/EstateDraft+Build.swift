import DRDomain
import Foundation

extension EstateDraft {
    /// The estate the draft describes (call only when no errors were found).
    func build() -> Estate {
        var readinessByRegion: [RegionName: RegionReadiness] = [:]
        for entry in readiness { readinessByRegion[entry.value.region] = entry.value }
        return Estate(
            name: name?.value ?? "", snapshotTime: snapshotTime, regions: catalog, hubs: hubs.map(\.value),
            projects: projects.map(\.value), storageAccounts: storageAccounts.map(\.value),
            keyVaults: keyVaults.map(\.value), containerRegistries: containerRegistries.map(\.value),
            appInsights: appInsights.map(\.value), aiServices: aiServices.map(\.value),
            connections: connections.map(\.value), computes: computes.map(\.value), jobs: jobs.map(\.value),
            deleted: deleted.map { entry in
                var resource = entry.value
                if !resource.deletionDateKnown, let snapshotTime { resource.deletedAt = snapshotTime }
                return resource
            }, readiness: readinessByRegion, objectives: objectives)
    }

    /// Where each item is defined (the first definition when an id repeats).
    var locations: [ResourceID: SourcePosition] {
        var out: [ResourceID: SourcePosition] = [:]
        func add<Value>(_ entries: [Located<Value>]) where Value: Identifiable, Value.ID == ResourceID {
            for entry in entries where out[entry.value.id] == nil { out[entry.value.id] = entry.position }
        }
        add(hubs)
        add(projects)
        add(storageAccounts)
        add(keyVaults)
        add(containerRegistries)
        add(appInsights)
        add(aiServices)
        add(connections)
        add(computes)
        add(jobs)
        add(deleted)
        return out
    }
}
