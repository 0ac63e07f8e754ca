import DRDomain
import TermUI

/// The always-visible top line: mode banner, estate, clock, active faults.
enum HeaderView {
    static func render(_ state: AppState, in area: Rect, buffer: inout Buffer) {
        let theme = state.theme
        buffer.fill(area, style: theme.style(.statusBar))
        let bannerRole: ThemeRole = switch state.mode {
        case .simulation: .bannerSimulation
        case .drill: .bannerDrill
        case .liveData: .bannerLive
        }
        var spans: [Span] = [Span(state.mode.banner, style: theme.style(bannerRole))]
        if state.isReadOnly { spans.append(Span(" READ-ONLY ", style: theme.style(.statusReadOnly).adding(.reverse))) }
        spans.append(Span(" \(state.estate.name) ", style: theme.style(.statusBar).adding(.bold)))
        if let scenario = state.scenarioName { spans.append(Span("scenario \(scenario) ", style: theme.style(.statusBar))) }
        let clock = "T+\(Clock.format(state.engine.now)) \(Timestamp.format(state.wallClock)) \(state.isPlaying ? "RUN" : "PAUSED")\(state.speed == 1 ? "" : " x\(Int(state.speed))") "
        spans.append(Span(clock, style: theme.style(.statusBarKey)))
        let faults = state.activeFaultNames
        let faultText = faults.isEmpty ? "no active faults" : "faults(\(faults.count)): " + faults.joined(separator: " ")
        spans.append(Span(faultText, style: faults.isEmpty ? theme.style(.statusBar) : theme.style(.statusDown)))
        _ = buffer.put(spans, at: area.origin, maxWidth: area.width)
    }
}
