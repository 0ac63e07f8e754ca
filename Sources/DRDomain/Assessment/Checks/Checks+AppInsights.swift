import Foundation

extension AssessmentContext {
    /// R3: a hub without Application Insights in its own region (warning, one per hub). The seed (line 105) says
    /// to create it for the hub in both regions: every hub, primary or secondary, needs its own.
    func appInsightsFindings() -> [Finding] {
        let pairs = failoverPairs
        return estate.hubs.compactMap { hub in
            let partners = pairs.filter { $0.secondary.id == hub.id }.map(\.primary.id)
                + pairs.filter { $0.primary.id == hub.id }.map(\.secondary.id)
            let component = hub.appInsights.flatMap { id in estate.appInsights.first { $0.id == id } }
            if let component, component.region == hub.region { return nil }
            let state = component.map { "uses Application Insights \($0.id) in \($0.region)" }
                ?? "has no Application Insights"
            let name = "appi-\(hub.id)"
            return finding(
                .hubNoAppInsights, hub.id, .warning,
                resources: [hub.id] + (component.map { [$0.id] } ?? []) + partners.uniqued(),
                message: "Hub \(hub.id) in \(hub.region) \(state): its monitoring is lost with a region's outage. "
                    + "Application Insights is regional and is not replicated; the guidance is one for the hub in "
                    + "each region.",
                remedy: "Create Application Insights in \(hub.region) and attach it to the hub:\n"
                    + AzureCLI.createAppInsights(targets.beside(hub.id, name: name), location: hub.region) + "\n"
                    + AzureCLI.attachAppInsights(hub: target(hub.id), component: targets.beside(hub.id, name: name)))
        }
    }
}
