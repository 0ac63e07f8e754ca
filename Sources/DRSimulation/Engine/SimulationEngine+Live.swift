import DRDomain
import Foundation

/// Live health as an input of the engine, and the source of every state (simulated, live or both).
extension SimulationEngine {
    /// Sets the live health inputs (replacing any before) and recomputes what they touch. Live states combine with
    /// the simulated ones (the worse wins) and propagate to dependents by the same rules; pass nil to drop them.
    public mutating func setLive(_ inputs: LiveInputs?) {
        var touched: Set<Int> = []
        var resources = Array(repeating: LiveResourceInput?.none, count: graph.nodes.count)
        for (id, input) in inputs?.resources ?? [:] {
            if let n = graph.index(of: id) { resources[n] = input }
        }
        for n in graph.nodes.indices where resources[n] != liveResource[n] { touched.insert(n) }
        var services = Array(repeating: [LiveServiceEvent](), count: liveService.count)
        for event in inputs?.serviceEvents ?? [] {
            guard let r = graph.regionIndex(event.region) else { continue }
            services[r * AzureService.allCases.count + event.service.ordinal].append(event)
        }
        for slot in services.indices where services[slot] != liveService[slot] {
            let r = slot / AzureService.allCases.count
            let kinds = AzureService.allCases[slot % AzureService.allCases.count].kinds
            touched.formUnion(graph.nodesByHomeRegion[r].filter { kinds.contains(graph.nodes[$0].kind) })
        }
        liveResource = resources
        liveService = services
        live = inputs
        liveRevision += 1
        touch(touched.sorted())
    }

    /// The rules' status of a node, combined with its own live inputs and marked with its source.
    mutating func effectiveStatus(_ n: Int) -> ResourceStatus {
        let ruled = computeStatus(n)
        var status = ruled
        var ownLive = false
        if live == nil {
            // No live data: the source is the simulation's whenever something is wrong.
            if status.state != .available || status.servedFrom != nil { status.source = .simulated }
            return status
        }
        if let input = liveResource[n] {
            if input.state != .available {
                combine(&status, input.state, "live: \(graph.nodes[n].id) \(input.detail)")
                ownLive = true
            }
        } else if let events = liveEvents(for: n), !events.isEmpty {
            let text = events.map { "Service Health \($0.trackingID) (\($0.service.rawValue) in \($0.region)): \($0.title)" }
            combine(&status, .degraded, "live: " + text.joined(separator: "; ") + "; no Resource Health record of it")
            ownLive = true
        }
        status.source = source(n, ruled: ruled, effective: status, ownLive: ownLive)
        return status
    }

    /// The state live data alone gives a node (its Resource Health record, else degraded by an active Service
    /// Health issue), or nil when live data says nothing is wrong with it.
    func liveState(_ n: Int) -> ResourceState? {
        guard live != nil else { return nil }
        if let input = liveResource[n] { return input.state == .available ? nil : input.state }
        if let events = liveEvents(for: n), !events.isEmpty { return .degraded }
        return nil
    }

    /// The live events for the service of a node's kind in its home region.
    private func liveEvents(for n: Int) -> [LiveServiceEvent]? {
        let node = graph.nodes[n]
        guard let region = node.regionIndex,
            let service = AzureService.allCases.first(where: { $0.kinds.contains(node.kind) }) else { return nil }
        return liveService[region * AzureService.allCases.count + service.ordinal]
    }

    /// The worse of a status and a live state; the live reason comes first when it decides.
    private func combine(_ status: inout ResourceStatus, _ state: ResourceState, _ reason: String) {
        if state.severity > status.state.severity {
            status.state = state
            // Live data says the resource itself is out: it is not served from elsewhere either.
            if state.isDown { status.servedFrom = nil }
            status.reason = status.reason.isEmpty ? reason : reason + "; " + status.reason
        } else {
            status.reason = status.reason.isEmpty ? reason : status.reason + "; " + reason
        }
    }

