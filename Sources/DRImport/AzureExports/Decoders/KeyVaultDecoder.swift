import Foundation

/// Decodes `az keyvault show` and REST vaults: soft delete, its retention in days, and purge protection.
enum KeyVaultDecoder {
    static func decode(_ item: ItemReader, into facts: inout ResourceFacts) {
        facts.enableSoftDelete = item.bool(ItemReader.property("enableSoftDelete"))
        facts.softDeleteRetentionDays = item.int(ItemReader.property("softDeleteRetentionInDays"))
        facts.purgeProtection = item.bool(ItemReader.property("enablePurgeProtection"))
    }
}
