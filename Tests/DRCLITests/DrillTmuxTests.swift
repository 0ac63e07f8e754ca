import DRDrill
import DRJournal
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A drill in the real binary, killed with SIGKILL halfway and resumed: the journal loses nothing.
@Suite("drills in tmux", .serialized)
struct DrillTmuxTests {
    func binary() throws -> String {
        try #require(BuiltBinary.path, "the foundry-dr binary is not built next to the tests")
    }

    private static let environment = ["TERM": "screen-256color", "LANG": "C.UTF-8"]

    @Test("kill -9 mid-drill, resume: every committed entry is there, and the drill continues where it stopped")
    func killAndResume() throws {
        let folder = try TemporaryFolder()
        let journal = folder.url.appendingPathComponent("drill.sqlite").path
        let binary = try binary()
        let first = try TmuxHarness(
            command: "'\(binary)' drill start --scenario region-outage-eastus2 --journal '\(journal)'",
            width: 140, height: 40, environment: Self.environment)
        defer { first.close() }
        try first.waitFor("REC")
        try first.send("Space")
        try first.waitFor("PAUSED")
        try first.command("note DECISION declare a regional incident @ic")
        try first.waitFor("decision noted")
        for inject in ["plan", "keyvault-failover", "failover"] {
            try first.send("N")
            try first.waitFor("stepped to inject \(inject)")
        }
        try first.command("failover hub-eus2")
        try first.waitFor("fail over anyway?")
        try first.send("y")
        try first.waitFor("under way")

        // Another process: a second console is refused naming the first; a report reads it meanwhile.
        let holder = try #require(SQLiteJournalStore.writer(of: journal))
        let second = try SpawnedProcess.run(binary, ["drill", "resume", "--journal", journal], environment: Self.environment)
        #expect(second.status == 2)
        #expect(second.stderr.contains("in use by process \(holder)"))
        let report = try SpawnedProcess.run(binary, ["drill", "report", "--journal", journal, "--format", "json"])
        #expect(report.status == 0)
        #expect(report.stdout.contains("\"failover:hub-eus2\""))

        let before = try SQLiteJournalStore(path: journal, access: .read).entries()
        #expect(kill(holder, SIGKILL) == 0)
        #expect(try first.waitFor("EXITED rc=").contains("EXITED rc=137"))
        let after = try SQLiteJournalStore(path: journal, access: .read).entries()
        #expect(after.count == before.count, "rows before the kill: \(before.count), after: \(after.count)")
        #expect(after == before)

        let resumed = try TmuxHarness(
            command: "'\(binary)' drill resume --journal '\(journal)'", width: 140, height: 40, environment: Self.environment)
        defer { resumed.close() }
        var screen = try resumed.waitFor("REC")
        #expect(screen.contains("T+02:15:00"))
        #expect(screen.contains("PAUSED"), "the pause was journaled")
        try resumed.send("5")
        try resumed.send("g")
        try resumed.waitFor("DECISION: declare a regional incident")
        try resumed.send("G")
        try resumed.waitFor("failover:hub-eus2")
        let resumedEntries = try SQLiteJournalStore(path: journal, access: .read).entries()
        #expect(Array(resumedEntries.prefix(before.count)) == before)
        #expect(resumedEntries.last?.body == .resumed)
        try resumed.send("q")
        try resumed.send("y")
        screen = try resumed.waitFor("EXITED rc=")
        #expect(screen.contains("EXITED rc=0"))
        #expect(screen.contains("journal: \(journal)"))
    }
}
