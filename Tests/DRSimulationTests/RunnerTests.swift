import DRDomain
import DRSimulation
import Foundation
import Testing

/// The headless runner, its JSON contract and the inject/action grammar.
@Suite("Runner")
struct RunnerTests {
    @Test("done-when: a region outage of eastus2 on the sample")
    func doneWhen() throws {
        let report = SimulationRunner(
            estate: Sample.estate, seed: 7,
            injects: [try SimulationInput.parseInject("region:eastus2"),
                      try SimulationInput.parseInject("keyvault-failover:kv-contoso-ai@PT30M")],
            until: 3_600
        ).run()
        let rows = Dictionary(uniqueKeysWithValues: report.final.resources.map { ($0.id, $0) })
        #expect(rows["hub-eus2"]?.state == .unavailable)
        #expect(rows["proj-chat"]?.state == .unavailable)
        #expect(rows["proj-chat"]?.rules == [.r1])
        #expect(rows["kv-contoso-ai"]?.state == .readOnly)
        #expect(rows["kv-contoso-ai"]?.servedFrom == "centralus")
        #expect(rows["acrcontosoai"]?.servedFrom == "centralus")
        #expect(rows["job-eval-docs-0413"]?.rules == [.r4])
    }

    @Test("the JSON has exactly the contract's keys, servedFrom omitted when nil, rule null when none")
    func jsonContract() throws {
        let report = SimulationRunner(
            estate: Sample.estate, seed: 3,
            injects: [TimedFault(fault: .regionOutage("eastus2"), at: 0, until: 1_200),
                      TimedFault(fault: .keyVaultFailover("kv-contoso-ai"), at: 0)],
            actions: [TimedAction(action: .failover(hub: "hub-eus2"), at: 600)], until: 20_000
        ).run()
        let object = try #require(JSONSerialization.jsonObject(with: report.jsonData()) as? [String: Any])
        #expect(Set(object.keys) == ["estate", "seed", "events", "final"])
        #expect(object["estate"] as? String == "contoso-ai")
        #expect(object["seed"] as? Int == 3)
        let events = try #require(object["events"] as? [[String: Any]])
        for event in events { #expect(Set(event.keys) == ["at", "kind", "target", "detail", "rule"]) }
        #expect(events.contains { $0["rule"] is NSNull })
        let final = try #require(object["final"] as? [String: Any])
        #expect(Set(final.keys) == ["resources"])
        let resources = try #require(final["resources"] as? [[String: Any]])
        #expect(resources.count == Sample.estate.allResources.count)
        let kinds = Set(ResourceKind.allCases.map(\.rawValue))
        let states = Set(ResourceState.allCases.map(\.rawValue))
        for resource in resources {
            let keys = Set(resource.keys)
            #expect(keys == ["id", "kind", "region", "state", "rules"] || keys == ["id", "kind", "region", "state", "servedFrom", "rules"])
            #expect(kinds.contains(resource["kind"] as? String ?? ""))
            #expect(states.contains(resource["state"] as? String ?? ""))
        }
        let text = try report.jsonText()
        #expect(text.contains("\"servedFrom\" : \"centralus\""))
    }

    @Test("the text rendering has a timeline and a final table")
    func textRendering() {
        let report = SimulationRunner(
            estate: Sample.estate, seed: 1, injects: [TimedFault(fault: .zoneOutage("eastus2-az1"), at: 600)]
        ).run()
        let text = report.text()
        #expect(text.contains("T+00:10:00  inject"))
        #expect(text.contains("Final state at"))
        #expect(text.contains("proj-chat") && text.contains("paused"))
    }

    @Test("inject grammar: every kind, offsets and windows")
    func injectGrammar() throws {
        let estate = Sample.estate
        #expect(try SimulationInput.parseInject("region:eastus2", estate: estate) == TimedFault(fault: .regionOutage("eastus2")))
        #expect(try SimulationInput.parseInject("zone:eastus2-az1@PT10M", estate: estate)
                == TimedFault(fault: .zoneOutage("eastus2-az1"), at: 600))
        #expect(try SimulationInput.parseInject("service:Storage@eastus2", estate: estate).fault
                == .serviceOutage(.storage, "eastus2"))
        #expect(try SimulationInput.parseInject("service:keyvault@eastus2@PT1H", estate: estate)
                == TimedFault(fault: .serviceOutage(.keyVault, "eastus2"), at: 3_600))
        #expect(try SimulationInput.parseInject("delete:kv-contoso-ai@PT5M..PT2H", estate: estate)
                == TimedFault(fault: .resourceDeleted("kv-contoso-ai"), at: 300, until: 7_200))
        #expect(try SimulationInput.parseInject("connection:conn-eus2-docintel", estate: estate).fault
                == .connectionLost("conn-eus2-docintel"))
        #expect(try SimulationInput.parseInject("readiness:networking@centralus", estate: estate).fault
                == .readinessGap(.networking, "centralus"))
        #expect(try SimulationInput.parseInject("region:East US 2").fault == .regionOutage("eastus2"))
    }

    @Test("inject grammar: errors say what is wrong, with suggestions", arguments: [
        ("regoin:eastus2", "did you mean 'region'"),
        ("region:eastus22", "did you mean 'eastus2'"),
        ("zone:eastus2-az9", "unknown zone"),
        ("service:Storage", "expected service:SERVICE@REGION"),
        ("service:Storag@eastus2", "did you mean 'Storage'"),
        ("delete:kv-contoso", "did you mean 'kv-contoso-ai'"),
        ("region:eastus2@10m", "not an ISO 8601 duration"),
        ("region:eastus2@PT2H..PT1H", "must come after"),
        ("region", "expected inject kind:TARGET"),
        ("readiness:dns@centralus", "unknown readiness check"),
    ])
    func injectErrors(input: String, fragment: String) {
        #expect {
            try SimulationInput.parseInject(input, estate: Sample.estate)
        } throws: { error in
            (error as? SimulationInputError)?.message.contains(fragment) == true
        }
    }

    @Test("action grammar")
    func actionGrammar() throws {
        let estate = Sample.estate
        #expect(try SimulationInput.parseAction("failover:hub-eus2@PT30M", estate: estate)
                == TimedAction(action: .failover(hub: "hub-eus2"), at: 1_800))
        #expect(try SimulationInput.parseAction("account-failover:stdataeus2", estate: estate).action
                == .accountFailover(storage: "stdataeus2"))
        #expect(try SimulationInput.parseAction("recover:kv-contoso-legacy", estate: estate).action
                == .recover(resource: "kv-contoso-legacy"))
        #expect(throws: SimulationInputError.self) { try SimulationInput.parseAction("failover:proj-chat", estate: estate) }
        #expect(throws: SimulationInputError.self) { try SimulationInput.parseAction("failovr:hub-eus2", estate: estate) }
    }
}
