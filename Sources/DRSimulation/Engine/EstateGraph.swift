import DRDomain
import Foundation

/// The estate as an indexed dependency graph: nodes in dependency (topological) order, the reverse-dependency
/// index, interned regions and zones, and which nodes each region touches. Built once; never changes.
struct EstateGraph: Sendable {
    /// Nodes in topological order: every node comes after the nodes it depends on.
    private(set) var nodes: [ResourceNode] = []
    /// Node indices in the estate's fixed resource order (`Estate.allResources`), for reports.
    private(set) var reportOrder: [Int] = []
    private(set) var indexByID: [ResourceID: Int] = [:]
    private(set) var regionNames: [RegionName] = []
    private(set) var regionIndexByName: [RegionName: Int] = [:]
    private(set) var zoneNames: [ZoneName] = []
    private(set) var zoneIndexByName: [ZoneName: Int] = [:]
    /// The region index of each zone.
    private(set) var zoneRegion: [Int] = []
    /// Nodes whose home region is the region (by region index).
    private(set) var nodesByHomeRegion: [[Int]] = []
    /// Nodes whose state can depend on the region at all: home region, geo-secondary, vault pair, replica.
    private(set) var nodesTouchedByRegion: [[Int]] = []
    /// The connections of each hub grouped by purpose, which projects read instead of each connection.
    private(set) var purposes = PurposeIndex()

    init(estate: Estate) {
        internRegions(estate)
        var draft = draftNodes(estate)
        link(&draft, estate: estate)
        order(draft)
        indexRegions()
        purposes = PurposeIndex(nodes: nodes)
    }

    /// The node index of a resource id.
    func index(of id: ResourceID) -> Int? { indexByID[id] }

    /// The region index of a region name.
    func regionIndex(_ name: RegionName) -> Int? { regionIndexByName[name] }

    /// The zone index of a zone name.
    func zoneIndex(_ name: ZoneName) -> Int? { zoneIndexByName[name] }

    /// The name of a region index, or an empty string for none.
    func regionName(_ index: Int?) -> RegionName {
        guard let index, regionNames.indices.contains(index) else { return "" }
        return regionNames[index]
    }

    private mutating func internRegions(_ estate: Estate) {
        var names = Set(estate.regions.regionsByName.keys)
        names.formUnion(estate.allResources.map(\.region))
        for registry in estate.containerRegistries { names.formUnion(registry.replicas) }
        for account in estate.storageAccounts { if let secondary = account.secondaryRegion { names.insert(secondary) } }
        names.remove("")
        regionNames = names.sorted()
        for (i, name) in regionNames.enumerated() { regionIndexByName[name] = i }
        for region in estate.regions.regions {
            guard let r = regionIndexByName[region.name] else { continue }
            for zone in region.zones where zoneIndexByName[zone] == nil {
                zoneIndexByName[zone] = zoneNames.count
                zoneNames.append(zone)
                zoneRegion.append(r)
            }
        }
    }

    private func draftNodes(_ estate: Estate) -> [ResourceNode] {
        estate.allResources.map { summary in
            let node = ResourceNode(id: summary.id, kind: summary.kind, region: summary.region)
            node.regionIndex = regionIndexByName[summary.region]
            return node
        }
    }

