import Foundation

/// Decodes the fields every ARM resource shares, as `az resource list`, Resource Graph rows, REST objects and
/// the CLI's `show` commands write them: `id`, `type`, `kind`, `location`, resource group, `sku`, `tags`, `zones`.
enum ResourceDecoder {
    /// The shared fields of an item whose id is `id` and whose type is `type`.
    static func decode(_ item: ItemReader, id: ArmID, type: String) -> ResourceFacts {
        var facts = ResourceFacts(
            id: id, type: type, file: item.file,
            origin: ExportOrigin(file: item.file, position: item.document.position(of: item.node.offset)),
            detailed: item.path == "$")
        facts.kind = item.string("kind")
        facts.location = item.string("location") ?? item.string([["properties", "location"]])
        facts.resourceGroup = item.string("resourceGroup", "resource_group")
        facts.skuName = skuName(item)
        facts.tags = item.tags([["tags"]])
        facts.zones = item.strings([["zones"]]) ?? []
        return facts
    }

    /// `sku.name` (an object), or `sku` written as a plain string by some tools.
    private static func skuName(_ item: ItemReader) -> String? {
        guard let (found, _) = item.find([["sku"]]) else { return nil }
        if let text = found.nonEmptyString { return text }
        return item.string([["sku", "name"]])
    }
}
