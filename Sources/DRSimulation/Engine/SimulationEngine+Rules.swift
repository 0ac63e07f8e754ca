import DRDomain
import Foundation

/// How long Key Vault takes to fail over to its pair after its region goes down (azure-facts section 6: a few
/// minutes, up to 20 over private link).
let keyVaultFailoverDelay: TimeInterval = 300

extension SimulationEngine {
    // MARK: Facts about the current faults

    func serviceOut(_ service: AzureService, _ r: Int) -> Bool {
        r >= 0 && (regionDown[r] || serviceDown[r * AzureService.allCases.count + service.ordinal])
    }

    func zoneOutIn(_ r: Int) -> Bool { r >= 0 && zoneDownCount[r] > 0 }

    func name(_ r: Int) -> RegionName { graph.regionName(r) }

    /// The down zones of a region, for reasons.
    func downZones(in r: Int) -> String { downZoneText[r] ?? "" }

    // MARK: The rules, per kind

    /// The status of one node from the current faults, actions and its dependencies' statuses.
    mutating func computeStatus(_ n: Int) -> ResourceStatus {
        let node = graph.nodes[n]
        if deleted[n] { return deletedStatus(node) }
        switch node.kind {
        case .storage: return storageStatus(n, node)
        case .keyVault: return keyVaultStatus(n, node)
        case .containerRegistry: return registryStatus(node)
        case .appInsights: return regionalStatus(node, .appInsights, what: "Application Insights")
        case .aiServices: return regionalStatus(node, .aiServices, what: "AI Services")
        case .hub: return hubStatus(n, node)
        case .project: return projectStatus(n, node)
        case .connection: return connectionStatus(n, node)
        case .compute: return computeStatus(node)
        case .job: return jobStatus(n, node)
        }
    }

    private func deletedStatus(_ node: ResourceNode) -> ResourceStatus {
        let policy = SoftDeletePolicy.of(node.kind)
        let reason: String
        if node.kind == .hub || node.kind == .project {
            reason = "deleted: \(node.kind.rawValue)s cannot be soft-deleted; it is gone"
        } else if let window = policy.window(retentionDays: node.kind == .keyVault ? node.softDeleteRetentionDays : nil) {
            reason = "soft-deleted: recoverable for \(ISODuration.human(window))" + (policy.bestEffort ? ", best effort" : "")
        } else {
            reason = "deleted: no soft delete; recreate it"
        }
        return ResourceStatus(.deleted, rules: [.r9], reason: reason)
    }

    private func storageStatus(_ n: Int, _ node: ResourceNode) -> ResourceStatus {
        let home = node.regionIndex
        let secondary = node.geoRegionIndex
        if let ready = storageFailovers[n], now >= ready {
            if serviceOut(.storage, secondary) {
                return ResourceStatus(.unavailable, rules: [.r3, .r11],
                                      reason: "failed over to \(name(secondary)), which is down")
            }
            return ResourceStatus(.available, servedFrom: name(secondary), rules: [.r3, .r11],
                                  reason: "account failed over to \(name(secondary)) (now locally redundant there)")
        }
        if serviceOut(.storage, home) {
            let sku = node.redundancy.shortName
            guard node.redundancy.isGeoRedundant, secondary >= 0 else {
                return ResourceStatus(.unavailable, rules: [.r3],
                                      reason: "\(sku): no copy outside \(name(home))")
            }
            let defaultNote = node.storageRole == .hubDefault
                ? "; a hub's default storage cannot be failed over" : "; writes need an account failover"
            if node.redundancy.hasReadAccessSecondary && !serviceOut(.storage, secondary) {
                return ResourceStatus(.readOnly, servedFrom: name(secondary), rules: [.r3, .r11],
                                      reason: "\(sku): read-only from the geo-secondary in \(name(secondary))" + defaultNote)
            }
            let detail = serviceOut(.storage, secondary) ? "secondary \(name(secondary)) is down too" :
                "durable in \(name(secondary)) but not readable (no read access)"
            return ResourceStatus(.unavailable, rules: [.r3, .r11], reason: "\(sku): \(detail)" + defaultNote)
        }
        if zoneOutIn(home) {
            if node.redundancy.isZoneRedundant {
                return ResourceStatus(.available, rules: [.r2],
                                      reason: "\(node.redundancy.shortName) is zone-redundant: survives the zone outage")
            }
            if node.zoneIndex >= 0 {
                if zoneDown[node.zoneIndex] {
                    return ResourceStatus(.unavailable, rules: [.r2],
                                          reason: "placed in \(graph.zoneNames[node.zoneIndex]), which is down")
                }
                return .available
            }
            return ResourceStatus(.degraded, rules: [.r2],
                                  reason: "\(node.redundancy.shortName) in an unknown zone while \(downZones(in: home)) is down")
        }
        return .available
    }

