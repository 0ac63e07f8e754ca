import Foundation
import Testing

@Suite("simulate")
struct SimulateCommandTests {
    static let kinds: Set<String> = ["hub", "project", "storage", "keyVault", "containerRegistry", "appInsights",
                                     "aiServices", "connection", "compute", "job"]
    static let states: Set<String> = ["available", "degraded", "paused", "readOnly", "unavailable", "deleted"]

    func json(_ arguments: [String]) throws -> [String: Any] {
        let run = CLIRun.run(arguments)
        #expect(run.status == 0, "\(arguments): \(run.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    }

    @Test("a region outage of eastus2 follows the documented JSON contract and the guidance")
    func regionOutage() throws {
        let object = try json(["simulate", "--inject", "region:eastus2", "--inject", "keyvault-failover:kv-contoso-ai@PT2H",
                               "--format", "json"])
        #expect(Set(object.keys) == ["estate", "seed", "events", "final"])
        #expect(object["estate"] as? String == "contoso-ai")
        let events = try #require(object["events"] as? [[String: Any]])
        for event in events {
            #expect(Set(event.keys).isSubset(of: ["at", "kind", "target", "detail", "rule"]))
            #expect(event["at"] is NSNumber)
        }
        let final = try #require(object["final"] as? [String: Any])
        let resources = try #require(final["resources"] as? [[String: Any]])
        var byID: [String: [String: Any]] = [:]
        for resource in resources {
            #expect(Self.kinds.contains(resource["kind"] as? String ?? ""))
            #expect(Self.states.contains(resource["state"] as? String ?? ""))
            byID[resource["id"] as? String ?? ""] = resource
        }
        #expect(byID["hub-eus2"]?["state"] as? String == "unavailable")
        #expect((byID["hub-eus2"]?["rules"] as? [String])?.contains("R1") == true)
        #expect(byID["proj-chat"]?["state"] as? String == "unavailable")
        #expect(byID["kv-contoso-ai"]?["state"] as? String == "readOnly")
        #expect(byID["kv-contoso-ai"]?["servedFrom"] as? String == "centralus")
        #expect(byID["acrcontosoai"]?["servedFrom"] as? String == "centralus")
        #expect(byID["job-finetune-chat-0412"]?["state"] as? String == "unavailable")
        #expect((byID["job-finetune-chat-0412"]?["rules"] as? [String])?.contains("R4") == true)
        #expect(byID["sthubcus"]?["servedFrom"] == nil)
    }

    @Test("a zone outage pauses projects and keeps zone-redundant stores serving")
    func zoneOutage() throws {
        let object = try json(["simulate", "--inject", "zone:eastus2-az1", "--format", "json"])
        let resources = try #require((object["final"] as? [String: Any])?["resources"] as? [[String: Any]])
        let state = Dictionary(uniqueKeysWithValues: resources.map { ($0["id"] as? String ?? "", $0["state"] as? String ?? "") })
        #expect(state["proj-chat"] == "paused")
        #expect(state["sthubeus2"] == "available")
        #expect(state["kv-contoso-ai"] == "available")
        #expect(state["ci-dev-eus2-01"] == "unavailable")
    }

    @Test("two runs with one seed print identical bytes, for every built-in scenario")
    func deterministic() {
        for name in CLIRun.run(["sample", "scenario"]).stdout.split(separator: "\n").map(String.init) {
            let arguments = ["simulate", "--scenario", name, "--seed", "42", "--format", "json"]
            let first = CLIRun.run(arguments)
            #expect(first.status == 0, "\(name): \(first.stderr)")
            #expect(first.stdout == CLIRun.run(arguments).stdout, "\(name) is not deterministic")
        }
    }

    @Test("bad injects, actions and offsets are usage errors with the exact problem", arguments: [
        ["simulate", "--inject", "region:atlantis"], ["simulate", "--inject", "volcano:eastus2"],
        ["simulate", "--action", "failover:hub-nowhere"], ["simulate", "--inject", "region:eastus2", "--until", "soon"],
        ["simulate"], ["simulate", "--scenario", "no-such-scenario"],
    ])
    func badInput(arguments: [String]) {
        let run = CLIRun.run(arguments)
        #expect(run.status == 2)
        #expect(!run.stderr.isEmpty)
    }

    @Test("the built-in scenarios are listed and printed, and each validates against the sample")
    func builtInScenarios() throws {
        let names = CLIRun.run(["sample", "scenario"]).stdout.split(separator: "\n").map(String.init)
        #expect(names.count >= 5)
        let folder = try TemporaryFolder()
        let estate = try folder.write("sample.yaml", CLIRun.run(["sample", "estate"]).stdout)
        for name in names {
            let printed = CLIRun.run(["sample", "scenario", name])
            #expect(printed.status == 0)
            let path = try folder.write("\(name).yaml", printed.stdout)
            let validated = CLIRun.run(["validate", path, "--estate", estate])
            #expect(validated.status == 0, "\(name): \(validated.stdout)")
            #expect(validated.stdout.contains("valid scenario"))
        }
        #expect(CLIRun.run(["sample", "scenario", "nope"]).status == 2)
    }

    @Test("simulate --help at 80 columns keeps each line of its example table whole")
    func helpAt80Columns() throws {
        let binary = try #require(BuiltBinary.path, "the foundry-dr binary is not built next to the tests")
        let outcome = try SpawnedProcess.run(binary, ["simulate", "--help"], environment: ["COLUMNS": "80", "PATH": "/usr/bin:/bin"])
        #expect(outcome.status == 0)
        let lines = outcome.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for example in ["region:eastus2", "service:Storage@eastus2", "readiness:networking@centralus", "account-failover:STORAGE"] {
            let line = try #require(lines.first { $0.hasPrefix("  \(example) ") }, "no line for \(example)")
            #expect(!line.hasSuffix(","), "'\(line)' is cut")
        }
        // A wrapped table leaves a continuation line that starts with a bare word such as "KeyVault,".
        let start = try #require(lines.firstIndex { $0.hasPrefix("Injects are") })
        let end = try #require(lines.firstIndex { $0.hasPrefix("USAGE:") })
        for line in lines[start..<end] where !line.isEmpty {
            #expect(line.count < 80, "'\(line)' is wider than the screen")
            #expect(line.hasPrefix("  ") || line.first?.isUppercase == true, "'\(line)' is a wrapped piece")
        }
    }
}