    /// Where a state comes from: its own live inputs, its own simulated faults and actions, and the sources of
    /// the dependencies that are not serving normally.
    private func source(_ n: Int, ruled: ResourceStatus, effective: ResourceStatus, ownLive: Bool) -> StateSource {
        guard effective.state != .available || effective.servedFrom != nil else { return [] }
        var source: StateSource = ownLive ? .live : []
        var fromDependencies: StateSource = []
        for d in graph.nodes[n].dependencies where statuses[d].state != .available || statuses[d].servedFrom != nil {
            fromDependencies.formUnion(statuses[d].source)
        }
        if ruled.state != .available || ruled.servedFrom != nil {
            source.formUnion(fromDependencies)
            if simulatedTouch(n) || fromDependencies.isEmpty { source.insert(.simulated) }
        }
        return source.isEmpty ? .simulated : source
    }

    /// Whether a simulated fault or action bears on a node directly.
    private func simulatedTouch(_ n: Int) -> Bool {
        let node = graph.nodes[n]
        if deleted[n] || connectionLost[n] || storageFailovers[n] != nil || hubFailovers[n] != nil {
            return true
        }
        if node.kind == .project, let hub = node.hub, hubFailovers[hub] != nil { return true }
        // Only the faults that recompute this node when they change: its regions' outages and zones, and a
        // service outage of its own service (a fault that does not touch a node cannot change its source).
        let service = AzureService.allCases.first { $0.kinds.contains(node.kind) }
        for r in [node.regionIndex, node.geoRegionIndex].compactMap({ $0 }) + node.replicaRegions {
            if regionDown[r] || zoneDownCount[r] > 0 { return true }
            if let service, serviceDown[r * AzureService.allCases.count + service.ordinal] { return true }
        }
        return false
    }

    // MARK: Regions

    /// A region's effective state: simulated faults and live data combined, each cause with its source.
    public func regionState(of region: RegionName) -> RegionState {
        let r = graph.regionIndex(region)
        let zones = estate.regions.region(named: region)?.zones ?? []
        var causes: [RegionState.Cause] = []
        var simulated = RegionState.Level.healthy
        var since: TimeInterval?
        for (fault, at) in activeFaults.sorted(by: { $0.key < $1.key }) {
            let level: RegionState.Level
            switch fault {
            case .regionOutage(let name) where name == region: level = .down
            case .serviceOutage(_, let name) where name == region: level = .degraded
            case .zoneOutage(let zone) where zones.contains(zone): level = .degraded
            case .readinessGap(_, let name) where name == region: level = .healthy
            default: continue
            }
            simulated = max(simulated, level)
            since = min(since ?? at, at)
            causes.append(.init(source: .simulated, level: level, text: fault.summary, since: at, rule: fault.rule))
        }
        let zonesDown = zones.filter { activeFaults[.zoneOutage($0)] != nil }
        if zonesDown.count >= 2 {
            simulated = .down
            causes.append(.init(source: .simulated, level: .down,
                                text: "\(zonesDown.count) zones down: zone-redundant resources there are unavailable too",
                                since: since, rule: .r2))
        }
        var live: RegionState.Level?
        if let inputs = self.live {
            var level = RegionState.Level.healthy
            let here = r.map { graph.nodesByHomeRegion[$0] } ?? []
            let kindsHere = Set(here.map { graph.nodes[$0].kind })
            for event in inputs.serviceEvents where event.region == region {
                guard event.service.kinds.contains(where: kindsHere.contains) else { continue }
                let eventLevel: RegionState.Level = event.critical ? .down : .degraded
                level = max(level, eventLevel)
                causes.append(.init(source: .live, level: eventLevel,
                                    text: "Service Health \(event.trackingID) (\(event.service.rawValue)): \(event.title)"))
            }
            for n in here {
                guard let input = liveResource[n], input.state != .available else { continue }
                level = max(level, .degraded)
                causes.append(.init(source: .live, level: .degraded,
                                    text: "\(graph.nodes[n].id) \(input.detail)"))
            }
            live = level
        }
        return RegionState(region: region, simulated: simulated, live: live, zones: zones, zonesDown: zonesDown,
                           since: since, causes: causes)
    }
}
