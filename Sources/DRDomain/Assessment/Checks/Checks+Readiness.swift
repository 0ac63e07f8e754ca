import Foundation

extension AssessmentContext {
    /// R6: each readiness fact of each secondary region: `no` is an error; `unknown` or not recorded a warning.
    func readinessFindings() -> [Finding] {
        let pairs = failoverPairs
        let regions = Set(pairs.map(\.secondary.region)).sorted()
        return regions.flatMap { region -> [Finding] in
            let here = pairs.filter { $0.secondary.region == region }
            let secondaries = here.map(\.secondary).uniqued()
            let primaries = here.map(\.primary.id).uniqued()
            let hubs = (primaries + secondaries.map(\.id)).uniqued()
            let record = estate.readiness[region]
            return ReadinessFact.allCases.compactMap { fact in
                let value = record.map { fact.value(in: $0) }
                guard value != .yes else { return nil }
                let state: String
                switch value {
                case .no: state = "\(fact.verb) not in place"
                case .unknown: state = "\(fact.verb) unknown (nobody has confirmed \(fact.verb == "are" ? "them" : "it"))"
                case .yes, nil: state = "\(fact.verb) not recorded"
                }
                return finding(
                    fact.check, region, value == .no ? .error : .warning, resources: hubs,
                    message: "Failover preflight for \(region) (secondary of \(Self.list(primaries))): "
                        + "\(fact.title) \(state). \(fact.consequence)",
                    remedy: fact.remedy(region: region, secondaries: secondaries, context: self))
            }
        }
    }
}

/// One readiness fact of a secondary region (R6).
enum ReadinessFact: CaseIterable {
    case quota, roleAssignments, networking, storageAccess

    var check: AssessmentCheck {
        switch self {
        case .quota: .readinessQuota
        case .roleAssignments: .readinessRoleAssignments
        case .networking: .readinessNetworking
        case .storageAccess: .readinessStorageAccess
        }
    }

    func value(in readiness: RegionReadiness) -> Tristate {
        switch self {
        case .quota: readiness.quota
        case .roleAssignments: readiness.roleAssignments
        case .networking: readiness.networking
        case .storageAccess: readiness.storageAccess
        }
    }

    var title: String {
        switch self {
        case .quota: "Azure Machine Learning compute quota"
        case .roleAssignments: "role assignments"
        case .networking: "networking (virtual networks, private endpoints, DNS)"
        case .storageAccess: "access to storage"
        }
    }

    /// The verb agreeing with the title.
    var verb: String { self == .roleAssignments ? "are" : "is" }

    var consequence: String {
        switch self {
        case .quota:
            "Without enough Azure Machine Learning compute quota (separate from VM quota) the compute the projects "
                + "need cannot be created there during a failover."
        case .roleAssignments:
            "Role assignments do not replicate: without them users and identities cannot work in the secondary hub."
        case .networking:
            "The secondary needs its own virtual networks, private endpoints and DNS, with user access to them; "
                + "without them the secondary hub cannot be reached."
        case .storageAccess:
            "The secondary's storage must be accessible and hold the data it needs, or failed-over projects cannot "
                + "read or write."
        }
    }

    func remedy(region: RegionName, secondaries: [Hub], context: AssessmentContext) -> String {
        let commands: [String]
        switch self {
        case .quota:
            commands = [AzureCLI.listUsage(location: region)]
        case .roleAssignments:
            commands = secondaries.map { AzureCLI.listRoleAssignments(hub: context.target($0.id)) }
        case .networking:
            let places = secondaries.map { context.target($0.id) }
            commands = places.flatMap {
                [AzureCLI.listPrivateEndpoints(beside: $0), AzureCLI.listPrivateDNSZones(beside: $0)]
            }.uniqued()
        case .storageAccess:
            commands = secondaries.compactMap { hub in
                context.index.storage(hub.storage).map {
                    AzureCLI.showStorageAccess(context.target($0.id))
                }
            }
        }
        let intro: String = switch self {
        case .quota:
            "Check the Azure Machine Learning compute usages against their limits in \(region) (not VM quota) and "
                + "request increases before they are needed"
        case .roleAssignments:
            "Create the same role assignments on the secondary hub as on the primary (deploy them as code)"
        case .networking: "Deploy virtual networks, private endpoints and DNS for the secondary, and check them"
        case .storageAccess: "Check that the secondary's storage is reachable and holds the data it needs"
        }
        let note = " Then record the fact in the estate's readiness for \(region)."
        return commands.isEmpty ? intro + "." + note : intro + "." + note + "\n" + commands.joined(separator: "\n")
    }
}
