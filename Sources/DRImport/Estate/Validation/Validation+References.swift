import DRDomain
import Foundation

extension EstateValidator {
    /// Reports references to ids that do not exist or name the wrong kind of resource.
    ///
    /// A reference may name a deleted resource of the right kind: that is how an estate shows a hub whose
    /// vault was deleted (R10), which the console then reports as broken until the vault is recovered.
    mutating func checkReferences() {
        for reference in draft.references {
            // The texts are built only for a reference that is reported (most resolve).
            var what: String { "'\(reference.field)' of \(Self.subject(reference.fromKind, reference.from))" }
            var wanted: String { reference.allowed.map(\.withArticle).joined(separator: " or ") }
            guard let target = index[reference.target] else {
                let nouns = reference.allowed.map(\.noun).joined(separator: " or ")
                report(
                    "\(what): no \(nouns) named '\(reference.target)'"
                        + hint(reference.target, in: ids(of: reference.allowed)),
                    at: reference.position)
                brokenReferences.insert(reference.key)
                continue
            }
            guard reference.allowed.contains(target.kind) else {
                let actual = target.deleted ? "a deleted \(target.kind.noun)" : target.kind.withArticle
                report("\(what): '\(reference.target)' is \(actual), not \(wanted)", at: reference.position)
                brokenReferences.insert(reference.key)
                continue
            }
        }
    }

    /// Whether a reference field resolved to an item of the right kind.
    func resolves(_ id: ResourceID, _ field: String) -> Bool {
        brokenReferences.isEmpty || !brokenReferences.contains("\(id)#\(field)")
    }

    /// Fills the defaults that depend on references: hub and storage roles, connection purposes.
    mutating func deriveDefaults() {
        let namedSecondaries = Set(draft.hubs.compactMap { entry in
            entry.has("secondary") && entry.value.secondary != entry.value.id ? entry.value.secondary : nil
        })
        for i in draft.hubs.indices where draft.hubs[i].fields["role"] == nil {
            draft.hubs[i].value.role = namedSecondaries.contains(draft.hubs[i].value.id) ? .secondary : .primary
        }
        let hubStorage = Set(draft.hubs.filter { $0.has("storage") }.map(\.value.storage))
        for i in draft.storageAccounts.indices where draft.storageAccounts[i].fields["role"] == nil {
            let id = draft.storageAccounts[i].value.id
            draft.storageAccounts[i].value.role = hubStorage.contains(id) ? .hubDefault : .isolatedData
        }
        for i in draft.connections.indices where draft.connections[i].fields["purpose"] == nil {
            let target = draft.connections[i].value.target
            draft.connections[i].value.purpose = index[target]?.kind.rawValue ?? target
        }
    }
}
