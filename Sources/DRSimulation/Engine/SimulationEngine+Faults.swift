import DRDomain
import Foundation

/// Starting and clearing faults: set the fault tables, then recompute what the fault touches.
extension SimulationEngine {
    mutating func startFault(_ fault: Fault) {
        guard activeFaults[fault] == nil else {
            emit(.note, fault.description, "already active", fault.rule)
            return
        }
        activeFaults[fault] = now
        emit(.inject, fault.description, fault.summary, fault.rule)
        let touched = setFault(fault, active: true)
        if case .regionOutage(let region) = fault { noteRegionalLosses(region) }
        if case .readinessGap(let check, let region) = fault {
            emit(.note, fault.description, "failover preflight to \(region) now fails \(check.rawValue)", .r6)
        }
        if case .keyVaultFailover(let id) = fault, let n = graph.index(of: id), graph.nodes[n].kind == .keyVault {
            let vault = graph.nodes[n]
            if !vault.keyVaultReplicates || vault.geoRegionIndex == nil {
                emit(.note, id, "\(vault.region) has no cross-region Key Vault replication: there is no failover "
                        + "to start", .r11)
            } else if keyVaultOutSince[n] == nil {
                emit(.note, id, "its region is not down: the failover takes effect only while it is", .r3)
            }
        }
        touch(touched)
    }

    mutating func clearFault(_ fault: Fault) {
        guard activeFaults.removeValue(forKey: fault) != nil else {
            emit(.note, fault.description, "not active; nothing to clear", fault.rule)
            return
        }
        emit(.clear, fault.description, "cleared: " + fault.clearedSummary, fault.rule)
        touch(setFault(fault, active: false))
        if case .readinessGap(let check, let region) = fault { unblockSteps(ReadinessKey(check: check, region: region)) }
    }

    /// Sets or unsets a fault in the tables and returns the nodes it touches directly.
    private mutating func setFault(_ fault: Fault, active: Bool) -> [Int] {
        switch fault {
        case .regionOutage(let region):
            guard let r = graph.regionIndex(region) else { return [] }
            regionDown[r] = active
            return graph.nodesTouchedByRegion[r]
        case .zoneOutage(let zone):
            guard let z = graph.zoneIndex(zone) else { return [] }
            let r = graph.zoneRegion[z]
            zoneDown[z] = active
            zoneDownCount[r] += active ? 1 : -1
            let down = graph.zoneNames.indices.filter { zoneDown[$0] && graph.zoneRegion[$0] == r }
            downZoneText[r] = down.isEmpty ? nil : down.map { graph.zoneNames[$0] }.joined(separator: ", ")
            return graph.nodesTouchedByRegion[r]
        case .serviceOutage(let service, let region):
            guard let r = graph.regionIndex(region) else { return [] }
            serviceDown[r * AzureService.allCases.count + service.ordinal] = active
            let kinds = service.kinds
            return graph.nodesTouchedByRegion[r].filter { kinds.contains(graph.nodes[$0].kind) }
        case .resourceDeleted(let id):
            guard let n = graph.index(of: id) else { return [] }
            deleted[n] = active
            if active { deletedAt[n] = now } else { deletedAt[n] = nil }
            return [n]
        case .connectionLost(let id):
            guard let n = graph.index(of: id), graph.nodes[n].kind == .connection else { return [] }
            connectionLost[n] = active
            return [n]
        case .readinessGap:
            return []
        case .keyVaultFailover(let id):
            guard let n = graph.index(of: id), graph.nodes[n].kind == .keyVault else { return [] }
            keyVaultFailoverStartedAt[n] = active ? now : nil
            if active && !settled { enqueue(.wake([n]), at: now + keyVaultConvergence) }
            return [n]
        }
    }

    /// R5: what a regional disaster loses for good, and what storage data is at risk.
    private mutating func noteRegionalLosses(_ region: RegionName) {
        guard recordsEvents, let r = graph.regionIndex(region) else { return }
        for n in graph.nodesByHomeRegion[r] where graph.nodes[n].kind == .hub {
            emit(.note, graph.nodes[n].id,
                 "service-side metadata (tags, asset names, descriptions) of the hub and its projects is not "
                    + "recoverable after a regional disaster", .r5)
        }
        for n in graph.nodesByHomeRegion[r] where graph.nodes[n].kind == .storage {
            let node = graph.nodes[n]
            let detail: String
            if node.redundancy.isGeoRedundant && node.geoRegionIndex != nil {
                let lag = node.lastSyncLag.map { "up to \(ISODuration.human($0)) of writes (last sync lag)" }
                    ?? "writes since the last sync (lag unknown)"
                detail = "\(node.redundancy.shortName): data is durable in \(name(node.geoRegionIndex)); \(lag) at risk"
            } else {
                detail = "\(node.redundancy.shortName): no copy outside \(region); its data is recoverable only if the region returns"
            }
            emit(.note, node.id, detail, .r5)
        }
    }
}
