import DRDomain
import Foundation

extension EstateValidator {
    /// Purge dates must follow deletion and fit the kind's soft-delete window; hubs and projects have none (R9).
    func checkDeleted() {
        for entry in draft.deleted where entry.has("kind") {
            let resource = entry.value
            let subject = "deleted \(Self.subject(resource.kind, resource.id))"
            let policy = SoftDeletePolicy.of(resource.kind)
            if let purgeAt = resource.purgeAt, entry.has("purgeAt") {
                if resource.kind == .hub || resource.kind == .project {
                    report(
                        "'purgeAt' of \(subject): \(resource.kind.noun)s cannot be soft-deleted (R9); a deleted "
                            + "\(resource.kind.noun) is gone at once, so it has no purge date; remove 'purgeAt'",
                        at: entry.at("purgeAt"))
                } else if !policy.isSupported {
                    report(
                        "'purgeAt' of \(subject): \(resource.kind.noun) has no soft delete (R9), so it has no "
                            + "purge date; remove 'purgeAt'",
                        at: entry.at("purgeAt"))
                } else if entry.has("deletedAt") && resource.deletionDateKnown && purgeAt < resource.deletedAt {
                    report(
                        "'purgeAt' of \(subject): the purge date is before the deletion date", at: entry.at("purgeAt"))
                } else if entry.has("deletedAt"), resource.deletionDateKnown, let window = maximumWindow(resource.kind),
                    purgeAt.timeIntervalSince(resource.deletedAt) > window
                {
                    report(
                        "'purgeAt' of \(subject): \(ISODuration.human(purgeAt.timeIntervalSince(resource.deletedAt))) "
                            + "after deletion, but \(resource.kind.withArticle) is kept at most "
                            + "\(ISODuration.human(window)) (R9)",
                        at: entry.at("purgeAt"))
                }
            }
            if !resource.deletionDateKnown && draft.snapshotTime == nil {
                report(
                    "'deletedAt' of \(subject): 'unknown' needs the estate's snapshotTime, the moment the resource "
                        + "was seen deleted",
                    at: entry.at("deletedAt"))
            }
            if resource.purgeProtection && resource.kind != .keyVault {
                report(
                    "'purgeProtection' of \(subject): purge protection exists only for key vaults",
                    at: entry.at("purgeProtection"))
            }
        }
    }

    /// The longest soft-delete retention of a kind: 90 days for Key Vault, otherwise the documented window.
    private func maximumWindow(_ kind: ResourceKind) -> TimeInterval? {
        kind == .keyVault ? 90 * 86_400 : SoftDeletePolicy.of(kind).fixedWindow
    }
}
