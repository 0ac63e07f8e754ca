import DRDomain
import Foundation

extension EstateValidator {
    /// Indexes every id (live and deleted) and reports ids defined more than once: ids are unique estate-wide.
    mutating func indexIdentifiers() {
        for identity in draft.identities {
            if let first = index[identity.id] {
                let what = first.deleted ? "a deleted \(first.kind.noun)" : first.kind.withArticle
                report(
                    "duplicate id '\(identity.id)': already defined as \(what) at \(first.position); "
                        + "ids are unique across the estate",
                    at: identity.position)
                continue
            }
            index[identity.id] = (identity.kind, identity.deleted, identity.position)
        }
    }

    /// Ids of the given kinds, for suggestions.
    func ids(of kinds: [ResourceKind]) -> [ResourceID] {
        index.filter { kinds.contains($0.value.kind) }.map(\.key)
    }
}
