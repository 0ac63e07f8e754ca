import DRDomain
import TermUI

/// The always-visible top line. Mode, clock, run state and fault count come first and stay; the estate,
/// scenario, wall time and fault names follow, shortened and then dropped as the screen narrows.
enum HeaderView {
    /// One part of the header: its text, a shorter form, and how much it matters (0 is never dropped).
    struct Segment {
        var text: String
        var short: String?
        var priority: Int
        var style: Style
    }

    static func render(_ state: AppState, in area: Rect, buffer: inout Buffer) {
        buffer.fill(area, style: state.theme.style(.statusBar))
        _ = buffer.put(fit(segments(state), width: area.width).map { Span($0.text, style: $0.style) },
                       at: area.origin, maxWidth: area.width)
    }

    /// The segments in display order.
    static func segments(_ state: AppState) -> [Segment] {
        let theme = state.theme
        let bar = theme.style(.statusBar)
        var out: [Segment] = []
        if state.live != nil || state.mode == .liveData {
            out.append(Segment(text: ConsoleMode.liveData.banner, short: " LIVE ", priority: 0, style: theme.style(.bannerLive)))
            let active = state.live?.snapshot.serviceEvents.filter(\.isActive).count ?? 0
            out.append(Segment(text: " \(active) active event\(active == 1 ? "" : "s") ", short: " \(active) ev ",
                               priority: 2, style: bar))
        }
        // Live data alone shows only its banner; simulated faults on top of it add the simulation banner, so a
        // what-if is never mistaken for the real state.
        if state.mode != .liveData || !state.engine.activeFaults.isEmpty {
            let mode = state.mode == .liveData ? ConsoleMode.simulation : state.mode
            let role: ThemeRole = mode == .drill ? .bannerDrill : .bannerSimulation
            out.append(Segment(text: mode.banner, short: mode == .drill ? " DRILL " : " SIM ", priority: 0,
                               style: theme.style(role)))
        }
        if state.isReadOnly {
            out.append(Segment(text: " READ-ONLY ", short: " RO ", priority: 1, style: theme.style(.statusReadOnly).adding(.reverse)))
        }
        if let team = state.team {
            out.append(Segment(text: team.headerText, short: team.isOnline ? " TEAM \(team.name) " : " JOURNAL OFFLINE ", priority: team.isOnline ? 1 : 0,
                               style: team.isOnline ? theme.style(.statusBarKey) : theme.style(.flashError).adding(.reverse)))
        }
        if state.journalProblem != nil {
            out.append(Segment(text: " JOURNAL NOT SAVED ", short: " NOT SAVED ", priority: 0,
                               style: theme.style(.flashError).adding(.reverse)))
        } else if state.journalPath != nil, state.team?.isOnline ?? true {
            // Nothing is recorded while the team journal is offline, so REC would say the opposite of the truth.
            out.append(Segment(text: " REC ", priority: 2, style: theme.style(.statusBarKey)))
        }
        let clockStyle = theme.style(.statusBarKey)
        out.append(Segment(text: " T+\(Clock.format(state.engine.now))", priority: 0, style: clockStyle))
        out.append(Segment(text: " \(state.isPlaying ? "RUN" : "PAUSED")\(state.speed == 1 ? "" : " x\(Int(state.speed))") ",
                           priority: 0, style: clockStyle))
        let faults = state.activeFaultNames
        let noun = state.live == nil ? "faults" : "simulated faults"
        let faultStyle = faults.isEmpty ? bar : theme.style(.statusDown)
        out.append(Segment(text: faults.isEmpty ? " no \(state.live == nil ? "active faults" : noun) " : " \(noun)(\(faults.count)) ",
                           short: faults.isEmpty ? " 0 faults " : " \(faults.count) fault\(faults.count == 1 ? "" : "s") ",
                           priority: 0, style: faultStyle))
        out.append(Segment(text: " \(state.estate.name) ", short: " \(state.estate.name.truncated(toWidth: 12)) ",
                           priority: 3, style: bar.adding(.bold)))
        if let scenario = state.scenarioName {
            out.append(Segment(text: " scenario \(scenario) ", short: " \(scenario.truncated(toWidth: 16)) ", priority: 4, style: bar))
        }
        out.append(Segment(text: " \(Timestamp.format(state.wallClock)) ", priority: 5, style: clockStyle))
        if !faults.isEmpty {
            out.append(Segment(text: " " + faults.joined(separator: " "), priority: 6, style: faultStyle))
        }
        return out
    }

    /// The segments that fit in `width`: from the least important up, each takes its short form, and is dropped
    /// when that is not enough; the essentials (priority 0) are only ever shortened.
    static func fit(_ segments: [Segment], width: Int) -> [Segment] {
        var kept = segments
        var dropped = Set<Int>()
        func used() -> Int { kept.indices.filter { !dropped.contains($0) }.reduce(0) { $0 + kept[$1].text.displayWidth } }
        for index in kept.indices.sorted(by: { kept[$0].priority > kept[$1].priority }) where used() > width {
            if let short = kept[index].short { kept[index].text = short }
            if used() > width, kept[index].priority > 0 { dropped.insert(index) }
        }
        return kept.indices.filter { !dropped.contains($0) }.map { kept[$0] }
    }
}
