import DRDomain
import Foundation

/// Turns an export inventory (and optionally an existing estate to merge with) into an estate and a report.
///
/// Export facts win for SKUs, regions, replicas and what exists; what exports cannot say comes from tags (see
/// `ImportTags`), then from the merged estate, and otherwise is assumed conservatively and reported. Nothing is
/// inferred silently: every assumption becomes a line of the report.
final class EstateAssembler {
    let inventory: ExportInventory
    let merge: Estate?
    let referenceTime: Date
    var report = ImportReport()
    /// Problems of records that were corrected or left out, at the record's place in its export.
    var warnings: [Diagnostic] = []
    var names = NameTable()
    var catalog: RegionCatalog
    /// Physical zones by subscription, region and logical zone, from `list-locations`.
    var zoneMappings: [String: [String: [String: String]]] = [:]

    var hubs: [Hub] = []
    var projects: [Project] = []
    var storageAccounts: [StorageAccount] = []
    var keyVaults: [KeyVault] = []
    var registries: [ContainerRegistry] = []
    var appInsights: [AppInsights] = []
    var aiServices: [AIServicesAccount] = []
    var connections: [Connection] = []
    var computes: [Compute] = []
    var jobs: [Job] = []
    var deleted: [DeletedResource] = []
    var readiness: [RegionName: RegionReadiness] = [:]
    var objectives: RecoveryObjectives
    var estateName: String?
    var regionOverrides: [Region] = []
    /// Hubs whose role or secondary was stated (tags, --merge); see `inferFailoverPairs`.
    var hubRolesStated: Set<ResourceID> = []
    /// Pairs that a storage account's stated secondary region set, by region.
    var statedPairs: [RegionName: RegionName] = [:]

    /// Hub facts that made it into the estate, by ARM key, with their estate id.
    var hubIDs: [String: ResourceID] = [:]
    /// Export places by estate id, built on first use.
    private var originsByID: [ResourceID: ExportOrigin]?
    private var resourcesByType: [String: [ResourceFacts]]?
    private var factsByID: [ResourceID: ResourceFacts]?
    /// Project facts by ARM key, with the estate id of their hub.
    var projectHubs: [String: ResourceID] = [:]

    init(inventory: ExportInventory, merge: Estate?, referenceTime: Date) {
        self.inventory = inventory
        self.merge = merge
        self.referenceTime = AzureTime.wholeSeconds(referenceTime)
        catalog = merge?.regions ?? .builtIn
        objectives = merge?.objectives ?? .defaults
    }

    /// The ids of everything the estate holds, live or deleted.
    var estateIDs: [ResourceID] {
        hubs.map(\.id) + projects.map(\.id) + storageAccounts.map(\.id) + keyVaults.map(\.id) + registries.map(\.id)
            + appInsights.map(\.id) + aiServices.map(\.id) + connections.map(\.id) + computes.map(\.id)
            + jobs.map(\.id) + deleted.map(\.id)
    }

    /// Builds the estate.
    func assemble() -> Estate {
        assembleRegions()
        assignNames()
        assembleStorage()
        assembleKeyVaults()
        assembleRegistries()
        assembleAppInsights()
        assembleAIServices()
        assembleHubs()
        assembleProjects()
        assembleConnections()
        assembleComputes()
        assembleJobs()
        assembleDeleted()
        assembleReadiness()
        assembleObjectives()
        keepMergeOnlyResources()
        finishReport()
        let name = estateName ?? merge?.name ?? "imported"
        if estateName == nil && merge == nil {
            undetermined("estate: name unknown, assumed 'imported'; set tag \(ImportTags.estate) on a hub")
        }
        return Estate(
            name: name, snapshotTime: referenceTime, regions: catalog, hubs: hubs.sorted { $0.id < $1.id },
            projects: projects.sorted { $0.id < $1.id }, storageAccounts: storageAccounts.sorted { $0.id < $1.id },
            keyVaults: keyVaults.sorted { $0.id < $1.id }, containerRegistries: registries.sorted { $0.id < $1.id },
            appInsights: appInsights.sorted { $0.id < $1.id }, aiServices: aiServices.sorted { $0.id < $1.id },
            connections: connections.sorted { $0.id < $1.id }, computes: computes.sorted { $0.id < $1.id },
            jobs: jobs.sorted { $0.id < $1.id }, deleted: deleted.sorted { $0.id < $1.id }, readiness: readiness,
            objectives: objectives)
    }

    // MARK: Report helpers

    func undetermined(_ line: String) { report.undetermined.append(line) }
    func notImported(_ line: String) { report.notImported.append(line) }
    func note(_ line: String) { report.notes.append(line) }
    func assumed(_ line: String) { report.assumed.append(line) }

