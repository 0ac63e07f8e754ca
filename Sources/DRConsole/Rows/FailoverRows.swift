import DRDomain
import Foundation
import DRSimulation
import TermUI

/// The failover pane for the selected hub: preflight checks (R6), steps by posture (R8), what must be
/// re-pointed, jobs to resubmit (R4), data at risk, and estimated against objective recovery time.
public enum FailoverRows {
    /// The pane's table.
    public static func table(_ state: AppState) -> PaneTable {
        let theme = state.theme
        let columns = [Table.Column("Item", width: .fill(1)), Table.Column("State", width: .length(7)),
                       Table.Column("Detail", width: .fill(1))]
        guard let hub = state.selectedHub, let plan = state.engine.failoverPlan(for: hub) else {
            let row = PaneRow(id: "none", cells: [Table.Cell("no primary hub selected"), "", Table.Cell("[ ] choose a hub")])
            return PaneTable(columns: columns, rows: [row])
        }
        var rows: [PaneRow] = []
        // Every row of the plan is about failing this hub over: `y` copies the command that starts it.
        let command = ":failover \(hub)"
        func add(_ id: String, _ item: String, _ badge: String, _ role: ThemeRole, _ detail: String, more: [String] = []) {
            let title = item.trimmingCharacters(in: .whitespaces)
            // FAIL (a check) is underlined, so it differs from DOWN (a state) by attribute, not only by its text.
            let style = badge == "FAIL" ? theme.style(role).adding(.underline) : theme.style(role)
            rows.append(PaneRow(id: id, cells: [Table.Cell(item), Table.Cell(badge, style: style),
                                                Table.Cell(detail)],
                                detail: ["\(title): \(badge)", detail] + more, hub: hub, command: command))
        }
        let active = state.engine.isFailedOver(hub: hub)
        let progress = FailoverProgress(events: state.engine.events, hub: hub, active: active)
        let badge = active ? "ACTIVE" : plan.blockedReason != nil ? "BLOCKED" : "READY"
        add("target", "\(hub) -> \(plan.secondaryHub ?? "no secondary")", badge,
            active ? .statusReadOnly : plan.blockedReason != nil ? .statusDown : .textEmphasis,
            plan.blockedReason ?? "secondary region \(plan.secondaryRegion ?? "none"); :failover \(hub)")
        for check in plan.preflight {
            let (badge, role): (String, ThemeRole) = switch check.result {
            case .pass: ("PASS", .statusOK)
            case .fail: ("FAIL", .statusDown)
            case .unknown: ("?", .statusUnknown)
            }
            add("check:\(check.name)", "preflight: \(check.name)", badge, role, check.reason,
                more: ["\(RuleID.r6.rawValue) \(RuleID.r6.title): \(RuleID.r6.summary)"])
        }
        for project in plan.projects {
            let objective = DRDomain.ISODuration.human(project.objective)
            if active, let served = ProjectRecovery(state.engine, project.project) {
                // Once the project serves from the secondary, the pane says what happened, not an estimate.
                let met = served.outFor <= project.objective
                add("rto:\(project.project)", "\(project.project) (\(project.posture.rawValue))", met ? "MET" : "MISSED",
                    met ? .statusOK : .statusDown,
                    "serving from \(served.region) since T+\(Clock.format(served.since)): out "
                        + "\(DRDomain.ISODuration.human(served.outFor)) vs objective \(objective) (R8)")
            } else {
                let meets = project.meetsObjective
                add("rto:\(project.project)", "\(project.project) (\(project.posture.rawValue))", meets ? "MEETS" : "MISSES",
                    meets ? .statusOK : .statusDown,
                    "estimated \(DRDomain.ISODuration.human(project.estimatedRecoveryTime)) vs objective \(objective) (R8)")
            }
            var runningShown = false
            for (index, step) in project.steps.enumerated() {
                let state = StepState.of(step, project.posture, progress: progress, preflight: plan.preflight,
                                         active: active, firstOpen: !runningShown)
                if state.badge == "RUN" { runningShown = true }
                add("step:\(project.project):\(index)", "  \(index + 1). \(step.title)", state.badge, state.role,
                    Self.duration(of: step, active: active) + state.note,
                    more: ["Step \(index + 1) of \(project.steps.count) for \(project.project) (\(project.posture.rawValue)), "
                           + "about \(DRDomain.ISODuration.human(step.duration))",
                           "Command: :failover \(hub)  (starts every step; the steps then run on the clock)",
                           "\(step.rule.rawValue) \(step.rule.title): \(step.rule.summary)"])
            }
            if !project.artifactsToRecreate.isEmpty {
                add("artifacts:\(project.project)", "  recreate (R7)", "TODO", .textDim,
                    project.artifactsToRecreate.joined(separator: ", "))
            }
        }
        for (index, item) in plan.repoint.enumerated() {
            add("repoint:\(index)", "re-point", "TODO", .textDim, item)
        }
        for job in plan.jobsToResubmit {
            add("job:\(job)", "resubmit \(job)", "R4", .statusDegraded, "jobs do not move to the secondary; resubmit there")
        }
        for risk in plan.dataAtRisk {
            add("data:\(risk.storage)", "data at risk: \(risk.storage)", risk.meetsObjective ? "RPO OK" : "RPO!",
                risk.meetsObjective ? .statusOK : .statusDown,
                "\(risk.redundancy): \(risk.window.map { DRDomain.ISODuration.human($0) } ?? "all") vs RPO \(DRDomain.ISODuration.human(risk.rpo)); \(risk.note)")
        }
        for shared in plan.sharedResources {
            add("shared:\(shared)", "shared", "OK", .statusOK, shared)
        }
        return PaneTable(columns: columns, rows: rows)
    }
}

