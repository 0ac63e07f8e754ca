import DRDomain
import Foundation

extension EstateAssembler {
    /// The hub a workspace-level child (connection, compute) belongs to: the workspace if it is a hub, the
    /// project's hub if it is a project.
    func owningHub(of child: ArmID) -> ResourceID? {
        guard let workspace = child.parent else { return nil }
        return hubIDs[workspace.key] ?? projectHubs[workspace.key]
    }

    /// Hub connections, from exported workspace connections; for a hub with none exported, those of the merged
    /// estate whose target exists. Nothing is inferred from AI Services accounts alone.
    func assembleConnections() {
        let exported = resources(ArmType.connection)
        let targets = Dictionary(
            (storageAccounts.map(\.id) + aiServices.map(\.id)).map { ($0.lowercased(), $0) },
            uniquingKeysWith: { a, _ in a })
        for facts in exported {
            guard let id = names.id(for: facts.id) else { continue }
            guard let hub = owningHub(of: facts.id) else {
                notImported("\(id): connection of a workspace that was not imported")
                continue
            }
            let targetArm = facts.connectionTargetID.flatMap(ArmID.init)
            let byID = targetArm.flatMap { names.id(for: $0) ?? targets[$0.name.lowercased()] }
            let byHost = facts.connectionTargetURL.flatMap(Self.hostLabel).flatMap { targets[$0] }
            guard let target = byID ?? byHost else {
                notImported("\(id): connection target not among the imported AI Services accounts or storage accounts")
                continue
            }
            let targetFacts =
                targetArm.flatMap { inventory.resource($0) }
                ?? importedFacts(of: target)
            let old = merge?.connections.first { $0.id == id }
            var purpose = targetFacts?.tag(ImportTags.purpose) ?? old?.purpose
            if purpose == nil {
                purpose = (facts.connectionCategory ?? "connection").lowercased()
                undetermined(
                    "\(id): purpose unknown, assumed '\(purpose ?? "")' from its category; set tag "
                        + "\(ImportTags.purpose) on \(target)")
            }
            var critical = ImportTags.bool(targetFacts?.tag(ImportTags.critical)) ?? old?.critical
            if critical == nil {
                undetermined(
                    "\(id): criticality unknown, assumed not critical; set tag \(ImportTags.critical) on \(target)")
                critical = false
            }
            connections.append(
                Connection(
                    id: id, hub: hub, target: target, purpose: purpose ?? "connection", critical: critical ?? false))
        }
        let exportedHubs = Set(connections.map(\.hub))
        let live = Set(storageAccounts.map(\.id) + aiServices.map(\.id))
        for hub in hubs where !exportedHubs.contains(hub.id) {
            let kept = (merge?.connections ?? []).filter { $0.hub == hub.id && live.contains($0.target) }
            connections += kept
            if kept.isEmpty {
                undetermined(
                    "\(hub.id): hub connections could not be determined (none exported); export az rest "
                        + "for \(hub.id)/connections (see docs/import.md) or keep them with --merge")
            } else {
                report.keptFromMerge.append("\(hub.id): \(kept.count) connection(s), none were exported for this hub")
            }
        }
    }

    /// The first DNS label of an endpoint URL (`https://ais-x.cognitiveservices.azure.com/` gives `ais-x`).
    static func hostLabel(_ url: String) -> String? {
        guard
            let host = URL(string: url)?.host
                ?? (url.contains("://") ? nil : url.split(separator: "/").first.map(String.init)),
            let label = host.split(separator: ".").first
        else { return nil }
        return label.lowercased()
    }

    /// Compute instances and clusters, on the hub of their workspace; other compute types are counted and left
    /// out; states are summarised in the report.
    func assembleComputes() {
        var states: [String: Int] = [:]
        var otherTypes: [String: Int] = [:]
        for facts in resources(ArmType.compute) {
            guard let id = names.id(for: facts.id) else { continue }
            let typeText = (facts.computeType ?? "").lowercased()
            let type: ComputeType
            switch typeText {
            case "computeinstance": type = .instance
            case "amlcompute": type = .cluster
            default:
                otherTypes[facts.computeType ?? "unknown", default: 0] += 1
                continue
            }
            guard let hub = owningHub(of: facts.id) else {
                notImported("\(id): compute of a workspace that was not imported")
                continue
            }
            let old = merge?.computes.first { $0.id == id }
            let region = hubs.first { $0.id == hub }?.region ?? ""
            let tagged = physicalZone(
                facts.tag(ImportTags.zone), region: region, subscription: facts.id.subscription, of: id)
            let zone = zoneInRegion(tagged, region: region, of: id) ?? old?.zone
            computes.append(Compute(id: id, hub: hub, type: type, zone: zone, vmSize: facts.vmSize ?? old?.vmSize))
            if let state = facts.computeState { states[state, default: 0] += 1 }
        }
        for (type, count) in otherTypes.sorted(by: { $0.key < $1.key }) {
            report.skippedTypes["compute type \(type)", default: 0] += count
        }
        if !states.isEmpty {
            note(
                "compute states: "
                    + states.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        }
        for state in ["CreateFailed", "SetupFailed", "UserSetupFailed", "Unusable"] where states[state] != nil {
            note("\(states[state] ?? 0) compute(s) in state \(state)")
        }
    }

    /// Jobs are not in these exports: those of the merged estate whose project exists are kept.
    func assembleJobs() {
        let projectSet = Set(projects.map(\.id))
        let computeSet = Set(computes.map(\.id))
        jobs = (merge?.jobs ?? []).filter { job in
            projectSet.contains(job.project) && (job.compute.map { computeSet.contains($0) } ?? true)
        }
        if !jobs.isEmpty { report.keptFromMerge.append("\(jobs.count) job(s): jobs are not in the exports") }
    }
}
