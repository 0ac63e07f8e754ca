import DRDomain
import Foundation

/// How long a Key Vault's public endpoint takes to converge on the pair once Microsoft has started its failover,
/// and how much more private endpoints can need (azure-facts section 6: a few minutes; up to 20 more over private
/// link).
let keyVaultConvergence: TimeInterval = 300
let keyVaultPrivateEndpointExtra: TimeInterval = 1200

extension SimulationEngine {
    // MARK: Facts about the current faults

    func serviceOut(_ service: AzureService, _ r: Int?) -> Bool {
        guard let r else { return false }
        return regionDown[r] || serviceDown[r * AzureService.allCases.count + service.ordinal]
    }

    func zoneOutIn(_ r: Int?) -> Bool { r.map { zoneDownCount[$0] > 0 } ?? false }

    /// A region that cannot take over a service: the service down there, or two or more of its zones down (the
    /// region effectively down), as for a registry's replicas.
    func cannotTakeOver(_ service: AzureService, _ r: Int?) -> Bool { serviceOut(service, r) || zonesOutIn(r) }

    func name(_ r: Int?) -> RegionName { graph.regionName(r) }

    /// The down zones of a region, for reasons.
    func downZones(in r: Int?) -> String { r.flatMap { downZoneText[$0] } ?? "" }

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
            // Both statements of the sources' conflict, never settled silently (docs/model.md conflict 2).
            reason = "deleted: soft delete of \(node.kind.rawValue)s is \(policy.note); treat it as gone"
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
            if cannotTakeOver(.storage, secondary) {
                return ResourceStatus(.unavailable, rules: [.r3, .r11],
                                      reason: "failed over to \(name(secondary)), which is down")
            }
            return ResourceStatus(.available, servedFrom: name(secondary), rules: [.r3, .r11],
                                  reason: "account failed over to \(name(secondary)) (now locally redundant there)")
        }
        let sku = node.redundancy.shortName
        if serviceOut(.storage, home) { return primaryOut(node, cause: nil) }
        if zoneOutIn(home) {
            if node.redundancy.isZoneRedundant {
                if zonesOutIn(home) {
                    return primaryOut(node, cause: "\(sku) survives one zone, but \(downZones(in: home)) are down")
                }
                return ResourceStatus(.available, rules: [.r2], reason: "\(sku) is zone-redundant: survives one zone down")
            }
            if let zone = node.zoneIndex {
                if zoneDown[zone] {
                    return primaryOut(node, cause: "\(sku) placed in \(graph.zoneNames[zone]), which is down")
                }
                return .available
            }
            return ResourceStatus(.unknown, rules: [.r2],
                                  reason: "\(sku) in an unknown zone while \(downZones(in: home)) is down: may be down")
        }
        return .available
    }

    /// Storage whose primary is out: by its region (or a Storage outage there) when `cause` is nil, else by zones
    /// (R2). A geo-redundant account is durable in its secondary, and RA-GRS/RA-GZRS are readable there, whatever
    /// took the primary out (azure-facts section 6).
    private func primaryOut(_ node: ResourceNode, cause: String?) -> ResourceStatus {
        let home = node.regionIndex
        let secondary = node.geoRegionIndex
        let sku = node.redundancy.shortName
        let rule: RuleID = cause == nil ? .r3 : .r2
        let prefix = cause.map { "\($0); " } ?? ""
        guard node.redundancy.isGeoRedundant, secondary != nil else {
            return ResourceStatus(.unavailable, rules: [rule],
                                  reason: cause ?? "\(sku): no copy outside \(name(home))")
        }
        let defaultNote = node.storageRole == .hubDefault
            ? "; a hub's default storage cannot be failed over" : "; writes need an account failover"
        if node.redundancy.hasReadAccessSecondary && !cannotTakeOver(.storage, secondary) {
            return ResourceStatus(.readOnly, servedFrom: name(secondary), rules: [rule, .r11],
                                  reason: prefix + "\(sku): read-only from the geo-secondary in \(name(secondary))" + defaultNote)
        }
        let detail = cannotTakeOver(.storage, secondary) ? "secondary \(name(secondary)) is down too" :
            "durable in \(name(secondary)) but not readable (no read access)"
        return ResourceStatus(.unavailable, rules: [rule, .r11], reason: prefix + "\(sku): \(detail)" + defaultNote)
    }

    /// Two or more zones of a region down at once: zone-redundant resources there are unavailable too (the
    /// region is effectively down).
    func zonesOutIn(_ r: Int?) -> Bool { r.map { zoneDownCount[$0] >= 2 } ?? false }

    /// A Key Vault (R2, R3, R11): zone-redundant, so it survives one zone; with its region (or two zones of it)
    /// out it is unavailable until Microsoft starts its failover (an event, best effort, can take hours), then
    /// read-only from its pair once the endpoint converges.
    private mutating func keyVaultStatus(_ n: Int, _ node: ResourceNode) -> ResourceStatus {
        let home = node.regionIndex
        let pair = node.geoRegionIndex
        let homeOut = serviceOut(.keyVault, home) || zonesOutIn(home)
        guard homeOut else {
            keyVaultOutSince[n] = nil
            if zoneOutIn(home) {
                return ResourceStatus(.available, rules: [.r2], reason: "Key Vault is zone-redundant: survives one zone down")
            }
            return .available
        }
        let outage = serviceOut(.keyVault, home)
            ? "\(name(home)) is down" : "\(downZones(in: home)) are down (two or more zones)"
        guard node.keyVaultReplicates, pair != nil else {
            let why = pair == nil ? "\(name(home)) has no pair" :
                "\(name(home)) is an exception: no cross-region Key Vault replication"
            return ResourceStatus(.unavailable, rules: [.r3, .r11], reason: "\(outage); \(why); the vault does not fail over")
        }
        if cannotTakeOver(.keyVault, pair) {
            return ResourceStatus(.unavailable, rules: [.r3, .r11], reason: "\(outage) and its pair \(name(pair)) is down too")
        }
        if keyVaultOutSince[n] == nil {
            keyVaultOutSince[n] = now
            if !settled {
                if let delay = keyVaultFailoverDelay, keyVaultFailoverStartedAt[n] == nil {
                    enqueue(.startFault(.keyVaultFailover(node.id)), at: now + delay)
                }
                if keyVaultFailoverStartedAt[n] != nil { enqueue(.wake([n]), at: now + keyVaultConvergence) }
            }
        }
        guard let started = keyVaultFailoverStartedAt[n] else {
            return ResourceStatus(.unavailable, rules: [.r3, .r11],
                                  reason: "\(outage); awaiting Microsoft-managed failover to \(name(pair)) "
                                    + "(best effort, can take hours; the customer cannot trigger it)")
        }
        let ready = max(started, keyVaultOutSince[n] ?? started) + keyVaultConvergence
        if !settled && now < ready {
            return ResourceStatus(.unavailable, rules: [.r3, .r11],
                                  reason: "\(outage); Microsoft's failover to \(name(pair)) under way: public endpoint "
                                    + "at \(clock(ready)), private endpoints up to \(ISODuration.human(keyVaultPrivateEndpointExtra)) more")
        }
        return ResourceStatus(.readOnly, servedFrom: name(pair), rules: [.r3, .r11],
                              reason: "failed over by Microsoft to its pair \(name(pair)); read-only while failed over "
                                + "(private endpoints can need up to \(ISODuration.human(keyVaultPrivateEndpointExtra)) more)")
    }

    /// A registry (R2, R3): zone-redundant in every region with zones, whatever its SKU and whatever its
    /// `zoneRedundancy` property says, so it survives one zone; a region (or two of its zones) out leaves only
    /// Premium geo-replicas serving.
    private func registryStatus(_ node: ResourceNode) -> ResourceStatus {
        let home = node.regionIndex
        let homeOut = serviceOut(.containerRegistry, home) || zonesOutIn(home)
        if homeOut {
            let outage = serviceOut(.containerRegistry, home)
                ? "" : "\(downZones(in: home)) are down (two or more zones); "
            guard node.premium else {
                return ResourceStatus(.unavailable, rules: [.r3], reason: outage + "not Premium: no geo-replicas")
            }
            if let replica = node.replicaRegions.first(where: { !cannotTakeOver(.containerRegistry, $0) }) {
                return ResourceStatus(.degraded, servedFrom: name(replica), rules: [.r3],
                                      reason: outage + "served by its replica in \(name(replica))")
            }
            let why = node.replicaRegions.isEmpty ? "Premium but no replica" : "every replica's region is down"
            return ResourceStatus(.unavailable, rules: [.r3], reason: outage + why)
        }
        if zoneOutIn(home) {
            return ResourceStatus(.available, rules: [.r2],
                                  reason: "zone-redundant (every registry in a region with zones): survives one zone down")
        }
        return .available
    }

    /// App Insights and AI Services (R3): down with their region or service; with two or more zones of the region
    /// down the region is effectively down, so they are not counted as serving either (azure-facts section 6).
    private func regionalStatus(_ node: ResourceNode, _ service: AzureService, what: String) -> ResourceStatus {
        let home = node.regionIndex
        if serviceOut(service, home) {
            return ResourceStatus(.unavailable, rules: [.r3], reason: "\(what) in \(node.region) is down")
        }
        guard zonesOutIn(home) else { return .available }
        return ResourceStatus(.unavailable, rules: [.r2],
                              reason: "\(downZones(in: home)) are down (two or more zones): \(node.region) is effectively down")
    }
}
