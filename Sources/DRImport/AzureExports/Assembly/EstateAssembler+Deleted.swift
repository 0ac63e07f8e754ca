import DRDomain
import Foundation

extension EstateAssembler {
    /// Soft-deleted Key Vaults, AI Services accounts and storage accounts with their deletion and purge dates;
    /// deleted resources of the merged estate not in the exports are kept while their purge date is ahead.
    func assembleDeleted() {
        let kinds: [(String, ResourceKind)] = [
            (ArmType.deletedVault, .keyVault), (ArmType.deletedAccount, .aiServices),
            (ArmType.deletedStorage, .storage),
        ]
        for (type, kind) in kinds {
            for facts in resources(type) {
                guard let id = names.id(for: facts.id) else { continue }
                guard let region = region(facts.location, of: id, facts: facts) else {
                    notImported("\(id): deleted \(kind.noun) without a location")
                    continue
                }
                if facts.deletionDate == nil {
                    undetermined(
                        "\(id): deleted \(kind.noun) without a deletion date in the export; imported as deleted, the "
                            + "date unknown (before \(Timestamp.format(referenceTime)), when the export saw it)"
                            + (facts.scheduledPurgeDate == nil ? "; its purge countdown is an upper bound" : ""))
                }
                let original = facts.originalID.flatMap(ArmID.init)
                let group = original?.resourceGroup ?? facts.group
                deleted.append(
                    DeletedResource(
                        id: id, kind: kind, region: region, deletedAt: facts.deletionDate ?? referenceTime,
                        purgeAt: facts.scheduledPurgeDate,
                        purgeProtection: kind == .keyVault ? (facts.purgeProtection ?? false) : false,
                        resourceGroup: group, azureName: azureName(original?.name ?? facts.name, id: id),
                        subscription: original?.subscription ?? facts.id.subscription,
                        deletionDateKnown: facts.deletionDate != nil))
            }
        }
        let present = Set(deleted.map(\.id))
        for old in merge?.deleted ?? [] where !present.contains(old.id) && !names.isTaken(old.id) {
            guard old.window(at: referenceTime) != .purged else { continue }
            deleted.append(old)
            report.keptFromMerge.append("deleted \(old.kind.rawValue) \(old.id): not in the exports, purge date ahead")
        }
    }

    /// Readiness of secondary regions: the merged estate's, then `foundry-dr-ready-*` tags on secondary hubs.
    func assembleReadiness() {
        readiness = merge?.readiness ?? [:]
        let (hubFacts, _, _) = workspacesByKind
        for facts in hubFacts {
            guard let id = hubIDs[facts.id.key], let hub = hubs.first(where: { $0.id == id }) else { continue }
            var entry = readiness[hub.region] ?? RegionReadiness(region: hub.region)
            var changed = false
            for check in ImportTags.readinessChecks {
                let name = ImportTags.readinessPrefix + check.suffix
                guard let text = facts.tag(name) else { continue }
                guard let value = Tristate(rawValue: text.lowercased()) else {
                    undetermined("\(id): tag \(name) '\(text)' is not yes, no or unknown")
                    continue
                }
                entry[keyPath: check.keyPath] = value
                changed = true
            }
            if changed { readiness[hub.region] = entry }
        }
        for hub in hubs where hub.role == .secondary && readiness[hub.region] == nil {
            undetermined(
                "\(hub.region): failover readiness (quota, role assignments, networking, storage access) "
                    + "unknown; set tags \(ImportTags.readinessPrefix)* on \(hub.id) or keep them with --merge")
        }
    }

    /// Estate-wide objectives: the merged estate's (or the defaults), then objective tags on hubs; when hubs
    /// disagree the strictest value is used and reported.
    func assembleObjectives() {
        let (hubFacts, _, _) = workspacesByKind
        var seen: [String: [TimeInterval]] = [:]
        for facts in hubFacts where hubIDs[facts.id.key] != nil {
            let tagged = objectiveTags(facts, subject: facts.name)
            for (disruption, value) in tagged.rto { seen["\(disruption.rawValue)-rto", default: []].append(value) }
            for (disruption, value) in tagged.rpo { seen["\(disruption.rawValue)-rpo", default: []].append(value) }
        }
        for disruption in Disruption.allCases {
            if let values = seen["\(disruption.rawValue)-rto"], let strictest = values.min() {
                objectives[disruption].rto = strictest
                if Set(values).count > 1 {
                    note("hubs disagree on the \(disruption.rawValue) RTO; the strictest is used")
                }
            }
            if let values = seen["\(disruption.rawValue)-rpo"], let strictest = values.min() {
                objectives[disruption].rpo = strictest
                if Set(values).count > 1 {
                    note("hubs disagree on the \(disruption.rawValue) RPO; the strictest is used")
                }
            }
        }
        if merge == nil && seen.isEmpty {
            undetermined(
                "objectives: none stated, the defaults apply; set \(ImportTags.objectivePrefix)* tags on a hub "
                    + "or use --merge"
            )
        }
    }
}
