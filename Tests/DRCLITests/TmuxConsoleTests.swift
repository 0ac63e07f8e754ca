import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The real binary in a real terminal (tmux): what ships draws, reacts, resizes and exits cleanly.
@Suite("the console in tmux", .serialized)
struct TmuxConsoleTests {
    func binary() throws -> String {
        try #require(BuiltBinary.path, "the foundry-dr binary is not built next to the tests")
    }

    @Test("start at 120x40, inject a region outage, zoom a pane at 160x48, resize to 80x24 and 40x10, quit with q")
    func operatorSession() throws {
        let tmux = try TmuxHarness(command: "'\(try binary())'", width: 120, height: 40,
                                   environment: ["TERM": "screen-256color", "LANG": "C.UTF-8"])
        defer { tmux.close() }
        var screen = try tmux.waitFor("Region health")
        #expect(screen.contains("SIMULATION"))
        #expect(screen.contains("contoso-ai"))
        for title in ["Region health", "Replication matrix", "Soft-delete recovery", "Failover", "Timeline", "X-ray"] {
            #expect(screen.contains(title), "missing pane title \(title)")
        }
        #expect(screen.contains("eastus2"))
        #expect(screen.contains("centralus"))
        #expect(screen.range(of: #"eastus2\s+OK"#, options: .regularExpression) != nil)

        try tmux.command("inject region eastus2")
        screen = try tmux.waitFor("faults(1)")
        #expect(screen.split(separator: "\n").first?.contains("region:eastus2") == true)
        #expect(screen.range(of: #"eastus2\s+DOWN"#, options: .regularExpression) != nil)

        // At 160x48 all six panes show; w: the focused pane alone, the whole width; w again: all six.
        try tmux.resize(width: 160, height: 48)
        try tmux.waitFor("╭  6 X-ray")
        try tmux.send("4")
        try tmux.send("w")
        screen = try tmux.waitFor("w all panes")
        #expect(screen.contains("Failover alone, the whole width"))
        #expect(!screen.contains("╭  6 X-ray"), "the other panes give the focused one their room")
        try tmux.send("w")
        screen = try tmux.waitFor("╭  6 X-ray")
        #expect(!screen.contains("w all panes"))

        try tmux.resize(width: 80, height: 24)
        screen = try tmux.waitFor("Regions centralus")
        #expect(screen.contains("eastus2 DOWN"))

        try tmux.resize(width: 40, height: 10)
        try tmux.waitFor("Terminal too small")

        try tmux.send("q")
        screen = try tmux.waitFor("EXITED rc=")
        #expect(screen.contains("EXITED rc=0"))
    }

    @Test("output that is not a terminal gets a message and exit 2, never a half-drawn screen")
    func notATerminal() throws {
        let outcome = try SpawnedProcess.run(try binary(), [], environment: ["TERM": "xterm-256color", "PATH": "/usr/bin:/bin"])
        #expect(outcome.status == 2)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.contains("terminal"))
    }

    @Test("TERM=dumb is refused with a message and exit 2")
    func dumbTerminal() throws {
        let tmux = try TmuxHarness(command: "'\(try binary())'", width: 100, height: 30, environment: ["TERM": "dumb"])
        defer { tmux.close() }
        let screen = try tmux.waitFor("EXITED rc=")
        #expect(screen.contains("EXITED rc=2"))
        #expect(screen.contains("cannot open the console"))
    }

    @Test("at 80x24: whole status hints from a rebound key map, connection faults, did-you-mean, a theme typo keeps the theme")
    func consoleCoreAt80Columns() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fdr-cfg-\(UUID().uuidString)")
        let config = folder.appendingPathComponent("foundry-dr")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "bindings:\n  togglePlay: [p]\n".write(to: config.appendingPathComponent("keys.yaml"), atomically: true, encoding: .utf8)
        let tmux = try TmuxHarness(command: "'\(try binary())' console --theme mono", width: 80, height: 24,
                                   environment: ["TERM": "screen-256color", "LANG": "C.UTF-8", "XDG_CONFIG_HOME": folder.path])
        defer { tmux.close() }
        var screen = try tmux.waitFor("q quit")
        let status = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            .first { $0.contains("q quit") } ?? ""
        #expect(status.contains("? help"), "\(status)")
        #expect(status.contains("p pause"), "the rebound key shows: \(status)")
        #expect(!status.contains("Space"), "\(status)")

