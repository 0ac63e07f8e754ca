import DRDomain
import Foundation

extension EstateAssembler {
    /// Workspaces split by kind (compared case-insensitively): hubs, projects, and the rest (classic).
    var workspacesByKind: (hubs: [ResourceFacts], projects: [ResourceFacts], others: [ResourceFacts]) {
        var hubs: [ResourceFacts] = [], projects: [ResourceFacts] = [], others: [ResourceFacts] = []
        for facts in resources(ArmType.workspace) {
            switch facts.kind?.lowercased() {
            case "hub": hubs.append(facts)
            case "project": projects.append(facts)
            case nil where facts.hubID != nil: projects.append(facts)
            case nil where merge?.hub(facts.name) != nil: hubs.append(facts)
            case nil where merge?.project(facts.name) != nil: projects.append(facts)
            default: others.append(facts)
            }
        }
        return (hubs, projects, others)
    }

    /// Hubs: region, associated resources by ARM id, role and secondary from tags or the merged estate.
    func assembleHubs() {
        let (hubFacts, _, others) = workspacesByKind
        for facts in others {
            let kind = facts.kind.map { "of kind '\($0)'" } ?? "of unknown kind"
            notImported("\(facts.name): workspace \(kind), not a Foundry hub or project")
        }
        var namedAsSecondary: [String: String] = [:]
        for facts in hubFacts {
            guard let tag = facts.tag(ImportTags.secondary) else { continue }
            namedAsSecondary[(ArmID(tag)?.name ?? tag).lowercased()] = facts.name
        }
        var secondaryTags: [(hub: ResourceID, tag: String)] = []
        for facts in hubFacts {
            guard let id = names.id(for: facts.id) else { continue }
            let old = merge?.hub(id)
            guard let region = placed(facts, id: id, kind: .hub, fallback: old?.region) else { continue }
            let show = "export az ml workspace show -n \(facts.name) -g \(facts.group ?? "RG")"
            guard let storage = reference(facts.storageAccount, type: ArmType.storage)?.id ?? old?.storage else {
                notImported("\(id): default storage account unknown (\(show)); its projects are left out too")
                continue
            }
            guard let vault = reference(facts.keyVault, type: ArmType.keyVault)?.id ?? old?.keyVault else {
                notImported("\(id): Key Vault unknown (\(show)); its projects are left out too")
                continue
            }
            var hub = Hub(
                id: id, region: region, role: .primary, storage: storage, keyVault: vault,
                containerRegistry: reference(facts.containerRegistry, type: ArmType.registry)?.id
                    ?? old?.containerRegistry,
                appInsights: reference(facts.applicationInsights, type: ArmType.appInsights)?.id ?? old?.appInsights,
                resourceGroup: facts.group, azureName: azureName(facts, id), subscription: facts.id.subscription)
            hub.role = role(of: facts, id: id, old: old, namedBy: namedAsSecondary[facts.name.lowercased()])
            if facts.tag(ImportTags.role) != nil || old != nil || namedAsSecondary[facts.name.lowercased()] != nil {
                hubRolesStated.insert(id)
            }
            if let tag = facts.tag(ImportTags.secondary) {
                secondaryTags.append((id, tag))
                hubRolesStated.insert(id)
            } else {
                hub.secondary = old?.secondary
            }
            if let name = facts.tag(ImportTags.estate) { estateName = estateName ?? name }
            hubs.append(hub)
            hubIDs[facts.id.key] = id
            ensureDependencies(of: hub, facts: facts)
        }
        resolveSecondaries(secondaryTags)
    }


    private func role(of facts: ResourceFacts, id: ResourceID, old: Hub?, namedBy primary: String?) -> HubRole {
        if let tag = facts.tag(ImportTags.role) {
            if let role = HubRole(rawValue: tag.lowercased()) { return role }
            undetermined("\(id): tag \(ImportTags.role) '\(tag)' is not primary or secondary")
        }
        if let role = old?.role { return role }
        if let primary {
            note("\(id): role taken as secondary because \(primary) names it in \(ImportTags.secondary)")
            return .secondary
        }
        undetermined("\(id): role unknown, assumed primary; set tag \(ImportTags.role)")
        return .primary
    }