    private func link(_ nodes: inout [ResourceNode], estate: Estate) {
        var byID: [ResourceID: Int] = [:]
        for (i, node) in nodes.enumerated() where byID[node.id] == nil { byID[node.id] = i }
        func find(_ id: ResourceID?, _ node: inout ResourceNode) -> Int? {
            guard let id else { return nil }
            if let i = byID[id] { return i }
            node.missing.append(id)
            return nil
        }
        // The draft follows `Estate.allResources`: hubs, projects, storage, vaults, registries, App Insights,
        // AI Services, connections, compute, jobs; a cursor walks it section by section.
        var cursor = 0
        for hub in estate.hubs {
            var node = nodes[cursor]
            node.storage = find(hub.storage, &node)
            node.keyVault = find(hub.keyVault, &node)
            node.registry = find(hub.containerRegistry, &node)
            node.appInsights = find(hub.appInsights, &node)
            node.secondaryHub = find(hub.secondary, &node)
            node.dependencies = [node.storage, node.keyVault, node.registry].compactMap { $0 }
            nodes[cursor] = node
            cursor += 1
        }
        for project in estate.projects {
            var node = nodes[cursor]
            node.hub = find(project.hub, &node)
            node.critical = project.critical
            node.posture = project.posture
            if let hub = node.hub { node.secondaryHub = nodes[hub].secondaryHub }
            nodes[cursor] = node
            cursor += 1
        }
        for account in estate.storageAccounts {
            let node = nodes[cursor]
            node.redundancy = account.redundancy
            node.storageRole = account.role
            node.lastSyncLag = account.lastSyncLag
            node.zoneIndex = account.zone.flatMap { zoneIndexByName[$0] }
            if account.redundancy.isGeoRedundant, let secondary = account.secondaryRegion ?? estate.regions.pair(of: account.region) {
                node.geoRegionIndex = regionIndexByName[secondary]
            }
            nodes[cursor] = node
            cursor += 1
        }
        for vault in estate.keyVaults {
            let node = nodes[cursor]
            let region = estate.regions.region(named: vault.region)
            node.keyVaultReplicates = region?.keyVaultReplicatesAcrossRegions ?? false
            node.geoRegionIndex = region?.pair.flatMap { regionIndexByName[$0] }
            node.softDeleteRetentionDays = vault.softDeleteRetentionDays
            nodes[cursor] = node
            cursor += 1
        }
        for registry in estate.containerRegistries {
            let node = nodes[cursor]
            node.premium = registry.sku == .premium
            let pair = estate.regions.pair(of: registry.region)
            // The pair's replica first, then the rest in the estate's order.
            let ordered = registry.replicas.filter { $0 == pair } + registry.replicas.filter { $0 != pair }
            node.replicaRegions = ordered.compactMap { regionIndexByName[$0] }.filter { $0 != node.regionIndex }
            nodes[cursor] = node
            cursor += 1
        }
        cursor += estate.appInsights.count + estate.aiServices.count
        for connection in estate.connections {
            var node = nodes[cursor]
            node.hub = find(connection.hub, &node)
            node.target = find(connection.target, &node)
            node.purpose = connection.purpose
            node.critical = connection.critical
            node.dependencies = [node.hub, node.target].compactMap { $0 }
            nodes[cursor] = node
            cursor += 1
        }
        for compute in estate.computes {
            var node = nodes[cursor]
            node.hub = find(compute.hub, &node)
            node.zoneIndex = compute.zone.flatMap { zoneIndexByName[$0] }
            node.dependencies = [node.hub].compactMap { $0 }
            nodes[cursor] = node
            cursor += 1
        }
        for job in estate.jobs {
            var node = nodes[cursor]
            node.project = find(job.project, &node)
            node.compute = find(job.compute, &node)
            node.dependencies = [node.project, node.compute].compactMap { $0 }
            nodes[cursor] = node
            cursor += 1
        }
        // Hubs list their projects and connections; projects depend on both hubs. They also read both hubs'
        // connections, through the purpose index rather than as one edge per connection (projects times
        // connections edges made large estates quadratic); `order` still places every connection first.
        for i in nodes.indices where nodes[i].kind == .connection {
            if let hub = nodes[i].hub { nodes[hub].connections.append(i) }
        }
        for i in nodes.indices where nodes[i].kind == .project {
            if let hub = nodes[i].hub { nodes[hub].projects.append(i) }
        }
        for i in nodes.indices where nodes[i].kind == .project {
            nodes[i].dependencies = [nodes[i].hub, nodes[i].secondaryHub].compactMap { $0 }
        }
        // A job reads the hub serving its project (a hub out only by its Key Vault leaves running jobs running).
        for i in nodes.indices where nodes[i].kind == .job {
            guard let p = nodes[i].project else { continue }
            nodes[i].dependencies += [nodes[p].hub, nodes[p].secondaryHub].compactMap { $0 }
        }
    }

