import Foundation

extension AssessmentContext {
    /// R8: a project whose posture's estimated recovery time from a regional outage exceeds its region RTO
    /// (error for critical projects, warning otherwise). The estimate is the failover plan's: the posture's steps
    /// plus the remediation and verification the secondary region's readiness facts call for (R6). Projects whose
    /// hub has nothing to fail over to are left to `no-secondary-hub`: the estimate assumes a secondary hub.
    func recoveryTimeFindings() -> [Finding] {
        estate.projects.compactMap { project in
            guard let hub = index.hub(project.hub), let secondary = partner(of: hub) else { return nil }
            let gaps = FailoverPlaybook.readinessSteps(estate.readiness[secondary.region], region: secondary.region)
            let steps = FailoverPlaybook.steps(for: project.posture, adding: gaps)
            let estimate = FailoverPlaybook.recoveryDuration(of: steps)
            let rto = estate.objectives(for: project).region.rto
            guard estimate > rto else { return nil }
            let playbook = FailoverPlaybook.estimatedRecoveryTime(for: project.posture)
            let gapTime = FailoverPlaybook.recoveryDuration(of: gaps)
            let gapNote = gaps.isEmpty ? "" : ", \(gaps.count) of them to remediate or verify the readiness of "
                + "\(secondary.region)"
            let closeGaps = "Close the readiness gaps of \(secondary.region) (the readiness findings): they add "
                + "\(ISODuration.human(gapTime))."
            let fitting = DeploymentPosture.allCases.filter { FailoverPlaybook.estimatedRecoveryTime(for: $0) <= rto }
            var remedy: String
            if playbook <= rto {
                remedy = closeGaps + " Without them the \(project.posture.rawValue) playbook takes "
                    + "\(ISODuration.human(playbook)), within the RTO."
            } else if fitting.isEmpty {
                remedy = "No posture meets \(ISODuration.human(rto)): even hot/hot needs about "
                    + "\(ISODuration.human(FailoverPlaybook.estimatedRecoveryTime(for: .hotHot))) to confirm the "
                    + "outage, switch and re-point. Automate the decision and the re-pointing, or agree a longer RTO."
            } else {
                let options = fitting.map {
                    "\($0.rawValue) (about \(ISODuration.human(FailoverPlaybook.estimatedRecoveryTime(for: $0))))"
                }
                remedy = "Move the project to a warmer posture, \(AssessmentContext.list(options)), by preparing "
                    + "its models, deployments and pipelines in \(secondary.id) ahead of time, or agree a longer RTO."
            }
            if playbook > rto && !gaps.isEmpty { remedy += " " + closeGaps }
            return finding(
                .rtoExceeded, project.id, project.critical ? .error : .warning,
                resources: [project.id, hub.id, secondary.id],
                message: "Project \(project.id)\(project.critical ? " (critical)" : "") is \(project.posture.rawValue): "
                    + "\(Self.postureMeaning(project.posture)). Recovering it from an outage of \(hub.region) to "
                    + "\(secondary.id) takes an estimated \(ISODuration.human(estimate)) by the "
                    + "\(project.posture.rawValue) playbook (\(Self.count(steps.filter { !$0.afterRecovery }.count, "step"))"
                    + "\(gapNote)), above its region RTO of \(ISODuration.human(rto)). Foundry does not fail over by itself.",
                remedy: remedy)
        }
    }

    /// What a posture means at failover, in words (R8).
    static func postureMeaning(_ posture: DeploymentPosture) -> String {
        switch posture {
        case .hotHot: "both regions serve and failover is a configuration switch"
        case .hotWarm: "critical resources are ready to start in the secondary, the rest is deployed by hand"
        case .hotCold: "models, deployments and pipelines are deployed in the secondary by hand"
        }
    }
}