    /// A problem of a record, worked around as `message` says; reported at the record's place in its export.
    func problem(_ facts: ResourceFacts, _ message: String) {
        warnings.append(facts.origin.diagnostic("\(facts.name): \(message)"))
    }

    // MARK: Shared lookups

    /// The Azure name to record beside an estate id: only when the two differ (the id was made unique).
    func azureName(_ name: String, id: ResourceID) -> String? { name == id ? nil : name }

    func azureName(_ facts: ResourceFacts, _ id: ResourceID) -> String? { azureName(facts.name, id: id) }

    /// Resource group, Azure name (when it differs from `id`) and subscription stated by an ARM id.
    func identity(_ arm: ArmID, id: ResourceID) -> (String?, String?, String?) {
        (arm.resourceGroup, azureName(arm.name, id: id), arm.subscription)
    }

    /// Where the export record of an estate resource starts, if it came from one.
    func origin(of id: ResourceID) -> ExportOrigin? {
        if originsByID == nil {
            var map: [ResourceID: ExportOrigin] = [:]
            for facts in inventory.resources.values {
                if let assigned = names.id(for: facts.id), map[assigned] == nil { map[assigned] = facts.origin }
            }
            originsByID = map
        }
        return originsByID?[id]
    }

    /// Resources of a type, without those tagged `foundry-dr-ignore: true`.
    /// Grouped and sorted once for every type: the assembly asks for each type, some several times.
    func resources(_ type: String) -> [ResourceFacts] {
        if resourcesByType == nil {
            resourcesByType = inventory.resourcesByType().mapValues { group in
                group.filter { ImportTags.bool($0.tag(ImportTags.ignore)) != true }
            }
        }
        return resourcesByType?[type] ?? []
    }

    /// The facts of an imported resource by its estate id (built once, on first use).
    func importedFacts(of id: ResourceID) -> ResourceFacts? {
        if factsByID == nil {
            var map: [ResourceID: ResourceFacts] = [:]
            // The inventory's keys are the ids' keys: sorting them sorts the records without copying them.
            for key in inventory.resources.keys.sorted() {
                guard let facts = inventory.resources[key] else { continue }
                if let assigned = names.id(for: facts.id), map[assigned] == nil { map[assigned] = facts }
            }
            factsByID = map
        }
        return factsByID?[id]
    }