    /// Sorts the draft topologically (Kahn, ties in estate order), renumbers links and builds the reverse index.
    ///
    /// A project comes after its hubs and after every connection of its hubs: each hub's connections count as one
    /// group dependency, released when the last of them is placed.
    private mutating func order(_ draft: [ResourceNode]) {
        let count = draft.count
        var indegree = [Int](repeating: 0, count: count)
        var dependents = [[Int]](repeating: [], count: count)
        for (i, node) in draft.enumerated() {
            for dep in Set(node.dependencies) where dep != i {
                indegree[i] += 1
                dependents[dep].append(i)
            }
        }
        var connectionsLeft = draft.map(\.connections.count)
        var waitingOnConnections = [[Int]](repeating: [], count: count)
        for (i, node) in draft.enumerated() where node.kind == .project {
            for hub in Set([node.hub, node.secondaryHub].compactMap({ $0 })) where connectionsLeft[hub] > 0 {
                indegree[i] += 1
                waitingOnConnections[hub].append(i)
            }
        }
        func release(_ i: Int, into heap: inout MinHeap) {
            guard draft[i].kind == .connection, let hub = draft[i].hub else { return }
            connectionsLeft[hub] -= 1
            guard connectionsLeft[hub] == 0 else { return }
            for p in waitingOnConnections[hub] {
                indegree[p] -= 1
                if indegree[p] == 0 { heap.push(p) }
            }
        }
        var heap = MinHeap()
        for i in 0..<count where indegree[i] == 0 { heap.push(i) }
        var sorted: [Int] = []
        sorted.reserveCapacity(count)
        var placed = [Bool](repeating: false, count: count)
        while let i = heap.pop() {
            sorted.append(i)
            placed[i] = true
            for d in dependents[i] {
                indegree[d] -= 1
                if indegree[d] == 0 { heap.push(d) }
            }
            release(i, into: &heap)
        }
        // A cycle cannot come from a valid estate; keep any leftovers in estate order rather than fail.
        for i in 0..<count where !placed[i] { sorted.append(i) }
        var newIndex = [Int](repeating: 0, count: count)
        for (position, old) in sorted.enumerated() { newIndex[old] = position }
        func map(_ i: Int) -> Int { newIndex[i] }
        func map(_ i: Int?) -> Int? { i.map(map) }
        nodes = sorted.map { old in
            let node = draft[old]
            node.hub = map(node.hub)
            node.secondaryHub = map(node.secondaryHub)
            node.storage = map(node.storage)
            node.keyVault = map(node.keyVault)
            node.registry = map(node.registry)
            node.appInsights = map(node.appInsights)
            node.target = map(node.target)
            node.compute = map(node.compute)
            node.project = map(node.project)
            node.connections = node.connections.map(map)
            node.projects = node.projects.map(map)
            node.dependencies = Array(Set(node.dependencies.map(map))).sorted()
            node.dependents = []
            return node
        }
        for i in nodes.indices {
            for dep in nodes[i].dependencies where dep != i { nodes[dep].dependents.append(i) }
        }
        reportOrder = (0..<count).map { newIndex[$0] }
        for (i, node) in nodes.enumerated() where indexByID[node.id] == nil { indexByID[node.id] = i }
    }

    private mutating func indexRegions() {
        nodesByHomeRegion = Array(repeating: [], count: regionNames.count)
        nodesTouchedByRegion = Array(repeating: [], count: regionNames.count)
        for (i, node) in nodes.enumerated() {
            var touched: Set<Int> = []
            if let home = node.regionIndex {
                nodesByHomeRegion[home].append(i)
                touched.insert(home)
            }
            if let geo = node.geoRegionIndex { touched.insert(geo) }
            touched.formUnion(node.replicaRegions)
            for r in touched { nodesTouchedByRegion[r].append(i) }
        }
    }
}