extension FailoverRows {
    /// `15m (R1)`; the decision says what is left of its time since the outage began, or that it was taken.
    static func duration(of step: FailoverStep, active: Bool) -> String {
        let time = DRDomain.ISODuration.human(step.duration)
        guard step.isDecision, step.duration < FailoverPlaybook.decisionTime else { return "\(time) (\(step.rule.rawValue))" }
        if active { return "taken when the failover started (\(step.rule.rawValue))" }
        let planned = DRDomain.ISODuration.human(FailoverPlaybook.decisionTime)
        return step.duration == 0
            ? "overdue: \(planned) from the outage's start have passed (\(step.rule.rawValue))"
            : "\(time) left of \(planned) from the outage's start (\(step.rule.rawValue))"
    }
}

/// The state of one failover step as the pane shows it: DONE when the timeline wrote it done (and, for a
/// remediation, its check now passes), RUN for the first open step of an active failover, else TODO.
struct StepState {
    var badge: String
    var role: ThemeRole
    /// Said after the step's duration when the badge needs a reason.
    var note: String = ""

    static func of(
        _ step: FailoverStep, _ posture: DeploymentPosture, progress: FailoverProgress, preflight: [PreflightCheck],
        active: Bool, firstOpen: Bool
    ) -> StepState {
        let written = progress.isDone(posture, step)
        // A remediation holds only when its check passes; the step's time passing does not make it so.
        if let check = preflight.first(where: { step.title.hasPrefix("Remediate \($0.name) ") }), check.result != .pass {
            if written {
                return StepState(badge: "FAIL", role: .statusDown,
                                 note: "; its time passed but preflight: \(check.name) still fails: \(check.reason)")
            }
            return active && firstOpen ? StepState(badge: "RUN", role: .statusDegraded) : StepState(badge: "TODO", role: .textDim)
        }
        if written { return StepState(badge: "DONE", role: .statusOK) }
        return active && firstOpen ? StepState(badge: "RUN", role: .statusDegraded) : StepState(badge: "TODO", role: .textDim)
    }
}

/// A project serving again from the secondary region, read from its state events on the timeline.
struct ProjectRecovery {
    var region: String
    /// When it began to serve from the secondary.
    var since: Double
    /// How long it was out: from the last time it stopped serving (this outage, not an earlier one) to `since`.
    var outFor: Double

    init?(_ engine: SimulationEngine, _ project: String) {
        guard let status = engine.status(of: project), let region = status.servedFrom, !status.state.isDown else { return nil }
        let changes = engine.events.filter { $0.kind == .state && $0.target == project }
        guard let since = changes.last?.at else { return nil }
        let down = changes.dropLast().last { StateChange($0.detail)?.stopsServingProject == true }?.at ?? since
        self.region = region
        self.since = since
        outFor = since - down
    }

}
