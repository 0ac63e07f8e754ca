import DRDrill
import DRTeam
import Foundation

/// The team line console: reads commands from standard input, submits them to the shared journal, and prints
/// every console's inputs as they are committed (LISTEN/NOTIFY), with who did each. When the journal goes
/// offline it says so, keeps the state it had, refuses new inputs (nothing is queued), and catches up when the
/// server is back.
final class TeamLineConsole {
    private let console: TeamConsole
    private let listener: TeamListener
    private let mailbox: TeamMailbox
    private let context: CommandContext
    private var isOnline = true
    private var lastPresence: [TeamParticipant] = []
    private var lastHeartbeat = Date.distantPast
    private var lastReconnect = Date.distantPast
    /// How many inputs and session entries are on screen: whatever was applied after them is shown next, however
    /// it was applied (a catch-up before a write that then failed included).
    private var shownInputs = 0
    private var shownEntries = 0

    /// Seconds between the facilitator's real-time clock entries; nil when the clock moves only on command.
    private let clockEvery: TimeInterval?
    private var lastClock = Date()

    init(
        console: TeamConsole, listener: TeamListener, mailbox: TeamMailbox, context: CommandContext,
        clockEvery: TimeInterval? = nil
    ) {
        self.clockEvery = clockEvery
        self.console = console
        self.listener = listener
        self.mailbox = mailbox
        self.context = context
    }

    /// Runs until `quit` or the end of standard input; answers the exit code.
    func run() -> Int32 {
        shownEntries = console.session.entries.count
        showNew()
        let session = console.session
        context.print("joined \(console.store.url.drill) as \(console.participant.map { "\($0.name) (\($0.role.rawValue))" } ?? "a reader") at #\(console.position), T+\(ReportTime.offset(session.engine.now))")
        refreshPresence(force: true)
        mailbox.startReadingStandardInput()
        while true {
            let (lines, signals, ended) = mailbox.wait(upTo: 1)
            if signals.contains(.lost) { goOffline("the connection to \(console.store.url.host) closed") }
            if isOnline, signals.contains(where: { if case .entry(let p) = $0 { p > console.position } else { false } }) {
                catchUp()
            }
            if isOnline, signals.contains(.presence) { refreshPresence(force: false) }
            for line in lines where !line.trimmingCharacters(in: .whitespaces).isEmpty {
                if !handle(line) { return leave() }
            }
            if ended { return leave() }
            if !isOnline, Date().timeIntervalSince(lastReconnect) >= 1 { reconnect() }
            if isOnline, Date().timeIntervalSince(lastHeartbeat) >= 5 { heartbeat() }
            moveClock()
        }
    }

    /// Handles one typed line; false to quit.
    private func handle(_ line: String) -> Bool {
        let command: TeamLineCommand
        do {
            command = try TeamLineCommand.parse(line, session: console.session)
        } catch {
            context.print("refused: \(error)")
            return true
        }
        switch command {
        case .quit: return false
        case .help: context.print(TeamLineCommand.usage)
        case .who: refreshPresence(force: true)
        case .status:
            context.print("\(isOnline ? "journal online" : "journal offline") at #\(console.position), T+\(ReportTime.offset(console.session.engine.now))")
        case .input(let body):
            guard isOnline else {
                context.print("refused: journal offline: '\(line)' was not taken and is not queued; try again when the journal is back")
                return true
            }
            do {
                try console.submit(body)
                showNew()
            } catch .offline(let reason) {
                showNew()
                goOffline(reason)
                context.print("refused: journal offline: '\(line)' was not taken and is not queued; try again when the journal is back")
            } catch .conflict(let reason) {
                catchUp()
                context.print("conflict: \(reason)")
            } catch {
                showNew()
                context.print("refused: \(error)")
            }
        }
        return true
    }

