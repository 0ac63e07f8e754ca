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
        } + sharedVaultFindings() + secondaryVaultInPrimaryRegionFindings()
    }

    /// R3 (conflict 11): a secondary hub with its own vault, but in its primary's region. The failover escapes an
    /// outage of that region, yet the secondary reads its secrets from it until Microsoft fails the vault over.
    func secondaryVaultInPrimaryRegionFindings() -> [Finding] {
        failoverPairs.compactMap { pair -> Finding? in
            let id = pair.secondary.keyVault
            guard id != pair.primary.keyVault,
                let vault = estate.keyVaults.first(where: { $0.id == id }), vault.region == pair.primary.region,
                vault.region != pair.secondary.region,
                estate.regions.region(named: vault.region)?.keyVaultReplicatesAcrossRegions == true
            else { return nil }
            return finding(
                .keyVaultSecondaryInPrimaryRegion, "\(pair.secondary.id)/\(vault.id)", .warning,
                resources: [vault.id, pair.secondary.id, pair.primary.id],
                message: "Secondary hub \(pair.secondary.id) uses Key Vault \(vault.id) in \(vault.region), the region "
                    + "of its primary \(pair.primary.id). In an outage of \(vault.region) the failover to "
                    + "\(pair.secondary.id) cannot serve until \(vault.id) fails over: the Key Vault reliability guide "
                    + "says that failover is Microsoft-managed and best effort, that the customer cannot trigger it, "
                    + "and that starting it can take hours (the Foundry HA/DR guidance says it is automatic).",
                remedy: "Keep the secondary's vault in its own region, filled with the same secrets by the "
                    + "deployment pipeline, and point \(pair.secondary.id) at it:\n"
                    + AzureCLI.createKeyVault(
                        beside: targets.beside(pair.secondary.id, name: "kv-\(pair.secondary.id)"),
                        location: pair.secondary.region))
        }
    }

    /// R3 (conflict 11): both hubs of a failover pair use one vault outside the secondary's region. The seed says
    /// to share it and that it fails over automatically; the Key Vault guide says Microsoft decides the failover,
    /// best effort, and starting it can take hours. Until then the secondary hub lacks its secrets too.
    func sharedVaultFindings() -> [Finding] {
        failoverPairs.compactMap { pair -> Finding? in
            let id = pair.primary.keyVault
            guard id == pair.secondary.keyVault,
                let vault = estate.keyVaults.first(where: { $0.id == id }), vault.region != pair.secondary.region,
                // A vault that never fails over is keyvault-no-cross-region's finding.
                estate.regions.region(named: vault.region)?.keyVaultReplicatesAcrossRegions == true
            else { return nil }
            return finding(
                .keyVaultSharedAwaitsMicrosoft, "\(pair.primary.id)/\(vault.id)", .warning,
                resources: [vault.id, pair.primary.id, pair.secondary.id],
                message: "Hubs \(pair.primary.id) and \(pair.secondary.id) share Key Vault \(vault.id) in "
                    + "\(vault.region). Two sources disagree on what happens in an outage of \(vault.region): the "
                    + "Foundry HA/DR guidance says to use the same vault for both hubs and that Key Vault fails over "
                    + "automatically; the Key Vault reliability guide says the cross-region failover is "
                    + "Microsoft-managed and best effort, that the customer cannot trigger it, and that starting it "
                    + "can take hours. Until Microsoft fails it over, \(pair.secondary.id) lacks its secrets too, so "
                    + "the failover to it cannot serve.",
                remedy: "Choose one way out. (1) Keep a vault per region, filled with the same secrets by the "
                    + "deployment pipeline, and point \(pair.secondary.id) at its own vault in "
                    + "\(pair.secondary.region):\n"
                    + AzureCLI.createKeyVault(
                        beside: targets.beside(pair.secondary.id, name: "kv-\(pair.secondary.id)"),
                        location: pair.secondary.region)
                    + "\n(2) Or accept the risk: the secondary serves only after Microsoft's failover of "
                    + "\(vault.id), read-only, at a time no one can plan.")
        }
    }
}
