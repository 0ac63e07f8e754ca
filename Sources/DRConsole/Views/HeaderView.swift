import DRDomain
import TermUI

/// The always-visible top line: mode banner, estate, clock, active faults.
enum HeaderView {
    static func render(_ state: AppState, in area: Rect, buffer: inout Buffer) {
        let theme = state.theme
        buffer.fill(area, style: theme.style(.statusBar))
        var spans: [Span] = []
        if state.live != nil || state.mode == .liveData {
            spans.append(Span(ConsoleMode.liveData.banner, style: theme.style(.bannerLive)))
            let active = state.live?.snapshot.serviceEvents.filter(\.isActive).count ?? 0
            spans.append(Span(" \(active) active event\(active == 1 ? "" : "s") ", style: theme.style(.statusBar)))
        }
        // Live data alone shows only its banner; simulated faults on top of it add the simulation banner, so a
        // what-if is never mistaken for the real state.
        if state.mode != .liveData || !state.engine.activeFaults.isEmpty {
            let mode = state.mode == .liveData ? ConsoleMode.simulation : state.mode
            let role: ThemeRole = mode == .drill ? .bannerDrill : .bannerSimulation
            spans.append(Span(mode.banner, style: theme.style(role)))
        }
        if state.isReadOnly { spans.append(Span(" READ-ONLY ", style: theme.style(.statusReadOnly).adding(.reverse))) }
        if state.journalProblem != nil {
            spans.append(Span(" JOURNAL NOT SAVED ", style: theme.style(.flashError).adding(.reverse)))
        } else if state.journalPath != nil {
            spans.append(Span(" REC ", style: theme.style(.statusBarKey)))
        }
        spans.append(Span(" \(state.estate.name) ", style: theme.style(.statusBar).adding(.bold)))
        if let scenario = state.scenarioName { spans.append(Span("scenario \(scenario) ", style: theme.style(.statusBar))) }
        let clock = "T+\(Clock.format(state.engine.now)) \(Timestamp.format(state.wallClock)) \(state.isPlaying ? "RUN" : "PAUSED")\(state.speed == 1 ? "" : " x\(Int(state.speed))") "
        spans.append(Span(clock, style: theme.style(.statusBarKey)))
        let faults = state.activeFaultNames
        let noun = state.live == nil ? "faults" : "simulated faults"
        let faultText = faults.isEmpty ? "no \(state.live == nil ? "active faults" : noun)" : "\(noun)(\(faults.count)): " + faults.joined(separator: " ")
        spans.append(Span(faultText, style: faults.isEmpty ? theme.style(.statusBar) : theme.style(.statusDown)))
        _ = buffer.put(spans, at: area.origin, maxWidth: area.width)
    }
}