    /// The facilitator's real-time clock: every `clockEvery` seconds while the drill plays, the time that passed
    /// (times the speed) is committed like any clock change, so every console moves with it. Offline, the clock
    /// waits (nothing is queued); it resumes from where the journal stands.
    private func moveClock() {
        guard let clockEvery, console.participant?.role == .facilitator else { return }
        let elapsed = Date().timeIntervalSince(lastClock)
        guard elapsed >= clockEvery else { return }
        lastClock = Date()
        let progress = console.session.progress
        let now = console.session.engine.now
        guard isOnline, progress.isPlaying, now < (progress.endTime ?? .infinity) else { return }
        do {
            try console.submit(.clock(.advance(to: now + elapsed * progress.speed)))
            showNew()
        } catch .offline(let reason) {
            goOffline(reason)
        } catch {
            context.print("journal error: \(error)")
        }
    }

    private func catchUp() {
        do {
            try console.catchUp()
            showNew()
        } catch .offline(let reason) {
            goOffline(reason)
        } catch {
            context.print("journal error: \(error)")
        }
    }

    /// Prints the inputs applied since the last call, then the injects they fired.
    private func showNew() {
        for entry in console.inputs[shownInputs...] { context.print(TeamLineFormat.input(entry)) }
        for entry in console.session.entries[shownEntries...] { if let line = TeamLineFormat.output(entry) { context.print(line) } }
        shownInputs = console.inputs.count
        shownEntries = console.session.entries.count
    }

    private func goOffline(_ reason: String) {
        guard isOnline else { return }
        isOnline = false
        TeamReconnect.drop(console, listener)
        lastReconnect = Date()
        context.print("journal offline: \(reason); showing the state at #\(console.position); new inputs are refused until it is back")
    }

    private func reconnect() {
        lastReconnect = Date()
        guard let new = TeamReconnect.attempt(console, listener) else { return }
        isOnline = true
        context.print("journal online again: caught up to #\(console.position) (\(new.count) new)")
        showNew()
        refreshPresence(force: true)
    }

    private func heartbeat() {
        lastHeartbeat = Date()
        do {
            try console.store.heartbeat()
            refreshPresence(force: false)
        } catch .offline(let reason) {
            goOffline(reason)
        } catch {
            context.print("journal error: \(error)")
        }
    }

    private func refreshPresence(force: Bool) {
        guard let present = try? console.store.present() else { return }
        if force || present != lastPresence { context.print(TeamLineFormat.present(present)) }
        lastPresence = present
    }

    private func leave() -> Int32 {
        listener.stop()
        console.store.leave()
        console.store.disconnect()
        context.print("left \(console.store.url.drill) at #\(console.position); report: foundry-dr drill report --journal '\(console.store.url)'")
        return ExitStatus.success
    }
}

/// Where the console's inputs arrive from other threads: typed lines (a reader thread) and the listener's
/// signals (a network thread); the console's one thread waits on it.
final class TeamMailbox: @unchecked Sendable {
    private let lock = NSLock()
    private let ready = DispatchSemaphore(value: 0)
    private var lines: [String] = []
    private var signals: [TeamListener.Signal] = []
    private var ended = false

    func post(_ signal: TeamListener.Signal) {
        lock.withLock { signals.append(signal) }
        ready.signal()
    }

    /// Reads standard input line by line on a thread of its own until it ends.
    func startReadingStandardInput() {
        let thread = Thread { [self] in
            while let line = Swift.readLine(strippingNewline: true) {
                lock.withLock { lines.append(line) }
                ready.signal()
            }
            lock.withLock { ended = true }
            ready.signal()
        }
        thread.start()
    }

    /// Waits for something (at most `seconds`) and takes everything that arrived.
    func wait(upTo seconds: Double) -> (lines: [String], signals: [TeamListener.Signal], ended: Bool) {
        _ = ready.wait(timeout: .now() + seconds)
        return lock.withLock {
            defer { lines.removeAll(); signals.removeAll() }
            return (lines, signals, ended && lines.isEmpty)
        }
    }
}
