import DRDomain
import Foundation

extension EstateDecoder {
    func decodeStorage(_ m: MappingReader) -> Located<StorageAccount>? {
        let id = identify(m)
        var required = RequiredFields()
        let region = required.value(m.string("region", required: true), "region", placeholder: "")
        var sku: StorageRedundancy?
        if let text = m.string("sku", required: true) {
            sku = StorageRedundancy(sku: text)
            if sku == nil {
                let names = StorageRedundancy.allCases.map(\.rawValue)
                let short = ["LRS", "ZRS", "GRS", "RA-GRS", "GZRS", "RA-GZRS"]
                m.error(
                    "\(m.describe("sku")): '\(text)' is not a storage redundancy SKU; use one of "
                        + "\(names.joined(separator: ", ")) or a short form (\(short.joined(separator: ", ")))"
                        + Suggestion.didYouMean(text, in: names + short),
                    at: "sku")
            }
        }
        let redundancy = required.value(sku, "sku", placeholder: .standardLRS)
        let role = m.enumeration("role", as: StorageRole.self)
        if m.contains("role") && role == nil { required.markInvalid("role") }
        var account = StorageAccount(
            id: id ?? "", region: region, redundancy: redundancy, role: role ?? .isolatedData, zone: m.string("zone"),
            secondaryRegion: m.string("secondaryRegion"), lastSyncLag: m.duration("lastSyncLag"),
            resourceGroup: m.string("resourceGroup"),
            azureName: m.string("azureName"), subscription: m.string("subscription"))
        account.blobSoftDeleteDays = days(m, "blobSoftDeleteDays", in: 1...365, &required)
        account.containerSoftDeleteDays = days(m, "containerSoftDeleteDays", in: 1...365, &required)
        guard id != nil else { return nil }
        return located(account, m, invalid: required.invalid)
    }

    func decodeKeyVault(_ m: MappingReader) -> Located<KeyVault>? {
        let id = identify(m)
        var required = RequiredFields()
        let region = required.value(m.string("region", required: true), "region", placeholder: "")
        let retention = m.int("softDeleteRetentionDays")
        if m.contains("softDeleteRetentionDays") && retention == nil { required.markInvalid("softDeleteRetentionDays") }
        let vault = KeyVault(
            id: id ?? "", region: region, softDeleteRetentionDays: retention ?? 90,
            purgeProtection: m.bool("purgeProtection") ?? false, resourceGroup: m.string("resourceGroup"),
            azureName: m.string("azureName"), subscription: m.string("subscription"))
        guard id != nil else { return nil }
        return located(vault, m, invalid: required.invalid)
    }

    func decodeRegistry(_ m: MappingReader) -> Located<ContainerRegistry>? {
        let id = identify(m)
        var required = RequiredFields()
        let region = required.value(m.string("region", required: true), "region", placeholder: "")
        let sku = required.value(m.enumeration("sku", as: RegistrySKU.self, required: true), "sku", placeholder: .basic)
        let replicas = m.stringList("replicas")
        if m.contains("replicas") && replicas == nil { required.markInvalid("replicas") }
        var registry = ContainerRegistry(
            id: id ?? "", region: region, sku: sku, replicas: replicas?.map(\.value) ?? [],
            zoneRedundant: m.bool("zoneRedundant") ?? false, resourceGroup: m.string("resourceGroup"),
            azureName: m.string("azureName"), subscription: m.string("subscription"))
        registry.artifactSoftDeleteDays = days(m, "artifactSoftDeleteDays", in: 1...90, &required)
        guard id != nil else { return nil }
        var entry = located(registry, m, invalid: required.invalid)
        entry.items["replicas"] = replicas?.map(\.position) ?? []
        return entry
    }

    func decodeAppInsights(_ m: MappingReader) -> Located<AppInsights>? {
        let id = identify(m)
        var required = RequiredFields()
        let region = required.value(m.string("region", required: true), "region", placeholder: "")
        let component = AppInsights(id: id ?? "", region: region, resourceGroup: m.string("resourceGroup"),
            azureName: m.string("azureName"), subscription: m.string("subscription"))
        guard id != nil else { return nil }
        return located(component, m, invalid: required.invalid)
    }

    func decodeAIServices(_ m: MappingReader) -> Located<AIServicesAccount>? {
        let id = identify(m)
        var required = RequiredFields()
        let region = required.value(m.string("region", required: true), "region", placeholder: "")
        let account = AIServicesAccount(
            id: id ?? "", region: region, accountKind: m.string("kind") ?? "AIServices",
            resourceGroup: m.string("resourceGroup"),
            azureName: m.string("azureName"), subscription: m.string("subscription"))
        guard id != nil else { return nil }
        return located(account, m, invalid: required.invalid)
    }

    /// A soft-delete retention in days, checked against the service's range.
    private func days(
        _ m: MappingReader, _ key: String, in range: ClosedRange<Int>, _ required: inout RequiredFields
    ) -> Int? {
        guard m.contains(key) else { return nil }
        guard let value = m.int(key) else {
            required.markInvalid(key)
            return nil
        }
        guard range.contains(value) else {
            m.error("\(m.describe(key)): \(value) is outside \(range.lowerBound)-\(range.upperBound) days", at: key)
            required.markInvalid(key)
            return nil
        }
        return value
    }
}
