import Foundation

extension AssessmentContext {
    /// R3: a secondary hub without Application Insights in its own region (warning, one per secondary hub).
    func appInsightsFindings() -> [Finding] {
        let pairs = failoverPairs
        let secondaries = pairs.map(\.secondary).uniqued()
        return secondaries.compactMap { secondary in
            let primaries = pairs.filter { $0.secondary.id == secondary.id }.map(\.primary.id)
            let component = secondary.appInsights.flatMap { id in estate.appInsights.first { $0.id == id } }
            if let component, component.region == secondary.region { return nil }
            let state = component.map { "uses Application Insights \($0.id) in \($0.region)" }
                ?? "has no Application Insights"
            let name = "appi-\(secondary.id)"
            return finding(
                .secondaryNoAppInsights, secondary.id, .warning,
                resources: [secondary.id] + (component.map { [$0.id] } ?? []) + primaries,
                message: "Secondary hub \(secondary.id) in \(secondary.region) \(state): monitoring is lost with its "
                    + "region's outage or missing after failover. Application Insights is regional and is not "
                    + "replicated; the guidance is one for the hub in each region.",
                remedy: "Create Application Insights in \(secondary.region) and attach it to the hub:\n"
                    + AzureCLI.createAppInsights(targets.beside(secondary.id, name: name), location: secondary.region)
                    + "\n"
                    + AzureCLI.attachAppInsights(
                        hub: target(secondary.id), component: targets.beside(secondary.id, name: name)))
        }
    }
}
