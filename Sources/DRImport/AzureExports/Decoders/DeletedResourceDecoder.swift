import Foundation

/// Decodes soft-deleted resources: `az keyvault list-deleted` (`properties.deletionDate`, `scheduledPurgeDate`,
/// `purgeProtectionEnabled`, `location`, `vaultId`), `az cognitiveservices account list-deleted` (an account
/// whose id has `/deletedAccounts/`) and REST deleted storage accounts (`deletionTime`, `storageAccountResourceId`).
enum DeletedResourceDecoder {
    static func decode(_ item: ItemReader, into facts: inout ResourceFacts) {
        facts.deletionDate = item.date([
            ["properties", "deletionDate"], ["properties", "deletionTime"], ["deletionDate"],
        ])
        facts.scheduledPurgeDate = item.date([["properties", "scheduledPurgeDate"], ["scheduledPurgeDate"]])
        facts.purgeProtection = item.bool([["properties", "purgeProtectionEnabled"], ["purgeProtectionEnabled"]])
        if facts.location == nil { facts.location = item.string([["properties", "location"]]) }
        facts.originalID = item.string([
            ["properties", "vaultId"], ["properties", "storageAccountResourceId"], ["vaultId"],
        ])
        if facts.location == nil { facts.location = facts.id.value(after: "locations") }
        if facts.tags.isEmpty { facts.tags = item.tags([["properties", "tags"]]) }
    }
}
