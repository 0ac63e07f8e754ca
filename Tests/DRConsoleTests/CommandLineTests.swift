import DRConsole
import Foundation
import Testing
import TermUI

@Suite("the : command line")
struct ConsoleCommandLineTests {
    @Test("every command parses", arguments: [
        ("inject region eastus2", ConsoleCommand.injectRegion("eastus2")),
        ("inject zone eastus2-az1", .injectZone("eastus2-az1")),
        ("inject service Storage eastus2", .injectService(service: "Storage", region: "eastus2")),
        ("delete kv-contoso-ai", .delete("kv-contoso-ai")), ("clear", .clear(nil)), ("clear all", .clear(nil)),
        ("clear eastus2", .clear("eastus2")), ("failover hub-eus2", .failover("hub-eus2")),
        ("failback hub-eus2", .failback("hub-eus2")), ("recover ais-contoso-speech", .recover("ais-contoso-speech")),
        ("resubmit all", .resubmit(nil)), ("resubmit job-1", .resubmit("job-1")),
        ("account-failover stdataeus2", .accountFailover("stdataeus2")),
        ("note  failover at 10:05, per the IC ", .note("failover at 10:05, per the IC")),
        ("theme mono", .theme("mono")), ("help", .help), ("q", .quit), ("  quit  ", .quit),
    ])
    func parses(line: String, command: ConsoleCommand) throws {
        #expect(try ConsoleCommandSyntax.parse(line).get() == command)
    }

    @Test("wrong arity and unknown verbs say what would work", arguments: [
        ("inject region", "usage"), ("inject planet mars", "usage"), ("failover", "usage"), ("delete a b", "usage"),
        ("injct region eastus2", "did you mean 'inject'"), ("", "type a command"),
    ])
    func errors(line: String, fragment: String) throws {
        guard case .failure(let error) = ConsoleCommandSyntax.parse(line) else {
            Issue.record("'\(line)' parsed")
            return
        }
        #expect(error.message.contains(fragment), "\(error.message)")
    }

    @Test("completion offers the words each position accepts")
    func completion() {
        let completion = CommandCompletion(vocabulary: .init(
            regions: ["centralus", "eastus2"], zones: ["eastus2-az1", "eastus2-az2"], services: ["Storage", "KeyVault"],
            resources: ["kv-a", "st-b"], hubs: ["hub-eus2"], themes: ["default", "mono"]))
        #expect(completion.candidates(for: "") .contains("inject"))
        #expect(completion.complete("fail") == "fail")
        #expect(completion.candidates(for: "fail") == ["failback", "failover"])
        #expect(completion.complete("failo") == "failover ")
        #expect(completion.complete("inject service St") == "inject service Storage ")
        #expect(completion.complete("inject service Storage ea") == "inject service Storage eastus2 ")
        #expect(completion.complete("inject zone eastus2-az") == "inject zone eastus2-az")
        #expect(completion.complete("theme m") == "theme mono ")
    }

    @Test("history recalls older and newer lines like a shell")
    func history() {
        var history = CommandHistory(capacity: 3)
        for line in ["a", "b", "b", "c", "d"] { history.record(line) }
        #expect(history.entries == ["b", "c", "d"])
        #expect(history.older() == "d")
        #expect(history.older() == "c")
        #expect(history.newer() == "d")
        #expect(history.newer() == "")
    }
}

@Suite("the keys file")
struct KeyMapFileTests {
    @Test("rebinding moves a key and reports bad entries with their lines")
    func rebinding() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fdr-keys-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("keys.yaml").path
        try "bindings:\n  togglePlay: [p]\n  quit: [x]\n  qiut: [z]\n  help: [\"not a key at all\"]\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let (map, diagnostics) = KeyMapFile.load(path: path)
        #expect(map.intent(for: .char("p")) == .togglePlay)
        #expect(map.intent(for: .char("x")) == .quit)
        #expect(map.intent(for: .char("q")) == nil)
        #expect(map.intent(for: .char("?")) == .help)
        #expect(diagnostics.contains { $0.line == 4 && $0.message.contains("did you mean 'quit'") })
        #expect(diagnostics.contains { $0.line == 5 && $0.message.contains("not a key") })
    }

    @Test("the config folder follows XDG")
    func configFolder() {
        #expect(ConfigFolder.path(environment: ["XDG_CONFIG_HOME": "/x/cfg"]) == "/x/cfg/foundry-dr")
        #expect(ConfigFolder.path(environment: ["HOME": "/home/op"]) == "/home/op/.config/foundry-dr")
    }
}
