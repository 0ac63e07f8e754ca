import DRDomain
import Foundation

extension EstateValidator {
    /// A secondary hub names no secondary of its own; a primary's secondary must be a secondary-role hub.
    func checkHubRoles() {
        let roles = Dictionary(
            draft.hubs.filter { !$0.invalid.contains("role") }.map { ($0.value.id, $0.value.role) },
            uniquingKeysWith: { first, _ in first })
        for entry in draft.hubs where !entry.invalid.contains("role") {
            let hub = entry.value
            guard let secondary = hub.secondary, entry.has("secondary") else { continue }
            if hub.role == .secondary {
                report(
                    "'secondary' of \(Self.subject(.hub, hub.id)): a secondary hub is the failover target and names "
                        + "no secondary of its own (R1); remove 'secondary' or make the hub primary",
                    at: entry.at("secondary"))
                continue
            }
            guard secondary != hub.id, resolves(hub.id, "secondary"), let role = roles[secondary], role != .secondary
            else { continue }
            report(
                "'secondary' of \(Self.subject(.hub, hub.id)): hub '\(secondary)' has role \(role.rawValue); "
                    + "a primary hub fails over to a hub with role secondary (R1)",
                at: entry.at("secondary"))
        }
    }

    /// A job runs on compute of its own project's hub.
    func checkJobs() {
        let projectHub = Dictionary(
            draft.projects.filter { $0.has("hub") }.map { ($0.value.id, $0.value.hub) },
            uniquingKeysWith: { first, _ in first })
        let computeHub = Dictionary(
            draft.computes.filter { $0.has("hub") }.map { ($0.value.id, $0.value.hub) },
            uniquingKeysWith: { first, _ in first })
        for entry in draft.jobs {
            let job = entry.value
            guard let compute = job.compute, resolves(job.id, "compute"), resolves(job.id, "project"),
                let hub = projectHub[job.project], let other = computeHub[compute], hub != other
            else { continue }
            report(
                "'compute' of \(Self.subject(.job, job.id)): compute '\(compute)' belongs to hub '\(other)', "
                    + "but project '\(job.project)' is on hub '\(hub)'",
                at: entry.at("compute"))
        }
    }
}