        try tmux.command("inject connection conn-eus2-docintel")
        screen = try tmux.waitFor("injected: the target of connection conn-eus2-docintel is lost")
        #expect(screen.split(separator: "\n").first?.contains("faults(1)") == true)

        try tmux.command("recover kv-contso-ai")
        try tmux.waitFor("did you mean 'kv-contoso-ai'?")

        try tmux.command("theme mnoo")
        screen = try tmux.waitFor("kept mono")
        #expect(screen.contains("did you mean 'mono'?"))

        try tmux.send("q")
        screen = try tmux.waitFor("EXITED rc=")
        #expect(screen.contains("EXITED rc=0"))
    }

    @Test("at 60x16 the drill's banner keeps its clock and faults; q closes the detail, then asks before losing the timeline")
    func smallScreenDrill() throws {
        let tmux = try TmuxHarness(command: "'\(try binary())' console --scenario region-outage-eastus2", width: 60, height: 16,
                                   environment: ["TERM": "screen-256color", "LANG": "C.UTF-8"])
        defer { tmux.close() }
        var screen = try tmux.waitFor("Region health")
        try tmux.send("Space")
        screen = try tmux.waitFor("PAUSED")
        let banner = screen.split(separator: "\n").first.map(String.init) ?? ""
        #expect(banner.contains("DRILL") && banner.contains("T+") && banner.contains("faults(1)"), "\(banner)")
        try tmux.send("Enter")
        try tmux.waitFor("Esc closes")
        try tmux.send("q")
        screen = try tmux.waitFor("Tab pane")
        #expect(!screen.contains("Esc closes") && !screen.contains("EXITED"))
        try tmux.command("note waiting for Azure")
        try tmux.waitFor("noted at T+")
        try tmux.send("q")
        try tmux.waitFor("Quit? (y/N)")
        try tmux.send("y")
        screen = try tmux.waitFor("EXITED rc=")
        #expect(screen.contains("EXITED rc=0"))
    }

    @Test("SIGTERM restores the terminal and exits 143")
    func sigterm() throws {
        let tmux = try TmuxHarness(command: "'\(try binary())'", width: 120, height: 40,
                                   environment: ["TERM": "screen-256color", "LANG": "C.UTF-8"])
        defer { tmux.close() }
        try tmux.waitFor("Region health")
        let pids = RunningProcesses.pids(runningExactly: try binary())
        #expect(pids.count == 1)
        for pid in pids { kill(pid, SIGTERM) }
        let screen = try tmux.waitFor("EXITED rc=")
        #expect(screen.contains("EXITED rc=143"))
    }
}

/// Exit codes of the real binary, as scripts see them.
@Suite("the binary's exit codes")
struct BinaryExitCodeTests {
    @Test("0 success, 1 findings, 2 bad input or usage", arguments: [
        (["sample", "estate"], Int32(0)), (["assess"], Int32(1)), (["assess", "--format", "xml"], Int32(2)),
        (["validate", "/nonexistent.yaml"], Int32(2)), (["frobnicate"], Int32(2)), (["--help"], Int32(0)),
    ])
    func exitCodes(arguments: [String], expected: Int32) throws {
        let binary = try #require(BuiltBinary.path)
        let outcome = try SpawnedProcess.run(binary, arguments)
        #expect(outcome.status == expected, "\(arguments): \(outcome.stderr)")
    }
}

/// Finds processes by their command line, from /proc (no pkill needed on a bare machine).
enum RunningProcesses {
    /// The pids whose whole command line is `executable` with no arguments.
    static func pids(runningExactly executable: String) -> [pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry -> pid_t? in
            guard let pid = pid_t(entry),
                  let data = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline") else { return nil }
            let arguments = data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            return arguments == [executable] ? pid : nil
        }
    }
}
