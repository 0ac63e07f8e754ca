import ArgumentParser
import DRDomain
import DRDrill
import DRSimulation
import DRTeam
import Foundation
import NCursesBackend

/// `foundry-dr drill join URL --as NAME --role ROLE [--scenario FILE|NAME] [--estate FILE]`: one console of a
/// team drill or incident sharing a journal in PostgreSQL.
struct DrillJoin: ParsableCommand, ContextCommand {
    static let configuration = CommandConfiguration(
        commandName: "join",
        abstract: "Join a team drill or incident whose journal is shared in PostgreSQL.",
        discussion: """
            URL is postgres://USER@HOST[:PORT]/DB?drill=NAME[&sslmode=require|verify-full][&sslrootcert=FILE] \
            (default: $FOUNDRY_DR_JOURNAL). The password comes from PGPASSWORD, ~/.pgpass or a prompt, never the URL. \
            A facilitator joining a drill that does not exist yet starts it: with --scenario a drill, without an \
            incident. On a terminal it opens the full-screen console (every key works as in a drill; the header \
            shows TEAM NAME (ROLE) and how many are here; refusals show on the message line). With --lines, or when \
            input or output is not a terminal, commands are read line by line (type `help`); every console's \
            inputs are printed as they are committed, in the server's order, with who did each. See docs/team-mode.md. Exit codes: 0 success, \
            2 bad input or usage (a bad URL, a refused login, no such drill).
            """)

    @Argument(help: ArgumentHelp("The shared journal (default: $FOUNDRY_DR_JOURNAL).", valueName: "URL"))
    var url: String?

    @Option(name: .customLong("as"), help: ArgumentHelp("Your name on the team.", valueName: "NAME"))
    var name: String

    @Option(name: .long, help: ArgumentHelp("facilitator, operator, scribe or observer.", valueName: "ROLE"))
    var role: String

    @Option(name: .long, help: ArgumentHelp("Start the drill with this scenario when it does not exist (facilitator).", valueName: "FILE|NAME"))
    var scenario: String?

    @Option(name: .long, help: ArgumentHelp("The estate of a new drill (default: the built-in sample).", valueName: "FILE"))
    var estate: String?

    @Option(name: .long, help: "Seed of a new drill's simulation.")
    var seed: UInt64 = 0

    @Option(name: .long, help: ArgumentHelp(
        "As facilitator, move the drill clock in real time (times the speed), committing it every SECONDS (1-60).",
        valueName: "SECONDS"))
    var clock: Double?

    @Flag(name: .long, help: "Use the line console even on a terminal (it is used anyway when input or output is not one).")
    var lines = false

    @Flag(name: .long, help: "Full-screen console: do not capture the mouse.")
    var noMouse = false

    init() {}

    func execute(in context: CommandContext) -> Int32 {
        guard let given = TeamJournalOpening.journal(url, context: context) else {
            context.printError("foundry-dr: drill join needs the journal URL (or FOUNDRY_DR_JOURNAL): postgres://USER@HOST[:PORT]/DB?drill=NAME")
            return ExitStatus.badInput
        }
        guard let teamRole = TeamRole(rawValue: role) else {
            context.printError("foundry-dr: --role '\(role)' is not one of facilitator, operator, scribe, observer")
            return ExitStatus.badInput
        }
        if let clock, !(1...60).contains(clock) {
            context.printError("foundry-dr: --clock \(clock) is out of range: 1 to 60 seconds")
            return ExitStatus.badInput
        }
        if clock != nil, role != "facilitator" {
            context.printError("foundry-dr: --clock moves the drill clock: only a facilitator does that")
            return ExitStatus.badInput
        }
        guard (1...40).contains(name.count), name.allSatisfy({ !$0.isWhitespace && !$0.isNewline }) else {
            context.printError("foundry-dr: --as needs a name of 1 to 40 characters without spaces")
            return ExitStatus.badInput
        }
        // The full-screen console is checked before anything is written, so a terminal it cannot use joins nothing.
        let fullScreen = !lines && context.isTerminal
        if fullScreen {
            do {
                try NCursesBackend.preflight(environment: context.environment)
            } catch {
                context.printError("foundry-dr: cannot open the console: \(error)")
                context.printError("hint: add --lines for the line console")
                return ExitStatus.badInput
            }
        }
        do {
            let journalURL = try PostgresJournalURL(given)
            let password = TeamJournalOpening.password(for: journalURL, context: context)
            let store = try PostgresJournalStore(
                url: journalURL, password: password, participant: TeamParticipant(name: name, role: teamRole))
            let console: TeamConsole
            if try store.drillExists() {
                if scenario != nil { context.printError("foundry-dr: note: \(journalURL.drill) exists; its own scenario is kept, --scenario is ignored") }
                console = try TeamConsole.join(store: store)
            } else {
                guard teamRole == .facilitator else {
                    context.printError("foundry-dr: no drill \(journalURL.drill) in \(journalURL.database) yet: a facilitator starts it (--role facilitator --scenario NAME)")
                    return ExitStatus.badInput
                }
                guard let setup = makeSetup(context: context) else { return ExitStatus.badInput }
                console = try TeamConsole.start(store: store, setup: setup, now: context.now)
            }
            let mailbox = TeamMailbox()
            let listener = try TeamListener(store: store, password: password) { mailbox.post($0) }
            try listener.start()
            if fullScreen {
                if clock != nil { context.printError("foundry-dr: note: --clock is for the line console; the full-screen console moves the clock every second while it plays") }
                let link = TeamScreenLink(console: console, listener: listener, mailbox: mailbox)
                return TeamFullScreen.run(console: console, link: link, context: context, noMouse: noMouse)
            }
            return TeamLineConsole(
                console: console, listener: listener, mailbox: mailbox, context: context, clockEvery: clock
            ).run()
        } catch {
            context.printError("foundry-dr: \(error)")
            return ExitStatus.badInput
        }
    }

    private func makeSetup(context: CommandContext) -> DrillSetup? {
        guard let loaded = EstateSource.load(path: estate, context: context) else { return nil }
        guard case .success(let found) = ScenarioSource.optional(scenario, estate: loaded, context: context) else { return nil }
        return DrillSetup.make(
            id: UUID().uuidString.lowercased(), mode: found == nil ? .incident : .drill, estate: loaded, scenario: found,
            scenarioYAML: scenario.flatMap(ScenarioSource.text), seed: seed, startedAt: context.now)
    }
}