    private func resolveSecondaries(_ tags: [(hub: ResourceID, tag: String)]) {
        // The first hub of each id, and of each id lowercased: looked up once per tag instead of searched.
        var indexByID: [ResourceID: Int] = [:]
        var idByLowercased: [String: ResourceID] = [:]
        for (index, hub) in hubs.enumerated() {
            if indexByID[hub.id] == nil { indexByID[hub.id] = index }
            let lowered = hub.id.lowercased()
            if idByLowercased[lowered] == nil { idByLowercased[lowered] = hub.id }
        }
        for (hubID, tag) in tags {
            let wanted = ArmID(tag).flatMap { hubIDs[$0.key] } ?? idByLowercased[tag.lowercased()]
            guard let index = indexByID[hubID] else { continue }
            if let wanted, wanted != hubID {
                hubs[index].secondary = wanted
            } else {
                undetermined(
                    "\(hubID): tag \(ImportTags.secondary) names '\(ArmID(tag)?.name ?? tag)', "
                        + "which is not an imported hub"
                )
            }
        }
        inferFailoverPairs()
        for hub in hubs where hub.role == .primary && hub.secondary == nil {
            undetermined(
                "\(hub.id): no secondary hub stated; set tag \(ImportTags.secondary) to the hub it fails over to")
        }
    }

    /// Adds referenced storage, vault, registry and App Insights that the exports did not describe, with the
    /// assumptions reported, so the estate never has a dangling reference.
    ///
    /// A placeholder keeps what its reference's ARM id states: resource group, Azure name and subscription.
    private func ensureDependencies(of hub: Hub, facts: ResourceFacts) {
        func placed<T>(_ reference: String?, _ value: T, _ set: (inout T, ArmID) -> Void) -> T {
            var copy = value
            if let arm = reference.flatMap(ArmID.init) { set(&copy, arm) }
            return copy
        }
        if !storageAccounts.contains(where: { $0.id == hub.storage }) {
            let old = merge?.storage(hub.storage)
            if old == nil {
                undetermined(
                    "\(hub.storage): default storage of \(hub.id) not in the exports; assumed Standard_LRS in "
                        + "\(hub.region); export az storage account show")
            }
            let placeholder = placed(
                facts.storageAccount,
                StorageAccount(id: hub.storage, region: hub.region, redundancy: .standardLRS, role: .hubDefault)
            ) { account, arm in
                (account.resourceGroup, account.azureName, account.subscription) = identity(arm, id: hub.storage)
            }
            storageAccounts.append(old ?? placeholder)
            names.reserve(hub.storage)
        }
        if !keyVaults.contains(where: { $0.id == hub.keyVault }) {
            let old = merge?.keyVault(hub.keyVault)
            if old == nil {
                undetermined(
                    "\(hub.keyVault): Key Vault of \(hub.id) not in the exports; assumed in \(hub.region), 90 days "
                        + "retention, purge protection off; export az keyvault show")
            }
            let placeholder = placed(
                facts.keyVault, KeyVault(id: hub.keyVault, region: hub.region, purgeProtection: false)
            ) { vault, arm in
                (vault.resourceGroup, vault.azureName, vault.subscription) = identity(arm, id: hub.keyVault)
            }
            keyVaults.append(old ?? placeholder)
            names.reserve(hub.keyVault)
        }
        if let registry = hub.containerRegistry, !registries.contains(where: { $0.id == registry }) {
            let old = merge?.registry(registry)
            if old == nil {
                undetermined(
                    "\(registry): registry of \(hub.id) not in the exports; assumed Basic in \(hub.region); "
                        + "export az acr show and az acr replication list")
            }
            let placeholder = placed(
                facts.containerRegistry, ContainerRegistry(id: registry, region: hub.region, sku: .basic)
            ) { entry, arm in
                (entry.resourceGroup, entry.azureName, entry.subscription) = identity(arm, id: registry)
            }
            registries.append(old ?? placeholder)
            names.reserve(registry)
        }
        if let component = hub.appInsights, !appInsights.contains(where: { $0.id == component }) {
            let old = merge?.appInsights.first { $0.id == component }
            if old == nil {
                undetermined(
                    "\(component): Application Insights of \(hub.id) not in the exports; assumed in \(hub.region)")
            }
            let placeholder = placed(facts.applicationInsights, AppInsights(id: component, region: hub.region)) {
                entry, arm in
                (entry.resourceGroup, entry.azureName, entry.subscription) = identity(arm, id: component)
            }
            appInsights.append(old ?? placeholder)
            names.reserve(component)
        }
    }

