import DRDomain
import Foundation

extension EstateDecoder {
    func decodeHub(_ m: MappingReader) -> Located<Hub>? {
        let id = identify(m)
        var required = RequiredFields()
        let region = required.value(m.string("region", required: true), "region", placeholder: "")
        let role = m.enumeration("role", as: HubRole.self)
        if m.contains("role") && role == nil { required.markInvalid("role") }
        let hub = Hub(
            id: id ?? "", region: region, role: role ?? .primary, secondary: m.string("secondary"),
            storage: required.value(m.string("storage", required: true), "storage", placeholder: ""),
            keyVault: required.value(m.string("keyVault", required: true), "keyVault", placeholder: ""),
            containerRegistry: m.string("containerRegistry"), appInsights: m.string("appInsights"),
            resourceGroup: m.string("resourceGroup"),
            azureName: m.string("azureName"), subscription: m.string("subscription"))
        guard id != nil else { return nil }
        return located(hub, m, invalid: required.invalid)
    }

    func decodeProject(_ m: MappingReader) -> Located<Project>? {
        let id = identify(m)
        var required = RequiredFields()
        let hub = required.value(m.string("hub", required: true), "hub", placeholder: "")
        let posture = required.value(
            m.enumeration("posture", as: DeploymentPosture.self, required: true), "posture", placeholder: .hotCold)
        var overrides = RecoveryObjectives.Overrides()
        if let objectives = m.mapping("objectives", context: "objectives of project '\(id ?? "?")'",
            keys: EstateKeys.objectives)
        {
            overrides = decodeOverrides(objectives)
        }
        let project = Project(
            id: id ?? "", hub: hub, critical: m.bool("critical") ?? false, posture: posture, objectives: overrides,
            resourceGroup: m.string("resourceGroup"),
            azureName: m.string("azureName"), subscription: m.string("subscription"))
        guard id != nil else { return nil }
        return located(project, m, invalid: required.invalid)
    }

    /// Estate-wide objectives: what is not written keeps its default.
    func decodeObjectives(_ m: MappingReader) -> RecoveryObjectives {
        var objectives = RecoveryObjectives.defaults
        let overrides = decodeOverrides(m)
        for (disruption, value) in overrides.rto { objectives[disruption].rto = value }
        for (disruption, value) in overrides.rpo { objectives[disruption].rpo = value }
        return objectives
    }

    /// Partial objectives: `{zone|region|deletion: {rto, rpo}}`.
    func decodeOverrides(_ m: MappingReader) -> RecoveryObjectives.Overrides {
        var overrides = RecoveryObjectives.Overrides()
        for disruption in Disruption.allCases {
            guard let objective = m.mapping(
                disruption.rawValue, context: "\(disruption.rawValue) objective of \(m.subject)",
                keys: EstateKeys.objective)
            else { continue }
            if let rto = objective.duration("rto") { overrides.rto[disruption] = rto }
            if let rpo = objective.duration("rpo") { overrides.rpo[disruption] = rpo }
        }
        return overrides
    }
}
