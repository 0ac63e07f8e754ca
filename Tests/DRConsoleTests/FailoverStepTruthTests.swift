import DRConsole
import DRDomain
import DRSimulation
import Testing
import TermUI

/// Item 2: the failover pane's steps come from the timeline's events.
@Suite("failover steps as the timeline says")
struct FailoverStepTruthTests {
    /// The step rows of the failover pane, as (posture, title, badge), the posture read from the project row above.
    func steps(_ state: AppState) -> [(posture: String, title: String, badge: String)] {
        var posture = ""
        var out: [(posture: String, title: String, badge: String)] = []
        for row in FailoverRows.table(state).rows {
            let item = row.cells[0].text
            if row.id.hasPrefix("rto:"), let open = item.lastIndex(of: "(") {
                posture = String(item[item.index(after: open)...].dropLast())
            } else if row.id.hasPrefix("step:") {
                let title = String(item.drop { $0 == " " }.drop { $0 != " " }.dropFirst())
                out.append((posture, title, row.cells[1].text))
            }
        }
        return out
    }

    @Test("every DONE step is a step event of the timeline, at every jump; the remediation stays open while its check fails")
    func stepsFollowTheTimeline() {
        var state = ConsoleFixtures.outageWithNetworkingGap()
        ConsoleFixtures.type(ConsoleFixtures.command("failover hub-eus2") + [.char("y")], into: &state)
        let failedOver = state.engine.isFailedOver(hub: "hub-eus2")
        #expect(failedOver, "\(state.flash?.text ?? "")")
        var sawDone = false
        for _ in 0..<20 {
            ConsoleFixtures.type([.char("n")], into: &state)
            let written = state.engine.events.filter { $0.kind == .step && $0.target == "hub-eus2" }.map(\.detail)
            let preflight = FailoverRows.table(state).rows.first { $0.id == "check:networking" }?.cells[1].text
            for step in steps(state) {
                let inTimeline = written.contains { $0.hasPrefix("\(step.posture): \(step.title) (") }
                let remediation = step.title.hasPrefix("Remediate networking")
                if step.badge == "DONE" {
                    sawDone = true
                    #expect(inTimeline, "\(step.title) DONE without its step event at T+\(state.engine.now)")
                    if remediation { #expect(preflight == "PASS") }
                } else if inTimeline, !remediation {
                    Issue.record("\(step.posture) \(step.title) is \(step.badge) though the timeline wrote it done")
                }
                if remediation, preflight == "FAIL" { #expect(step.badge != "DONE") }
            }
        }
        #expect(sawDone)
        // The injected gap still holds: the remediation is not done and nothing of hot/hot serves from the
        // secondary, whatever the clock says (R6).
        #expect(steps(state).contains { $0.title.hasPrefix("Remediate networking") && $0.badge != "DONE" })
        #expect(state.engine.status(of: "proj-chat")?.servedFrom == nil)
        #expect(state.engine.status(of: "proj-chat")?.reason.contains("waits for networking") == true)
        // The gap cleared: the remediation is done, its check holds, and the project serves.
        ConsoleFixtures.type(ConsoleFixtures.command("clear readiness:networking@centralus"), into: &state)
        #expect(steps(state).contains { $0.title.hasPrefix("Remediate networking") && $0.badge == "DONE" })
        #expect(FailoverRows.table(state).rows.first { $0.id == "check:networking" }?.cells[1].text == "PASS")
        let servedFrom = state.engine.status(of: "proj-chat")?.servedFrom
        #expect(servedFrom == "centralus")
        // Once a project serves from the secondary, its row says how long it was out, not an estimate.
        let chat = FailoverRows.table(state).rows.first { $0.id == "rto:proj-chat" }
        #expect(chat?.cells[2].text.hasPrefix("serving from centralus since T+") == true, "\(chat?.cells[2].text ?? "")")
        #expect(["MET", "MISSED"].contains(chat?.cells[1].text ?? ""))
    }
}
