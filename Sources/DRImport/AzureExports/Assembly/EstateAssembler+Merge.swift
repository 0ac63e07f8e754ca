import DRDomain
import Foundation

extension EstateAssembler {
    /// Keeps resources of the merged estate that the exports did not mention (the exports may cover fewer
    /// resource groups), each listed in the report so stale ones can be removed by hand. Resources tagged
    /// `foundry-dr-ignore` stay out.
    func keepMergeOnlyResources() {
        guard let merge else { return }
        let ignored = Set(
            inventory.resources.values.filter { ImportTags.bool($0.tag(ImportTags.ignore)) == true }.map(\.name))
        var kept: [String] = []
        func keep<T: Identifiable>(_ items: [T], into list: inout [T], kind: String) where T.ID == ResourceID {
            let present = Set(list.map(\.id))
            for item in items where !present.contains(item.id) && !ignored.contains(item.id) {
                if let key = names.takenKey(item.id), !key.isEmpty {
                    notImported(
                        "\(item.id): \(kind) from --merge not kept, its name is used by another imported resource")
                    continue
                }
                list.append(item)
                names.reserve(item.id)
                kept.append("\(kind) \(item.id)")
            }
        }
        keep(merge.storageAccounts, into: &storageAccounts, kind: "storage account")
        keep(merge.keyVaults, into: &keyVaults, kind: "key vault")
        keep(merge.containerRegistries, into: &registries, kind: "container registry")
        keep(merge.appInsights, into: &appInsights, kind: "Application Insights")
        keep(merge.aiServices, into: &aiServices, kind: "AI Services account")
        keep(merge.hubs, into: &hubs, kind: "hub")
        keep(
            merge.projects.filter { project in hubs.contains { $0.id == project.hub } }, into: &projects,
            kind: "project")
        let hubSet = Set(hubs.map(\.id))
        let targets = Set(storageAccounts.map(\.id) + aiServices.map(\.id))
        keep(
            merge.connections.filter { hubSet.contains($0.hub) && targets.contains($0.target) }, into: &connections,
            kind: "connection")
        keep(merge.computes.filter { hubSet.contains($0.hub) }, into: &computes, kind: "compute")
        let projectSet = Set(projects.map(\.id))
        keep(merge.jobs.filter { projectSet.contains($0.project) }, into: &jobs, kind: "job")
        if !kept.isEmpty {
            report.keptFromMerge.append("not in the exports, kept as they were: " + kept.joined(separator: ", "))
        }
        for hub in hubs where hub.secondary.map({ !hubSet.contains($0) }) ?? false {
            if let index = hubs.firstIndex(where: { $0.id == hub.id }) { hubs[index].secondary = nil }
            undetermined(
                "\(hub.id): secondary hub \(hub.secondary ?? "") is not in the estate; set tag \(ImportTags.secondary)")
        }
    }

}
