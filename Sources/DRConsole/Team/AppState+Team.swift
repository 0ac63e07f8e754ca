import DRDrill
import DRSimulation
import TermUI

extension AppState {
    /// Shows the shared drill as the journal has it: the engine and the drill's progress are replaced by the
    /// ones rebuilt from the server's order (what this console played ahead of the server is dropped when the
    /// server did not take it), with who caused each event, who is here and whether the journal is reachable.
    mutating func applyTeam(_ update: TeamUpdate) {
        guard var seat = team else { return }
        let before = engine.events.count
        engine = update.session.engine
        drill = update.session.progress
        isPlaying = update.session.progress.isPlaying
        speed = update.session.progress.speed
        seat.eventAuthors = Self.authors(of: update.session)
        let joinedOrLeft = seat.present != update.present
        seat.present = update.present
        seat.isOnline = update.isOnline
        team = seat
        if let message = update.message {
            flash = message
        } else if engine.events.count > before, let message = JumpGuard.message(in: engine.events.dropFirst(before)) {
            flash = Flash(message)
        } else if joinedOrLeft {
            flash = Flash(TeamSeat.whoIsHere(update.present))
        }
    }

    /// The author of each engine event: the drill journals every event once, in the engine's order, as an
    /// `event` entry carrying the author of the input that caused it.
    static func authors(of session: DrillSession) -> [String?] {
        let authors = session.entries.compactMap { entry -> String?? in
            if case .event = entry.body { return .some(entry.author) } else { return nil }
        }
        return authors.count == session.engine.events.count ? authors : []
    }
}

extension TeamSeat {
    /// `who is here: fac (facilitator), op1 (operator)`.
    static func whoIsHere(_ present: [String]) -> String {
        "who is here: " + (present.isEmpty ? "nobody else" : present.joined(separator: ", "))
    }

    /// The header's words: `TEAM op1 (operator) 3 here`, or the journal being offline.
    var headerText: String {
        " TEAM \(name) (\(role)) \(present.count) here " + (isOnline ? "" : "JOURNAL OFFLINE ")
    }
}

extension TeamSeat {
    /// Whether a timeline row names who caused it: what someone did (a fault, a clear, an action, a refusal, a
    /// note), not what followed from it (state changes, steps, messages), which the detail view attributes.
    static func namesAuthor(_ kind: SimulationEventKind) -> Bool {
        switch kind {
        case .inject, .clear, .action, .refused, .note: true
        default: false
        }
    }

    /// ` (by op1)` after a timeline event caused by op1's input, as the report words it; empty when unknown.
    func byline(ofEvent index: Int) -> String {
        guard eventAuthors.indices.contains(index), let author = eventAuthors[index] else { return "" }
        return " (by \(author))"
    }
}

extension AppState {
    /// The state of a console joining a team drill: the drill as the journal has it, the seat in the header, and
    /// read-only for an observer.
    public static func joining(
        _ update: TeamUpdate, seat: TeamSeat, theme: Theme = .plain, themeNames: [String] = [],
        size: Size = Size(width: 80, height: 24)
    ) -> AppState {
        let session = update.session
        let scenario = session.progress.scenario
        var state = AppState(
            estate: session.estate, engine: session.engine, mode: scenario == nil ? .simulation : .drill,
            isReadOnly: seat.role == "observer", theme: theme, themeNames: themeNames, size: size,
            now: session.progress.setup.clockOrigin)
        state.scenarioName = scenario?.name
        state.team = seat
        state.applyTeam(update)
        state.flash = update.message ?? Flash("joined \(seat.drill) as \(seat.name) (\(seat.role)); \(TeamSeat.whoIsHere(update.present))")
        return state
    }
}