    private mutating func keyVaultStatus(_ n: Int, _ node: ResourceNode) -> ResourceStatus {
        let home = node.regionIndex
        let pair = node.geoRegionIndex
        guard serviceOut(.keyVault, home) else {
            keyVaultReadyAt[n] = nil
            if zoneOutIn(home) {
                return ResourceStatus(.available, rules: [.r2], reason: "Key Vault is zone-redundant by default")
            }
            return .available
        }
        guard node.keyVaultReplicates, pair >= 0 else {
            let why = pair < 0 ? "\(name(home)) has no pair" :
                "\(name(home)) is an exception: no cross-region Key Vault replication"
            keyVaultReadyAt[n] = nil
            return ResourceStatus(.unavailable, rules: [.r3, .r11], reason: "\(why); the vault does not fail over")
        }
        if serviceOut(.keyVault, pair) {
            return ResourceStatus(.unavailable, rules: [.r3, .r11],
                                  reason: "its pair \(name(pair)) is down too")
        }
        if !settled {
            if keyVaultReadyAt[n] == nil {
                let ready = now + keyVaultFailoverDelay
                keyVaultReadyAt[n] = ready
                enqueue(.wake([n]), at: ready)
            }
            if let ready = keyVaultReadyAt[n], now < ready {
                return ResourceStatus(.unavailable, rules: [.r3, .r11],
                                      reason: "failing over to \(name(pair)) (automatic, a few minutes)")
            }
        }
        return ResourceStatus(.readOnly, servedFrom: name(pair), rules: [.r3, .r11],
                              reason: "failed over to its pair \(name(pair)); read-only while failed over")
    }

    private func registryStatus(_ node: ResourceNode) -> ResourceStatus {
        let home = node.regionIndex
        if serviceOut(.containerRegistry, home) {
            guard node.premium else {
                return ResourceStatus(.unavailable, rules: [.r3], reason: "not Premium: no geo-replicas")
            }
            if let replica = node.replicaRegions.first(where: { !serviceOut(.containerRegistry, $0) }) {
                return ResourceStatus(.degraded, servedFrom: name(replica), rules: [.r3],
                                      reason: "served by its replica in \(name(replica))")
            }
            let why = node.replicaRegions.isEmpty ? "Premium but no replica" : "every replica's region is down"
            return ResourceStatus(.unavailable, rules: [.r3], reason: why)
        }
        if zoneOutIn(home) {
            if node.zoneRedundant {
                return ResourceStatus(.available, rules: [.r2], reason: "zone-redundant: survives the zone outage")
            }
            return ResourceStatus(.degraded, rules: [.r2], reason: "not zone-redundant while \(downZones(in: home)) is down")
        }
        return .available
    }

    private func regionalStatus(_ node: ResourceNode, _ service: AzureService, what: String) -> ResourceStatus {
        guard serviceOut(service, node.regionIndex) else { return .available }
        return ResourceStatus(.unavailable, rules: [.r3], reason: "\(what) in \(node.region) is down")
    }
}