    /// A programmatic region name from an export's location (`eastus2`, `East US 2`). A region the catalog does
    /// not know is added with only its name, and reported (at `facts`' record when given), so the estate keeps
    /// what Azure stated. `global` is not a region: nil.
    func region(_ text: String?, of subject: String, facts: ResourceFacts? = nil) -> RegionName? {
        guard let text, !text.isEmpty, text.lowercased() != "global" else { return nil }
        if let known = catalog.region(displayName: text) { return known.name }
        let name = String(
            text.lowercased().unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) })
        guard !name.isEmpty else {
            undetermined("\(subject): location '\(text)' is not a region name")
            return nil
        }
        let added = Region(name: name, displayName: text, geography: "Unspecified", pairKnown: false)
        catalog = catalog.merging([added])
        regionOverrides.append(added)
        let message =
            "location '\(text)' is not in the region catalog; kept as region \(name), its coordinates, pair and "
            + "zones unknown; include az account list-locations"
        if let facts { problem(facts, message) } else { undetermined("\(subject): \(message)") }
        return name
    }

    /// The home region of a resource's record, else `fallback` (the merged estate's). Without either, or at
    /// `global` (a global service is neither a region nor a fault domain), the resource is listed as not imported
    /// with why, and nil is returned.
    func placed(_ facts: ResourceFacts, id: ResourceID, kind: ResourceKind, fallback: RegionName? = nil) -> RegionName? {
        if facts.location?.lowercased() == "global" {
            notImported(
                "\(id): \(kind.noun) at location 'global': a global service is not a region or a fault domain, "
                    + "and the estate places every resource in a region")
            return nil
        }
        if let region = region(facts.location, of: id, facts: facts) ?? fallback { return region }
        notImported("\(id): \(kind.noun) without a location")
        return nil
    }

    /// A physical zone that belongs to `region` in the catalog, or nil with a report line.
    func zoneInRegion(_ zone: ZoneName?, region: RegionName, of subject: String) -> ZoneName? {
        guard let zone else { return nil }
        guard catalog.region(named: region)?.zones.contains(zone) == true else {
            undetermined("\(subject): zone \(zone) is not a zone of \(region) in the region catalog; left unset")
            return nil
        }
        return zone
    }

    /// The estate id of a referenced resource (an ARM id or a bare name) of an expected type.
    func reference(_ text: String?, type: String) -> (id: ResourceID, facts: ResourceFacts?)? {
        guard let text, !text.isEmpty else { return nil }
        if let arm = ArmID(text) {
            if let facts = inventory.resource(arm), let id = names.id(for: arm) { return (id, facts) }
            if let id = names.id(for: arm) { return (id, nil) }
            return (arm.name, nil)
        }
        let match = resources(type).first { $0.name.lowercased() == text.lowercased() }
        if let match, let id = names.id(for: match.id) { return (id, match) }
        return (text, nil)
    }

    /// A physical zone from a tag: a physical name as is, or a logical zone mapped through the subscription.
    func physicalZone(_ text: String?, region: RegionName, subscription: String?, of subject: String) -> ZoneName? {
        guard let text = text?.lowercased(), !text.isEmpty else { return nil }
        if text.contains("-az") { return text }
        let bySubscription = subscription.flatMap { zoneMappings[$0.lowercased()]?[region]?[text] }
        if let physical = bySubscription ?? zoneMappings.values.lazy.compactMap({ $0[region]?[text] }).first {
            return physical
        }
        undetermined(
            "\(subject): logical zone \(text) has no physical zone mapping; include az account list-locations "
                + "(availabilityZoneMappings) or tag the physical zone such as \(region)-az\(text)")
        return nil
    }

    private func assignNames() {
        let order = [
            ArmType.workspace, ArmType.storage, ArmType.keyVault, ArmType.registry, ArmType.appInsights,
            ArmType.cognitive, ArmType.compute, ArmType.deletedVault, ArmType.deletedAccount, ArmType.deletedStorage,
        ]
        for type in order {
            for facts in resources(type) { _ = names.assign(facts.id, suffix: facts.group) }
        }
        for facts in resources(ArmType.connection) {
            _ = names.assign(facts.id, suffix: facts.id.parent?.name)
        }
    }

    /// The lines without repeats, in first-seen order.
    static func unique(_ lines: [String]) -> [String] {
        var seen: Set<String> = []
        return lines.filter { seen.insert($0).inserted }
    }

    private func finishReport() {
        report.files = inventory.fileSummaries.map { .init(file: $0.file, summary: $0.summary) }
        report.skippedFiles = inventory.skippedFiles.map { .init(file: $0.file, reason: $0.reason) }
        report.skippedTypes.merge(inventory.unknownTypes) { $0 + $1 }
        report.droppedSecrets = inventory.secrets
        let merged = inventory.resources.values.filter { !$0.conflicts.isEmpty }.sorted { $0.id.key < $1.id.key }
        let conflicts = merged.flatMap { facts in
            facts.conflicts.map { "\(facts.name): records of one id disagree on \($0)" }
        }
        let inEstate = Set(estateIDs)
        let renamed = names.renamed.filter { inEstate.contains($0.id) }.map { entry in
            let place = [entry.arm.resourceGroup.map { "resource group \($0)" }, entry.arm.subscription.map {
                "subscription \($0)"
            }].compactMap { $0 }.joined(separator: ", ")
            return "\(entry.name) (\(place)): another resource has this name; its estate id is '\(entry.id)', and "
                + "Azure commands name it \(entry.name)"
        }
        report.notes = inventory.notes + renamed + conflicts + report.notes
        if inventory.healthItems > 0 {
            report.notes.append(
                "\(inventory.healthItems) health record(s) ignored by the estate import; read them with --health")
        }
        for facts in inventory.resources.values where ImportTags.bool(facts.tag(ImportTags.ignore)) == true {
            report.notImported.append("\(facts.name): tagged \(ImportTags.ignore)")
        }
        report.notImported = Self.unique(report.notImported).sorted()
        report.undetermined = Self.unique(report.undetermined)
        report.notes = Self.unique(report.notes)
        report.found = [
            ("hubs", hubs.count), ("projects", projects.count), ("storage accounts", storageAccounts.count),
            ("key vaults", keyVaults.count), ("container registries", registries.count),
            ("registry replicas", registries.reduce(0) { $0 + $1.replicas.count }),
            ("Application Insights", appInsights.count), ("AI Services accounts", aiServices.count),
            ("connections", connections.count), ("computes", computes.count), ("jobs", jobs.count),
            ("deleted resources", deleted.count), ("region overrides", regionOverrides.count),
        ]
        report.regionsRead = inventory.locations.values.filter(\.isPhysical).count
    }
}
