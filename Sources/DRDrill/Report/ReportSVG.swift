import DRDomain
import Foundation

/// The report's two drawings as inline SVG: the timeline (a lane per region and one for the team) and the map of
/// the estate's regions.
enum ReportSVG {
    struct Mark { var label: String; var color: String }

    /// The colour of each kind of event, and the legend under the timeline.
    static let legend: [Mark] = [
        Mark(label: "fault starts", color: "#b3261e"), Mark(label: "fault clears", color: "#1f7a4d"),
        Mark(label: "state change", color: "#d08a1c"), Mark(label: "operator action", color: "#2457c5"),
        Mark(label: "refused", color: "#6d0f0a"), Mark(label: "inject / message", color: "#5b6475"),
        Mark(label: "note", color: "#7b3fb0"), Mark(label: "facilitator", color: "#1d2433"),
    ]

    static func color(_ kind: String) -> String {
        switch kind {
        case "inject": "#b3261e"
        case "clear": "#1f7a4d"
        case "state", "preflight": "#d08a1c"
        case "action", "outcome", "step": "#2457c5"
        case "refused": "#6d0f0a"
        case "message", "fired": "#5b6475"
        case "note": "#7b3fb0"
        default: "#1d2433"
        }
    }

    // MARK: Timeline

    static func timeline(_ report: AfterActionReport) -> String {
        let lanes = report.regions.map { ($0.name, "\($0.displayName)") } + [("", "Team and facilitator")]
        let width = 1000.0, left = 150.0, right = 20.0, top = 26.0, laneHeight = 38.0
        let height = top + laneHeight * Double(lanes.count) + 10
        let end = max(report.drillEnd, report.events.map(\.at).max() ?? 0, 60)
        let plot = width - left - right
        func x(_ t: TimeInterval) -> Double { left + plot * t / end }
        var out = ["<svg viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"Timeline of the drill\" xmlns=\"http://www.w3.org/2000/svg\" font-family=\"system-ui,sans-serif\">"]
        for (i, lane) in lanes.enumerated() {
            let y = top + laneHeight * Double(i)
            out.append("<rect x=\"0\" y=\"\(f(y))\" width=\"\(Int(width))\" height=\"\(Int(laneHeight))\" fill=\"\(i % 2 == 0 ? "#f3f5f9" : "#ffffff")\"/>")
            out.append("<text x=\"8\" y=\"\(f(y + laneHeight / 2 + 4))\" font-size=\"12\" fill=\"#1d2433\">\(HTMLReportRenderer.h(lane.1))</text>")
        }
        let step = tickStep(end)
        var tick = 0.0
        while tick <= end + 0.5 {
            let tx = x(tick)
            out.append("<line x1=\"\(f(tx))\" y1=\"\(f(top - 4))\" x2=\"\(f(tx))\" y2=\"\(f(height - 10))\" stroke=\"#d9dee7\" stroke-width=\"1\"/>")
            out.append("<text x=\"\(f(tx))\" y=\"\(f(top - 8))\" font-size=\"11\" fill=\"#5b6475\" text-anchor=\"middle\">\(tickLabel(tick))</text>")
            tick += step
        }
        let laneIndex = Dictionary(lanes.enumerated().map { ($0.element.0, $0.offset) }, uniquingKeysWith: { a, _ in a })
        // Quiet kinds first so faults, actions and notes are drawn on top.
        let order = ["state", "preflight", "step", "outcome", "message", "clock", "fired", "skip", "trigger", "resumed",
                     "clear", "inject", "action", "refused", "note", "stop"]
        let sorted = report.events.sorted { (order.firstIndex(of: $0.kind) ?? 0) < (order.firstIndex(of: $1.kind) ?? 0) }
        var labelled: [Double] = []
        for event in sorted {
            let lane = laneIndex[event.region ?? ""] ?? lanes.count - 1
            let cy = top + laneHeight * Double(lane) + laneHeight / 2
            let cx = x(event.at)
            let title = "<title>T+\(ReportTime.offset(event.at)) \(HTMLReportRenderer.h(event.kind)) \(HTMLReportRenderer.h(event.target)): \(HTMLReportRenderer.h(event.detail))</title>"
            let fill = color(event.kind)
            switch event.kind {
            case "state", "preflight", "step", "outcome":
                out.append("<circle cx=\"\(f(cx))\" cy=\"\(f(cy + 8))\" r=\"2.5\" fill=\"\(fill)\" opacity=\"0.7\">\(title)</circle>")
            case "inject", "clear":
                out.append("<path d=\"M\(f(cx)) \(f(cy - 9)) L\(f(cx + 7)) \(f(cy + 4)) L\(f(cx - 7)) \(f(cy + 4)) Z\" fill=\"\(fill)\">\(title)</path>")
            case "action", "refused":
                out.append("<rect x=\"\(f(cx - 5))\" y=\"\(f(cy - 5))\" width=\"10\" height=\"10\" fill=\"\(fill)\">\(title)</rect>")
            case "note":
                out.append("<circle cx=\"\(f(cx))\" cy=\"\(f(cy + 6))\" r=\"5\" fill=\"\(fill)\">\(title)</circle>")
            case "fired":
                out.append("<path d=\"M\(f(cx)) \(f(cy - 12)) L\(f(cx + 6)) \(f(cy - 6)) L\(f(cx)) \(f(cy)) L\(f(cx - 6)) \(f(cy - 6)) Z\" fill=\"\(fill)\">\(title)</path>")
                if !labelled.contains(where: { abs($0 - cx) < 70 }) {
                    labelled.append(cx)
                    // Labels near the right edge go to the left of their marker, so none is cut off.
                    let leftward = cx > width - right - 80
                    out.append("<text x=\"\(f(leftward ? cx - 8 : cx + 8))\" y=\"\(f(cy - 4))\" font-size=\"10\" fill=\"#1d2433\"\(leftward ? " text-anchor=\"end\"" : "")>\(HTMLReportRenderer.h(event.target))</text>")
                }
            default:
                out.append("<rect x=\"\(f(cx - 3))\" y=\"\(f(cy + 3))\" width=\"6\" height=\"6\" fill=\"\(fill)\" opacity=\"0.8\">\(title)</rect>")
            }
        }
        out.append("</svg>")
        return out.joined(separator: "\n")
    }

    static func tickStep(_ end: TimeInterval) -> TimeInterval {
        let steps: [TimeInterval] = [60, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400]
        return steps.first { end / $0 <= 12 } ?? 86400 * (end / 86400 / 12).rounded(.up)
    }

    static func tickLabel(_ t: TimeInterval) -> String {
        let minutes = Int(t) / 60
        if minutes == 0 { return "T+0" }
        if minutes % 60 == 0 { return "T+\(minutes / 60)h" }
        return minutes >= 60 ? "T+\(minutes / 60)h\(String(format: "%02d", minutes % 60))" : "T+\(minutes)m"
    }

    // MARK: Map

    /// Whether there is land at a longitude and latitude (the console's world map lends its mask).
    typealias LandLookup = @Sendable (_ longitude: Double, _ latitude: Double) -> Bool

    static func map(_ report: AfterActionReport, land: LandLookup?) -> String {
        let placed = report.regions.compactMap { region -> (AfterActionReport.RegionMark, Double, Double)? in
            guard let lat = region.latitude, let lon = region.longitude else { return nil }
            return (region, lat, lon)
        }
        let width = 480.0, height = 300.0
        let lats = placed.map(\.1), lons = placed.map(\.2)
        guard let lowLat = lats.min(), let highLat = lats.max(), let lowLon = lons.min(), let highLon = lons.max() else {
            return "<p>The estate's regions have no coordinates in the region catalog.</p>"
        }
        // The regions with a margin around them (a continent's worth for a pair of regions).
        var minLon = lowLon - 30, maxLon = highLon + 30
        var minLat = lowLat - 16, maxLat = highLat + 16
        // Keep degrees square: widen the narrower side.
        let scale = min(width / (maxLon - minLon), height / (maxLat - minLat))
        let padLon = (width / scale - (maxLon - minLon)) / 2, padLat = (height / scale - (maxLat - minLat)) / 2
        minLon -= padLon; maxLon += padLon; minLat -= padLat; maxLat += padLat
        func x(_ lon: Double) -> Double { (lon - minLon) * scale }
        func y(_ lat: Double) -> Double { (maxLat - lat) * scale }
        var out = ["<svg viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"Map of the estate's regions\" xmlns=\"http://www.w3.org/2000/svg\" font-family=\"system-ui,sans-serif\">",
                   "<rect width=\"\(Int(width))\" height=\"\(Int(height))\" fill=\"#eaf1fb\" rx=\"6\"/>"]
        if let land {
            // Land as one-degree cells, merged into runs along each parallel.
            for lat in stride(from: maxLat.rounded(.down), to: minLat - 1, by: -1) {
                var runStart: Double?
                for lon in stride(from: minLon.rounded(.down), through: maxLon + 1, by: 1) {
                    let isLand = lon <= maxLon && land(lon + 0.5, lat - 0.5)
                    if isLand, runStart == nil { runStart = lon }
                    if !isLand, let start = runStart {
                        out.append("<rect x=\"\(f(x(start)))\" y=\"\(f(y(lat)))\" width=\"\(f((lon - start) * scale + 0.3))\" height=\"\(f(scale + 0.3))\" fill=\"#d6dde6\"/>")
                        runStart = nil
                    }
                }
            }
        }
        for lon in stride(from: (minLon / 10).rounded(.up) * 10, through: maxLon, by: 10) {
            out.append("<line x1=\"\(f(x(lon)))\" y1=\"0\" x2=\"\(f(x(lon)))\" y2=\"\(Int(height))\" stroke=\"#d3deef\"/>")
        }
        for lat in stride(from: (minLat / 10).rounded(.up) * 10, through: maxLat, by: 10) {
            out.append("<line x1=\"0\" y1=\"\(f(y(lat)))\" x2=\"\(Int(width))\" y2=\"\(f(y(lat)))\" stroke=\"#d3deef\"/>")
        }
        let byName = Dictionary(placed.map { ($0.0.name, ($0.1, $0.2)) }, uniquingKeysWith: { a, _ in a })
        for (region, lat, lon) in placed {
            guard let pair = region.pair, region.name < pair, let other = byName[pair] else { continue }
            out.append("<line x1=\"\(f(x(lon)))\" y1=\"\(f(y(lat)))\" x2=\"\(f(x(other.1)))\" y2=\"\(f(y(other.0)))\" stroke=\"#5b6475\" stroke-dasharray=\"5 4\"><title>paired regions</title></line>")
        }
        for (region, lat, lon) in placed {
            let fill = region.wasHit ? "#b3261e" : "#1f7a4d"
            out.append("<circle cx=\"\(f(x(lon)))\" cy=\"\(f(y(lat)))\" r=\"7\" fill=\"\(fill)\" stroke=\"#fff\" stroke-width=\"2\"><title>\(HTMLReportRenderer.h(region.name))\(region.wasHit ? ": hit by a fault in the drill" : "")</title></circle>")
            out.append("<text x=\"\(f(x(lon) + 11))\" y=\"\(f(y(lat) + 4))\" font-size=\"12\" fill=\"#1d2433\">\(HTMLReportRenderer.h(region.displayName))\(region.wasHit ? " (hit)" : "")</text>")
        }
        out.append("</svg>")
        return out.joined(separator: "\n")
    }

    private static func f(_ value: Double) -> String { String(format: "%.1f", value) }
}
