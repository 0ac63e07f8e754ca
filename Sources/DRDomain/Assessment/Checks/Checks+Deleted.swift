import Foundation

extension AssessmentContext {
    /// R9 on soft-deleted resources: purge in under 24 hours (warning), under 7 days (info), already gone
    /// (info), and a deleted vault without purge protection (info, when nothing else is said of it).
    func deletedResourceFindings() -> [Finding] {
        estate.deleted.compactMap { deleted in
            let policy = SoftDeletePolicy.of(deleted.kind)
            let kind = deleted.kind.noun
            guard policy.isSupported, let left = deleted.timeLeft(at: now) else {
                return finding(
                    .deletedGone, deleted.id, .info, resources: [deleted.id],
                    message: "Deleted \(kind) \(deleted.id) cannot be recovered: \(policy.note). It must be "
                        + "recreated, with what depended on it.",
                    remedy: "Recreate it from your infrastructure as code; protect what remains with resource locks.")
            }
            if left <= 0 {
                return finding(
                    .deletedGone, deleted.id, .info, resources: [deleted.id],
                    message: "Deleted \(kind) \(deleted.id) is gone: its purge date passed "
                        + "\(ISODuration.human(-left)) ago.",
                    remedy: "Recreate it from your infrastructure as code.")
            }
            let protection = deleted.kind == .keyVault && !deleted.purgeProtection
                ? " Purge protection is off, so anyone with the right can purge it before then." : ""
            let recover = recoveryRemedy(deleted)
            if left < 7 * 86_400 {
                let imminent = left < 86_400
                return finding(
                    imminent ? .deletedPurgeImminent : .deletedPurgeSoon, deleted.id, imminent ? .warning : .info,
                    resources: [deleted.id],
                    message: "Deleted \(kind) \(deleted.id) in \(deleted.region) is purged in "
                        + "\(ISODuration.human(left)); after that it cannot be recovered.\(protection)",
                    remedy: recover)
            }
            guard !protection.isEmpty else { return nil }
            return finding(
                .deletedVaultPurgeable, deleted.id, .info, resources: [deleted.id],
                message: "Deleted Key Vault \(deleted.id) in \(deleted.region) can be recovered for "
                    + "\(ISODuration.human(left)), but purge protection is off, so anyone with the right can purge it "
                    + "at any time.",
                remedy: recover)
        }
    }

    private func recoveryRemedy(_ deleted: DeletedResource) -> String {
        switch deleted.kind {
        case .keyVault:
            return "Recover it if it is still needed:\n" + AzureCLI.recoverVault(target(deleted.id))
        case .aiServices:
            return "Recover it if it is still needed (its resource group must exist, and a customer-managed-key "
                + "vault or storage it uses must be recovered first):\n"
                + AzureCLI.recoverAIServices(target(deleted.id), location: deleted.region)
        case .storage:
            return "Recovery is best effort and has no az command: use Restore in the portal's Storage accounts "
                + "view, or open a support request."
        default:
            return "Recover it through the portal if it is still needed."
        }
    }
}
