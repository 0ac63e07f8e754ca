import DRDrill
import DRSimulation
import Foundation

/// One console's view of a team drill: the drill rebuilt from the shared journal's inputs in the server's
/// order, kept up to date by catching up after each notification, and the way its own inputs are submitted
/// (checked against the role, claimed on a hub, committed, then applied in the server's order like everyone
/// else's). Nothing is queued: an input the server does not take is refused with the reason.
public final class TeamConsole {
    public let store: PostgresJournalStore
    public private(set) var session: DrillSession
    /// The inputs applied so far, in the server's order (`sequence` is the server's position).
    public private(set) var inputs: [JournalEntry]

    /// The last position applied.
    public var position: Int { inputs.last?.sequence ?? 0 }
    public var participant: TeamParticipant? { store.participant }

    /// Starts a new team drill (the store's participant, a facilitator, creates it) and joins it.
    public static func start(store: PostgresJournalStore, setup: DrillSetup, now: Date = Date()) throws -> TeamConsole {
        let (estate, scenario) = try DrillSession.decode(setup)
        var started = DrillSession(setup: setup, estate: estate, scenario: scenario).entries[0]
        started.wallTime = now
        try store.create(started: started)
        return try join(store: store)
    }

    /// Joins an existing team drill: records the participant and replays every input so far.
    public static func join(store: PostgresJournalStore) throws -> TeamConsole {
        try store.join()
        let inputs = try store.entries()
        return TeamConsole(store: store, session: try DrillSession.play(inputs: inputs), inputs: inputs)
    }

    private init(store: PostgresJournalStore, session: DrillSession, inputs: [JournalEntry]) {
        self.store = store
        self.session = session
        self.inputs = inputs
    }

    /// Applies the inputs committed since the last catch-up; returns them (empty when up to date).
    @discardableResult
    public func catchUp() throws(TeamJournalError) -> [JournalEntry] {
        let new = try store.entries(after: position)
        for entry in new {
            session.play(entry)
            inputs.append(entry)
        }
        return new
    }

    /// Submits an input: refused at once when the role does not allow it, else committed (with a claim on the
    /// hub it acts on, so two failovers of one hub cannot both win) and then applied with everything committed
    /// before it. Returns the inputs applied by the catch-up, this one among them.
    @discardableResult
    public func submit(_ body: JournalBody, now: Date = Date()) throws(TeamJournalError) -> [JournalEntry] {
        guard let participant = store.participant else { throw .refused("this journal was opened to read") }
        if let refusal = participant.role.refusal(kind: body.kind) {
            throw .refused("\(participant.name) is \(participant.role.withArticle): \(refusal)")
        }
        var applied = try catchUp()
        if let done = alreadyDone(body) { throw .conflict(done) }
        let entry = JournalEntry(
            id: UUID().uuidString.lowercased(), sequence: 0, drillTime: session.engine.now, wallTime: now, body: body)
        try store.append([entry], claims: [claim(for: body)])
        // Committed: a failure to read it back now is caught up later (the listener says when the link is lost).
        applied += (try? catchUp()) ?? []
        return applied
    }

    /// Who already did this failover or failback, when the last act on its hub was the same one.
    func alreadyDone(_ body: JournalBody) -> String? {
        guard let hub = Self.hub(actedOnBy: body),
              let last = inputs.last(where: { Self.hub(actedOnBy: $0.body) == hub }), last.body == body,
              case .operator(.perform(let action)) = body else { return nil }
        let time = last.wallTime.map { TeamConsole.clockTime.string(from: $0) + " UTC" } ?? "an unknown time"
        return "\(last.author ?? "someone") already did \(action) at \(time) (entry #\(last.sequence)); yours was not applied"
    }

    /// `HH:mm:ss` in UTC, as the server words a conflict.
    static let clockTime: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "HH:mm:ss"
        return formatter
    }()

    /// The claim an input makes: `hub:NAME:N` for the N-th failover or failback of a hub in this console's view.
    /// Two operators failing over the same hub from the same view make the same claim; the server takes the first.
    func claim(for body: JournalBody) -> String? {
        guard let hub = Self.hub(actedOnBy: body) else { return nil }
        let before = inputs.filter { Self.hub(actedOnBy: $0.body) == hub }.count
        return "hub:\(hub):\(before)"
    }

    /// The hub a failover or failback acts on.
    static func hub(actedOnBy body: JournalBody) -> String? {
        guard case .operator(.perform(let text)) = body, let action = try? SimulationInput.parseAction(text).action else {
            return nil
        }
        switch action {
        case .failover(let hub), .failback(let hub): return hub
        default: return nil
        }
    }
}
