import TermUI

/// Compact layout: one line of regions with badges, one of faults, deletions and failovers.
enum SummaryStrip {
    static func render(_ state: AppState, _ counts: SummaryCounts, in area: Rect, buffer: inout Buffer) {
        let theme = state.theme
        var regions: [Span] = [Span("Regions ", style: theme.style(.textDim))]
        for name in state.lookups.usedRegions {
            let health = RegionHealthRows.health(of: name, in: state)
            regions.append(Span("\(name) ", style: theme.style(.text)))
            regions.append(Span(RegionHealthRows.label(of: name, in: state), style: theme.style(health.role)))
            regions.append(Span("  "))
        }
        _ = buffer.put(regions, at: area.origin, maxWidth: area.width)
        let summary = "Resources \(counts.resources): \(counts.down) down, "
            + (counts.unknown == 0 ? "" : "\(counts.unknown) unknown, ") + "\(counts.degraded) degraded   deleted \(state.estate.deleted.count)   "
            + "hubs failed over \(counts.failedOver)   jobs to resubmit \(counts.jobsToResubmit)"
        buffer.put(summary, at: area.origin.down(1), style: theme.style(.textDim), maxWidth: area.width)
    }
}

/// The counts of the summary strip: a pass over every resource, so computed once per simulation change.
struct SummaryCounts: Sendable {
    var resources = 0
    var down = 0
    /// Not known, may be down (counted apart: neither down nor serving).
    var unknown = 0
    var degraded = 0
    var failedOver = 0
    var jobsToResubmit = 0

    init(_ state: AppState) {
        let snapshot = state.engine.snapshot
        resources = snapshot.count
        for resource in snapshot {
            if resource.status.state.isDown {
                down += 1
            } else if resource.status.state == .unknown {
                unknown += 1
            } else if resource.status.state != .available {
                degraded += 1
            }
        }
        failedOver = state.estate.hubs.filter { state.engine.isFailedOver(hub: $0.id) }.count
        jobsToResubmit = state.engine.jobsToResubmit.count
    }
}
