import DRConsole
import DRConsoleFiles
import DRDomain
import DRSimulation
import Testing
import TermUI

/// The runtime driven by scripted keys on an in-memory terminal: what an operator does, end to end.
@Suite("console runtime, headless")
struct HeadlessRuntimeTests {
    func runtime(_ keys: [TerminalEvent], width: Int = 160, height: Int = 48) -> ConsoleRuntime<TestBackend> {
        let backend = TestBackend(width: width, height: height, events: keys)
        var state = ConsoleFixtures.state(width: width, height: height)
        state.isPlaying = false
        return ConsoleRuntime(state: state, backend: backend, clock: { 0 },
                              files: .disk(userThemeFolder: nil, keysFile: nil, health: [], regions: state.estate.regions))
    }

    func keys(_ events: [KeyEvent]) -> [TerminalEvent] { events.map { .key($0) } }

    @Test("inject, navigate, filter, fail over, recover and quit")
    func operatorSession() throws {
        var script: [KeyEvent] = []
        script += ConsoleFixtures.command("inject region eastus2")
        script += ConsoleFixtures.command("inject keyvault-failover kv-contoso-ai") // Microsoft's failover
        script += [.char("n")]                                           // Key Vault converges on centralus
        script += [KeyEvent(.tab), KeyEvent(.down), .char("j")]          // replication matrix, two rows down
        script += [.char("/")] + "kv".map { KeyEvent.char($0) } + [KeyEvent(.enter)]
        script += ConsoleFixtures.command("failover hub-eus2") + [.char("y")] // preflight has unknowns: asked
        script += ConsoleFixtures.command("recover ais-contoso-speech")
        script += [.char("4"), .char("n"), .char("n"), .char("n")]        // failover pane; play the next events
        script += [.char("q"), .char("y")]                                // the session holds actions: asked
        let runtime = runtime(keys(script))
        let status = try runtime.run(stopWhenIdle: true)
        #expect(status == 0)
        let state = runtime.state
        #expect(runtime.hasQuit)
        #expect(state.activeFaultNames == ["keyvault-failover:kv-contoso-ai", "region:eastus2"])
        #expect(state.filters[.replication] == "kv")
        #expect(state.focus == .failover)
        let failedOver = state.engine.isFailedOver(hub: "hub-eus2")
        #expect(failedOver)
        let kinds = state.engine.events.map { "\($0.kind.rawValue) \($0.target)" }
        #expect(kinds.contains("action failover:hub-eus2") || kinds.contains { $0.hasPrefix("action") && $0.contains("hub-eus2") })
        #expect(kinds.contains { $0.contains("ais-contoso-speech") })
        let screen = runtime.backend.screen.lines().joined(separator: "\n")
        #expect(screen.contains("Failover: hub-eus2"))
    }

    @Test("a typo gets a did-you-mean and changes nothing")
    func typo() throws {
        let runtime = runtime(keys(ConsoleFixtures.command("inject region eastu2")))
        _ = try runtime.run(stopWhenIdle: true)
        #expect(runtime.state.activeFaultNames.isEmpty)
        #expect(runtime.state.flash?.isError == true)
        #expect(runtime.state.flash?.text.contains("eastus2") == true)
    }

