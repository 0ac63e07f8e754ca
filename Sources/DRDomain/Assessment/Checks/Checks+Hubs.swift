import Foundation

extension AssessmentContext {
    /// R1: a hub with critical projects and nothing in another region to fail over to (error).
    ///
    /// A hub is covered when it names a secondary hub in another region, or when it is itself the secondary of a
    /// hub in another region (projects kept on both hubs of a hot/hot pair).
    func hubFailoverFindings() -> [Finding] {
        estate.hubs.compactMap { hub in
            let critical = criticalProjects(on: hub.id)
            guard !critical.isEmpty, partner(of: hub) == nil else { return nil }
            let names = critical.map(\.id)
            let projects = "\(names.count) critical project\(names.count == 1 ? "" : "s") (\(Self.list(names)))"
            let resources = [hub.id] + names
            let remedy = "Create a secondary hub in another region (preferably the pair, "
                + "\(estate.regions.pair(of: hub.region) ?? "another region of the same geography")), "
                + "recreate the critical projects there, and name it as this hub's secondary in the estate."
            if let secondary = index.secondaryHub(of: hub) {
                return finding(
                    .secondaryHubSameRegion, hub.id, .error, resources: resources + [secondary.id],
                    message: "Hub \(hub.id) hosts \(projects); its secondary hub \(secondary.id) is in the same "
                        + "region (\(hub.region)), so an outage of \(hub.region) takes both down and there is nothing "
                        + "to fail over to. Foundry does not fail over by itself: the projects stay unavailable until "
                        + "the region returns.",
                    remedy: remedy)
            }
            let dangling = hub.secondary.map { " (it names \($0), which is not in the estate)" } ?? ""
            return finding(
                .noSecondaryHub, hub.id, .error, resources: resources,
                message: "Hub \(hub.id) in \(hub.region) hosts \(projects) but has no secondary hub in another "
                    + "region\(dangling). Foundry does not fail over by itself: in an outage of \(hub.region) the "
                    + "projects are unavailable until the region returns.",
                remedy: remedy)
        }
    }

    /// R9: hubs and projects cannot be soft-deleted (info, one per hub listing its projects).
    func hubDeletionFindings() -> [Finding] {
        estate.hubs.map { hub in
            let projects = index.projects(on: hub.id)
            let what = projects.isEmpty
                ? "Hub \(hub.id) cannot be soft-deleted"
                : "Hub \(hub.id) and its \(Self.count(projects.count, "project")) \(Self.list(projects.map(\.id))) "
                    + "cannot be soft-deleted"
            var commands = [AzureCLI.lockWorkspace(target(hub.id))]
            commands += projects.map { AzureCLI.lockWorkspace(target($0.id, groupFallback: hub.resourceGroup)) }
            let pronoun = projects.isEmpty ? "it" : "them"
            return finding(
                .hubNotSoftDeletable, hub.id, .info, resources: [hub.id] + projects.map(\.id),
                message: "\(what) (per the Foundry DR guidance; the newer Azure Machine Learning soft-delete "
                    + "documentation disagrees): a deletion is final, and what \(projects.isEmpty ? "it" : "they") "
                    + "held must be recreated by hand.",
                remedy: "Protect \(pronoun) with resource locks:\n" + commands.joined(separator: "\n"))
        }
    }

    /// R5 and R4 notes for hubs with projects: metadata lost in a regional disaster, and jobs to resubmit
    /// (info, one finding per hub each).
    func hubOutageNoteFindings() -> [Finding] {
        var out: [Finding] = []
        for hub in estate.hubs {
            let projects = index.projects(on: hub.id)
            guard !projects.isEmpty else { continue }
            out.append(
                finding(
                    .metadataNotRecoverable, hub.id, .info, resources: [hub.id] + projects.map(\.id),
                    message: "Service-side metadata of the projects on hub \(hub.id) (tags, asset names, "
                        + "descriptions) is kept by Foundry in \(hub.region) and cannot be recovered after a "
                        + "regional disaster; only data in storage survives, where its redundancy does.",
                    remedy: "Keep asset definitions and metadata in source control (infrastructure as code, "
                        + "job and asset YAML) and deploy them to both hubs from CI/CD so they can be recreated."))
            let jobs = index.jobs(onHub: hub.id)
            guard !jobs.isEmpty else { continue }
            let target = partner(of: hub)
            let whereTo = target.map { "in the secondary hub \($0.id) or " } ?? ""
            let resubmitHub = target ?? hub
            out.append(
                finding(
                    .jobsNeedResubmission, hub.id, .info, resources: [hub.id] + jobs.map(\.id),
                    message: "\(Self.count(jobs.count, "job")) running on hub \(hub.id) (\(Self.list(jobs.map(\.id)))) "
                        + "would fail in an outage of \(hub.region): jobs do not move to the secondary hub and are "
                        + "unlikely to resume, so they must be resubmitted.",
                    remedy: "Keep job definitions in files so they can be resubmitted \(whereTo)in \(hub.id) after "
                        + "the outage:\n"
                        + AzureCLI.resubmitJob(hub: self.target(resubmitHub.id))))
        }
        return out
    }
}
