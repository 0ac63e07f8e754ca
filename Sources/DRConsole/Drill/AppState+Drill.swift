import DRDomain
import DRDrill
import DRSimulation
import Foundation

extension AppState {
    /// Applies an input through the drill progress, keeping the entries it made for the runtime to commit before
    /// the screen shows them. Does nothing without a drill (callers change the engine directly then).
    mutating func play(_ body: JournalBody) {
        guard var progress = drill else { return }
        pendingJournal += progress.apply(body, to: &engine)
        isPlaying = progress.isPlaying
        speed = progress.speed
        drill = progress
    }

    /// Journals what live health says now (incident mode), when a journal is open.
    mutating func recordLiveHealth(_ live: LiveHealth) {
        guard var progress = drill else { return }
        let snapshot = live.snapshot
        let record = LiveRecord(
            activeEvents: snapshot.serviceEvents.filter(\.isActive).map { "\($0.trackingID): \($0.title ?? "")" },
            resourcesNotAvailable: snapshot.resourceStatuses.filter { $0.state != .available }
                .map { "\(live.name(of: $0)): \($0.stateText)" })
        pendingJournal += progress.record(.live(record), at: engine.now)
        drill = progress
    }

    /// Applies an operator's input: through the drill (journaled) when there is one, else to the engine.
    mutating func operate(_ input: OperatorInput) {
        if drill != nil { play(.operator(input)) } else { input.apply(to: &engine) }
    }

    /// Takes the entries made since the last call.
    mutating func takePendingJournal() -> [JournalEntry] {
        defer { pendingJournal.removeAll() }
        return pendingJournal
    }

    /// The resource selected in the focused pane: the row's resource (replication, soft delete, x-ray rows
    /// `N:ID`) or the target of the selected timeline event; nil when the row is about no resource.
    /// Rows are built afresh (a note is rare; the render side's memo is not the state's to hold).
    var selectedResource: ResourceID? {
        let rows = PaneTables().visibleRows(focus, self)
        guard let index = selection(focus, in: rows).selection, rows.indices.contains(index) else { return nil }
        let id = rows[index].id
        var candidates = [id]
        if let colon = id.firstIndex(of: ":") {
            let rest = String(id[id.index(after: colon)...])
            candidates.append(rest)
            if id.hasPrefix("event:"), let n = Int(rest), engine.events.indices.contains(n) {
                candidates.append(engine.events[n].target)
            }
        }
        return candidates.first { lookups.summary(of: $0) != nil }
    }

    /// Writes a note in the timeline: tagged and stamped with the active inject and the selected resource, and
    /// journaled when a journal is open.
    mutating func writeNote(_ text: String) {
        guard let note = DrillNote.parse(text, inject: drill?.activeInject, resource: selectedResource) else {
            flash = Flash("usage: :note [TODO|DECISION|ACTION|OBSERVATION] TEXT [@owner]", isError: true)
            return
        }
        if drill != nil {
            play(.note(note))
        } else {
            engine.recordNote(note.line, by: note.owner.map { "@" + $0 } ?? "operator")
        }
        flash = Flash("\(note.tag == .note ? "noted" : note.tag.rawValue.lowercased() + " noted") at T+\(Clock.format(engine.now))"
            + (note.resource.map { " on \($0)" } ?? ""))
    }
}

/// The facilitator's keys: clock speed, stepping to the next inject, triggering or skipping it, the overlay of
/// what is coming, and a note on the selected row.
enum DrillControls {
    /// The speeds the speed key cycles through.
    static let speeds: [Double] = [1, 10, 60]

    /// Applies a facilitator intent; false when the intent is not one.
    static func apply(_ intent: Intent, _ state: inout AppState) -> Bool {
        switch intent {
        case .cycleSpeed:
            let next = speeds.first { $0 > state.speed } ?? speeds[0]
            if state.drill != nil { state.play(.clock(.speed(next))) } else { state.speed = next }
            state.flash = Flash("clock speed x\(Int(next))")
        case .noteRow:
            state.input = .command("note ")
        case .toggleFacilitator:
            guard state.drill?.scenario != nil else { return noDrill(&state) }
            state.showsFacilitator.toggle()
            state.overlayScroll = 0
        case .stepInject, .triggerInject, .skipInject:
            guard let next = state.drill?.comingInjects.first else {
                return state.drill?.scenario == nil ? noDrill(&state) : done(Flash("no inject left to come"), &state)
            }
            if state.isReadOnly && intent != .stepInject {
                return done(Flash("read-only: injects are disabled", isError: true), &state)
            }
            let before = state.engine.events.count
            switch intent {
            case .stepInject:
                state.play(.clock(.step(to: next.at)))
                state.flash = Flash("stepped to inject \(next.id) at T+\(Clock.format(next.at))")
            case .triggerInject:
                state.play(.injectControl(.trigger(next.id)))
                state.flash = Flash("triggered inject \(next.id) now")
            default:
                state.play(.injectControl(.skip(next.id)))
                state.flash = Flash("skipped inject \(next.id)")
            }
            // The inject's message to the players follows on the message line (the banner shows the time).
            if let message = state.engine.events.dropFirst(before).last(where: { $0.kind == .message }) {
                let verb = intent == .stepInject ? "stepped to" : intent == .triggerInject ? "triggered" : "skipped"
                state.flash = Flash("\(verb) inject \(next.id): \(message.detail)")
            }
        default:
            return false
        }
        return true
    }

    /// Moves the clock in drill mode: time passed, or a jump to the next scheduled event or inject.
    static func advance(to time: TimeInterval, _ state: inout AppState) {
        let before = state.engine.now
        state.play(.clock(.advance(to: time)))
        if let end = state.drill?.endTime, before < end, state.engine.now >= end {
            state.flash = Flash("the drill reached its end at T+\(Clock.format(end)); q quits, `foundry-dr drill report` writes the report")
        }
    }

    /// The next moment something happens: the engine's next event or the next inject, whichever is first.
    static func nextEventTime(_ state: AppState) -> TimeInterval? {
        [state.engine.nextEventTime, state.drill?.comingInjects.first?.at].compactMap { $0 }.min()
    }

    private static func noDrill(_ state: inout AppState) -> Bool {
        done(Flash("no drill is running: start one with `foundry-dr drill start --scenario NAME`", isError: true), &state)
    }

    private static func done(_ flash: Flash, _ state: inout AppState) -> Bool {
        state.flash = flash
        return true
    }
}