    @Test("the console injects every fault kind simulate can, in either spelling")
    func everyFaultKind() throws {
        var script: [KeyEvent] = []
        script += ConsoleFixtures.command("inject connection conn-eus2-docintel")
        script += ConsoleFixtures.command("inject readiness networking centralus")
        script += ConsoleFixtures.command("inject service:KeyVault@eastus2")
        script += ConsoleFixtures.command("recover kv-contso-ai")
        let runtime = runtime(keys(script))
        _ = try runtime.run(stopWhenIdle: true)
        #expect(runtime.state.activeFaultNames
                    == ["connection:conn-eus2-docintel", "readiness:networking@centralus", "service:KeyVault@eastus2"])
        #expect(runtime.state.flash?.text == "no resource 'kv-contso-ai' in the estate; did you mean 'kv-contoso-ai'?")
    }

    @Test("read-only refuses injects and actions but lets the operator look around")
    func readOnly() throws {
        let runtime = runtime(keys(ConsoleFixtures.command("inject region eastus2") + [.char("2")]))
        var state = runtime.state
        state.isReadOnly = true
        let backend = TestBackend(width: 160, height: 48, events: keys(ConsoleFixtures.command("inject region eastus2") + [.char("2")]))
        let readOnly = ConsoleRuntime(state: state, backend: backend, clock: { 0 },
                                      files: ConsoleFiles(loadTheme: { _ in (.builtInDefault, []) }))
        _ = try readOnly.run(stopWhenIdle: true)
        #expect(readOnly.state.activeFaultNames.isEmpty)
        #expect(readOnly.state.focus == .replication)
        #expect(readOnly.backend.screen.lines().joined().contains("READ-ONLY"))
    }

    @Test("Tab completion and history on the command line")
    func completionAndHistory() {
        var state = ConsoleFixtures.state(width: 120, height: 40)
        ConsoleFixtures.type([.char(":")] + "inject zo".map { KeyEvent.char($0) } + [KeyEvent(.tab)], into: &state)
        #expect(state.input == .command("inject zone "))
        ConsoleFixtures.type("eastus2-az".map { KeyEvent.char($0) } + [KeyEvent(.tab)], into: &state)
        #expect(state.input == .command("inject zone eastus2-az"))
        ConsoleFixtures.type([.char("1"), KeyEvent(.enter)], into: &state)
        #expect(state.activeFaultNames == ["zone:eastus2-az1"])
        ConsoleFixtures.type([.char(":"), KeyEvent(.up)], into: &state)
        #expect(state.input == .command("inject zone eastus2-az1"))
    }

    @Test("a zone outage pauses the hub's projects; clearing it restores them")
    func zoneOutageAndClear() {
        var state = ConsoleFixtures.state(width: 120, height: 40)
        ConsoleFixtures.type(ConsoleFixtures.command("inject zone eastus2-az1"), into: &state)
        #expect(state.engine.state(of: "proj-chat") == .paused)
        #expect(state.engine.state(of: "sthubeus2") == .available)
        ConsoleFixtures.type(ConsoleFixtures.command("clear all"), into: &state)
        #expect(state.engine.state(of: "proj-chat") == .available)
        #expect(state.activeFaultNames.isEmpty)
    }

    @Test("a theme switch reads the theme through an effect; a bad name (a typo) keeps the current theme and says why")
    func themeSwitch() throws {
        let runtime = runtime(keys(ConsoleFixtures.command("theme mono") + ConsoleFixtures.command("theme mnoo")))
        _ = try runtime.run(stopWhenIdle: true)
        #expect(runtime.state.theme.name == "mono")
        #expect(runtime.state.flash?.isError == true)
        #expect(runtime.state.flash?.text.contains("no theme named 'mnoo'; did you mean 'mono'?") == true)
        #expect(runtime.state.flash?.text.contains("kept mono") == true)
    }

    @Test("q asks for confirmation while a drill runs")
    func quitConfirmation() {
        var state = ConsoleFixtures.state(width: 120, height: 40)
        state.mode = .drill
        #expect(Reducer.reduce(&state, .keyPressed(.char("q"))).isEmpty)
        #expect(state.input == .confirmQuit)
        ConsoleFixtures.type([.char("x")], into: &state)
        #expect(state.input == .idle)
        ConsoleFixtures.type([.char("q")], into: &state)
        #expect(Reducer.reduce(&state, .keyPressed(.char("y"))) == [.quit])
    }

    @Test("an idle console polls once per tick and redraws nothing when nothing changed")
    func idleDoesNotRedraw() throws {
        let runtime = runtime([])
        _ = try runtime.run(stopWhenIdle: true)
        #expect(runtime.backend.frames.count == 1)
        #expect(runtime.backend.polls.allSatisfy { $0 == .seconds(1) })
    }

    @Test("mouse clicks focus panes and select rows")
    func mouse() {
        var state = ConsoleFixtures.state(width: 160, height: 48)
        let layout = ConsoleLayout(size: state.size, focus: state.focus)
        let replication = layout?.panes[.replication]
        let click = MouseEvent(.click(.left), at: Position(x: (replication?.x ?? 0) + 5, y: (replication?.y ?? 0) + 4))
        _ = Reducer.reduce(&state, .mouse(click))
        #expect(state.focus == .replication)
        #expect(ConsoleFixtures.selection(.replication, state) == 2)
    }
}
