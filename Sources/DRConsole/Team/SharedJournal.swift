import DRDrill

/// A journal shared by a team (PostgreSQL): the console submits its inputs to it instead of writing a file, and
/// learns of everyone's inputs from it. The shared journal owns the drill: what the console shows is always the
/// drill it answers, rebuilt from the inputs in the server's order.
public protocol SharedJournal: AnyObject {
    /// Submits the inputs among `entries` in order (outputs are computed, never written), stopping at the first
    /// one refused; answers the drill as the journal has it afterwards, with the refusal as the message.
    func submit(_ entries: [JournalEntry]) -> TeamUpdate
    /// Called on each turn of the console's loop: what changed since the last call (others' inputs, who is here,
    /// the link going down or coming back), or nil when nothing did. Never blocks for long.
    func poll() -> TeamUpdate?
}

/// The shared drill as a console should show it now.
public struct TeamUpdate: Sendable, Hashable {
    /// The drill rebuilt from every input applied, in the server's order.
    public var session: DrillSession
    /// Who is here, each as `name (role)`.
    public var present: [String]
    /// Whether the journal can be reached.
    public var isOnline: Bool
    /// A refusal, a conflict or a change of the link, for the message line.
    public var message: Flash?

    public init(session: DrillSession, present: [String], isOnline: Bool, message: Flash? = nil) {
        self.session = session
        self.present = present
        self.isOnline = isOnline
        self.message = message
    }

    /// How many entries the drill holds: with the journal, the simulation is deterministic from the ordered
    /// inputs, so two updates of one drill with as many entries hold the same drill.
    private var reach: Int { session.entries.count }

    public static func == (lhs: TeamUpdate, rhs: TeamUpdate) -> Bool {
        lhs.reach == rhs.reach && lhs.present == rhs.present && lhs.isOnline == rhs.isOnline && lhs.message == rhs.message
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(reach)
        hasher.combine(present)
        hasher.combine(isOnline)
        hasher.combine(message)
    }
}

/// This console's seat at a team drill: who it is, who else is here, and whether the journal is reachable.
public struct TeamSeat: Sendable, Hashable {
    /// The participant's name (`--as`).
    public var name: String
    /// The participant's role (facilitator, operator, scribe, observer).
    public var role: String
    /// The drill's name in the journal.
    public var drill: String
    /// Who is here, each as `name (role)`.
    public var present: [String] = []
    public var isOnline = true
    /// Who caused each of the engine's events (parallel to `engine.events`; nil where unknown).
    public var eventAuthors: [String?] = []

    public init(name: String, role: String, drill: String) {
        self.name = name
        self.role = role
        self.drill = drill
    }

    /// Only the facilitator's console moves the shared clock; the others follow the journal's.
    public var movesClock: Bool { role == "facilitator" }
}
