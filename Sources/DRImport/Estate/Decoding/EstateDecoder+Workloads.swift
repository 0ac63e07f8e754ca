import DRDomain
import Foundation

extension EstateDecoder {
    func decodeConnection(_ m: MappingReader) -> Located<Connection>? {
        let id = identify(m)
        var required = RequiredFields()
        let connection = Connection(
            id: id ?? "", hub: required.value(m.string("hub", required: true), "hub", placeholder: ""),
            target: required.value(m.string("target", required: true), "target", placeholder: ""),
            purpose: m.string("purpose") ?? "", critical: m.bool("critical") ?? false)
        guard id != nil else { return nil }
        return located(connection, m, invalid: required.invalid)
    }

    func decodeCompute(_ m: MappingReader) -> Located<Compute>? {
        let id = identify(m)
        var required = RequiredFields()
        let compute = Compute(
            id: id ?? "", hub: required.value(m.string("hub", required: true), "hub", placeholder: ""),
            type: required.value(
                m.enumeration("type", as: ComputeType.self, required: true), "type", placeholder: .instance),
            zone: m.string("zone"), vmSize: m.string("vmSize"))
        guard id != nil else { return nil }
        return located(compute, m, invalid: required.invalid)
    }

    func decodeJob(_ m: MappingReader) -> Located<Job>? {
        let id = identify(m)
        var required = RequiredFields()
        let job = Job(
            id: id ?? "", project: required.value(m.string("project", required: true), "project", placeholder: ""),
            compute: m.string("compute"), startedAt: m.timestamp("startedAt"))
        guard id != nil else { return nil }
        return located(job, m, invalid: required.invalid)
    }

    func decodeDeleted(_ m: MappingReader) -> Located<DeletedResource>? {
        let id = identify(m)
        var required = RequiredFields()
        let kind = required.value(
            m.enumeration("kind", as: ResourceKind.self, required: true), "kind", placeholder: .job)
        let region = required.value(m.string("region", required: true), "region", placeholder: "")
        let unknownDate = m.contains("deletedAt") && m.string("deletedAt") == "unknown"
        let deletedAt =
            unknownDate
            ? Date(timeIntervalSince1970: 0)
            : required.value(
                m.timestamp("deletedAt", required: true), "deletedAt", placeholder: Date(timeIntervalSince1970: 0))
        let purgeAt = m.timestamp("purgeAt")
        if m.contains("purgeAt") && purgeAt == nil { required.markInvalid("purgeAt") }
        let retention = m.int("softDeleteRetentionDays")
        if m.contains("softDeleteRetentionDays") && retention == nil { required.markInvalid("softDeleteRetentionDays") }
        let resource = DeletedResource(
            id: id ?? "", kind: kind, region: region, deletedAt: deletedAt, purgeAt: purgeAt,
            purgeProtection: m.bool("purgeProtection") ?? false, resourceGroup: m.string("resourceGroup"),
            softDeleteRetentionDays: retention, azureName: m.string("azureName"),
            subscription: m.string("subscription"), deletionDateKnown: !unknownDate)
        guard id != nil else { return nil }
        return located(resource, m, invalid: required.invalid)
    }
}