    /// Projects: the hub from `hub_id` / `hubResourceId` or a hub's associated workspaces; criticality, posture
    /// and objective overrides from tags or the merged estate.
    func assembleProjects() {
        let (hubFacts, projectFacts, _) = workspacesByKind
        var associated: [String: ResourceID] = [:]
        for hub in hubFacts {
            guard let hubID = hubIDs[hub.id.key] else { continue }
            for project in hub.associatedWorkspaces ?? [] {
                if let arm = ArmID(project) { associated[arm.key] = hubID }
            }
        }
        let importedProjects = Set(projectFacts.map(\.id.key))
        for (key, hubID) in associated.sorted(by: { $0.key < $1.key }) where !importedProjects.contains(key) {
            note("\(hubID): associated project \(ArmID(key)?.name ?? key) is not in the exports")
        }
        for facts in projectFacts {
            guard let id = names.id(for: facts.id) else { continue }
            let old = merge?.project(id)
            let hubArm = facts.hubID.flatMap(ArmID.init)
            let hubID =
                hubArm.flatMap { hubIDs[$0.key] } ?? associated[facts.id.key]
                ?? old.flatMap { project in hubs.contains { $0.id == project.hub } ? project.hub : nil }
            guard let hubID else {
                let why =
                    hubArm.map { "its hub \($0.name) was not imported" }
                    ?? "hub unknown; export az ml workspace show -n \(facts.name) (hub_id)"
                notImported("\(id): project left out: \(why)")
                continue
            }
            var critical = ImportTags.bool(facts.tag(ImportTags.critical)) ?? old?.critical
            if critical == nil {
                undetermined("\(id): criticality unknown, assumed not critical; set tag \(ImportTags.critical)")
                critical = false
            }
            var posture = ImportTags.posture(facts.tag(ImportTags.posture)) ?? old?.posture
            if posture == nil {
                undetermined("\(id): posture unknown, assumed hot/cold; set tag \(ImportTags.posture)")
                posture = .hotCold
            }
            let tagged = objectiveTags(facts, subject: id)
            let overrides = tagged.rto.isEmpty && tagged.rpo.isEmpty ? (old?.objectives ?? .init()) : tagged
            projects.append(
                Project(
                    id: id, hub: hubID, critical: critical ?? false, posture: posture ?? .hotCold,
                    objectives: overrides,
                    resourceGroup: facts.group, azureName: azureName(facts, id), subscription: facts.id.subscription))
            projectHubs[facts.id.key] = hubID
        }
    }

    /// The objective tags of a resource, as overrides; bad values are reported and ignored.
    func objectiveTags(_ facts: ResourceFacts, subject: String) -> RecoveryObjectives.Overrides {
        var overrides = RecoveryObjectives.Overrides()
        for disruption in Disruption.allCases {
            for measure in ["rto", "rpo"] {
                let name = ImportTags.objective(disruption, measure)
                guard let text = facts.tag(name) else { continue }
                guard let seconds = ISODuration.seconds(from: text) else {
                    undetermined("\(subject): tag \(name) '\(text)' is not an ISO 8601 duration such as PT4H")
                    continue
                }
                if measure == "rto" {
                    overrides.rto[disruption] = seconds.rounded()
                } else {
                    overrides.rpo[disruption] = seconds.rounded()
                }
            }
        }
        return overrides
    }
}
