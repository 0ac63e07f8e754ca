import DRDomain
import Foundation

/// One field of one item that names another item by id.
struct EstateReference {
    var from: ResourceID
    var fromKind: ResourceKind
    var field: String
    var target: ResourceID
    /// The kinds the field may name.
    var allowed: [ResourceKind]
    var position: SourcePosition

    /// `id#field`, the key of `EstateValidator.brokenReferences`.
    var key: String { "\(from)#\(field)" }
}

extension EstateDraft {
    /// Every readable reference in the file, in file order.
    var references: [EstateReference] {
        var out: [EstateReference] = []
        func add<Value>(
            _ entry: Located<Value>, _ kind: ResourceKind, _ field: String, _ target: ResourceID?,
            _ allowed: [ResourceKind]
        ) where Value: Identifiable, Value.ID == ResourceID {
            guard let target, entry.has(field) else { return }
            out.append(EstateReference(
                from: entry.value.id, fromKind: kind, field: field, target: target, allowed: allowed,
                position: entry.at(field)))
        }
        for hub in hubs {
            add(hub, .hub, "secondary", hub.value.secondary, [.hub])
            add(hub, .hub, "storage", hub.value.storage, [.storage])
            add(hub, .hub, "keyVault", hub.value.keyVault, [.keyVault])
            add(hub, .hub, "containerRegistry", hub.value.containerRegistry, [.containerRegistry])
            add(hub, .hub, "appInsights", hub.value.appInsights, [.appInsights])
        }
        for project in projects { add(project, .project, "hub", project.value.hub, [.hub]) }
        for connection in connections {
            add(connection, .connection, "hub", connection.value.hub, [.hub])
            add(connection, .connection, "target", connection.value.target, [.aiServices, .storage])
        }
        for compute in computes { add(compute, .compute, "hub", compute.value.hub, [.hub]) }
        for job in jobs {
            add(job, .job, "project", job.value.project, [.project])
            add(job, .job, "compute", job.value.compute, [.compute])
        }
        return out.sorted { $0.position < $1.position }
    }
}
