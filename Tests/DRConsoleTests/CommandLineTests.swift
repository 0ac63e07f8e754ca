import DRConsole
import DRConsoleFiles
import DRSimulation
import Foundation
import Testing
import TermUI

@Suite("the : command line")
struct ConsoleCommandLineTests {
    static let context = GrammarContext(estate: ConsoleFixtures.sample, activeFaults: [.regionOutage("eastus2")],
                                        choices: ["theme": ["default", "mono"]])

    static func parse(_ line: String) throws(GrammarError) -> ConsoleCommand {
        try ConsoleVerbs.table.parse(line, in: context).command
    }

    @Test("every command parses", arguments: [
        ("inject region eastus2", ConsoleCommand.simulation(.inject(.regionOutage("eastus2")))),
        ("inject zone eastus2-az1", .simulation(.inject(.zoneOutage("eastus2-az1")))),
        ("inject service Storage eastus2", .simulation(.inject(.serviceOutage(.storage, "eastus2")))),
        ("inject connection conn-eus2-docintel", .simulation(.inject(.connectionLost("conn-eus2-docintel")))),
        ("inject readiness networking centralus", .simulation(.inject(.readinessGap(.networking, "centralus")))),
        ("inject readiness:networking@centralus", .simulation(.inject(.readinessGap(.networking, "centralus")))),
        ("delete kv-contoso-ai", .simulation(.inject(.resourceDeleted("kv-contoso-ai")))),
        ("clear", .simulation(.clearAll)), ("clear all", .simulation(.clearAll)),
        ("clear eastus2", .simulation(.clear([.regionOutage("eastus2")]))),
        ("failover hub-eus2", .simulation(.perform(.failover(hub: "hub-eus2")))),
        ("failback hub-eus2", .simulation(.perform(.failback(hub: "hub-eus2")))),
        ("recover ais-contoso-speech", .simulation(.perform(.recover(resource: "ais-contoso-speech")))),
        ("resubmit all", .simulation(.resubmitAll)),
        ("resubmit job-eval-docs-0413", .simulation(.perform(.resubmit(target: "job-eval-docs-0413")))),
        ("account-failover stdataeus2", .simulation(.perform(.accountFailover(storage: "stdataeus2")))),
        ("note  failover at 10:05, per the IC ", .simulation(.note("failover at 10:05, per the IC"))),
        ("theme mono", .theme("mono")), ("help", .help(nil)), ("help failover", .help("failover")), ("q", .quit),
        ("  quit  ", .quit),
    ])
    func parses(line: String, command: ConsoleCommand) throws {
        #expect(try Self.parse(line) == command)
    }

    @Test("wrong arity, unknown verbs and unknown names say what would work", arguments: [
        ("inject region", "usage: :inject region REGION"), ("inject planet mars", "unknown inject kind 'planet'; inject kinds are region, zone"),
        ("failover", "usage: :failover HUB"), ("delete a b", "usage: :delete ID"),
        ("injct region eastus2", "did you mean 'inject'"), ("", "type a command"),
        ("recover kv-contso-ai", "no resource 'kv-contso-ai' in the estate; did you mean 'kv-contoso-ai'?"),
        ("failover hub-eus3", "did you mean 'hub-eus2'"), ("inject region eastu2", "did you mean 'eastus2'"),
        ("clear westus", "no active fault on 'westus'"),
    ])
    func errors(line: String, fragment: String) throws {
        do {
            let command = try Self.parse(line)
            Issue.record("'\(line)' parsed as \(command)")
        } catch {
            #expect(error.message.contains(fragment), "\(error.message)")
        }
    }

    @Test("the console and simulate accept and refuse the same faults, with the same messages", arguments: [
        ("inject region eastus2", "region:eastus2"), ("inject region eastus22", "region:eastus22"),
        ("inject zone eastus2-az9", "zone:eastus2-az9"), ("inject service key-vault eastus2", "service:key-vault@eastus2"),
        ("inject service Storag eastus2", "service:Storag@eastus2"), ("inject delete kv-contoso", "delete:kv-contoso"),
        ("inject connection conn-eus2-docintel", "connection:conn-eus2-docintel"),
        ("inject readiness quota centralus", "readiness:quota@centralus"), ("inject readiness qouta centralus", "readiness:qouta@centralus"),
    ])
    func sameGrammar(console: String, simulate: String) {
        let estate = ConsoleFixtures.sample
        let fromConsole: Result<Fault, GrammarError> = Result {
            guard case .simulation(.inject(let fault)) = try ConsoleVerbs.table.parse(console, in: GrammarContext(estate: estate)).command
            else { throw GrammarError("not an inject") }
            return fault
        }.mapError { ($0 as? GrammarError) ?? GrammarError("\($0)") }
        let fromSimulate: Result<Fault, GrammarError> = Result {
            try SimulationInput.parseInject(simulate, estate: estate).fault
        }.mapError { GrammarError(($0 as? SimulationInputError)?.message ?? "\($0)") }
        #expect(fromConsole == fromSimulate)
    }

    @Test("completion offers the words each position accepts")
    func completion() {
        let table = ConsoleVerbs.table
        let context = Self.context
        #expect(table.candidates(for: "", in: context).contains("inject"))
        #expect(table.complete("fail", in: context) == "fail")
        #expect(table.candidates(for: "fail", in: context) == ["failback", "failover"])
        #expect(table.complete("failo", in: context) == "failover ")
        #expect(table.complete("inject serv", in: context) == "inject service ")
        #expect(table.complete("inject service St", in: context) == "inject service Storage ")
        #expect(table.complete("inject service Storage ea", in: context) == "inject service Storage eastus2 ")
        #expect(table.complete("inject zone eastus2-az", in: context) == "inject zone eastus2-az")
        #expect(table.complete("inject readiness net", in: context) == "inject readiness networking ")
        #expect(table.complete("inject conn", in: context) == "inject connection ")
        #expect(table.complete("theme m", in: context) == "theme mono ")
        #expect(table.complete("help failb", in: context) == "help failback ")
        #expect(table.candidates(for: "clear ", in: context) == ["clear all", "clear eastus2"])
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
