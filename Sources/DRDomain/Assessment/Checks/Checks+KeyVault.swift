import Foundation

extension AssessmentContext {
    /// R9 and R11 on live vaults: purge protection off, and a region whose vaults do not replicate across regions
    /// (warnings).
    func keyVaultFindings() -> [Finding] {
        estate.keyVaults.flatMap { vault -> [Finding] in
            let hubs = index.hubs(using: vault.id).filter { $0.keyVault == vault.id }.map(\.id)
            let users = hubs.isEmpty ? "" : " (credentials of \(Self.list(hubs)))"
            var out: [Finding] = []
            if !vault.purgeProtection {
                out.append(
                    finding(
                        .keyVaultNoPurgeProtection, vault.id, .warning, resources: [vault.id] + hubs,
                        message: "Key Vault \(vault.id)\(users) has purge protection off: once deleted it can be "
                            + "purged before its \(vault.softDeleteRetentionDays)-day soft-delete retention ends, and "
                            + "the credentials for storage and connections are then gone for good.",
                        remedy: "Turn purge protection on (it cannot be turned off again):\n"
                            + AzureCLI.enablePurgeProtection(vault: target(vault.id))))
            }
            if let region = estate.regions.region(named: vault.region), !region.keyVaultReplicatesAcrossRegions {
                let why = region.pair == nil
                    ? "\(region.name) has no paired region"
                    : "\(region.name) is one of the regions whose vaults Key Vault does not replicate to their pair"
                out.append(
                    finding(
                        .keyVaultNoCrossRegion, vault.id, .warning, resources: [vault.id] + hubs,
                        message: "Key Vault \(vault.id)\(users) is in \(region.name), and \(why): in an outage of "
                            + "\(region.name) the vault does not fail over to another region, so hubs using it cannot "
                            + "read their credentials, in either region.",
                        remedy: "Keep a second vault in another region and restore backups of the secrets there "
                            + "(backups restore only within the same subscription and geography):\n"
                            + AzureCLI.backupSecret(vault: target(vault.id)) + "\n" + AzureCLI.restoreSecret()))
            }
            return out
        }
    }
}
