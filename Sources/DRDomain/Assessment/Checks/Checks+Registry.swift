import Foundation

extension AssessmentContext {
    /// R3 and R7 on registries: not Premium, not replicated to a secondary hub's region, not shared by a pair of
    /// hubs, or missing on a secondary hub whose primary has one (all warnings).
    ///
    /// A hub without a registry is not a finding by itself (Foundry creates one when an image is first built);
    /// it is when its primary has one, because the images the primary's projects use are then missing after
    /// failover.
    func registryFindings() -> [Finding] {
        notPremiumFindings() + notReplicatedFindings() + pairRegistryFindings()
    }

    private func notPremiumFindings() -> [Finding] {
        estate.containerRegistries.compactMap { registry in
            let hubs = index.hubs(using: registry.id).filter { $0.containerRegistry == registry.id }
            guard registry.sku != .premium, !hubs.isEmpty else { return nil }
            let regions = missingRegions(of: registry)
            var commands = [AzureCLI.upgradeRegistry(target(registry.id))]
            commands += regions.map { AzureCLI.createReplication(registry: target(registry.id), location: $0) }
            let replicate = regions.isEmpty ? "" : ", then replicate it to \(Self.list(regions))"
            return finding(
                .registryNotPremium, registry.id, .warning, resources: [registry.id] + hubs.map(\.id),
                message: "Container registry \(registry.id) in \(registry.region), used by "
                    + "\(Self.list(hubs.map(\.id))), is \(registry.sku.rawValue): only Premium registries "
                    + "geo-replicate, so in an outage of \(registry.region) its images are unavailable to every hub "
                    + "that uses it, and training and inference environments cannot be pulled.",
                remedy: "Upgrade it to Premium\(replicate):\n" + commands.joined(separator: "\n"))
        }
    }

    private func notReplicatedFindings() -> [Finding] {
        estate.containerRegistries.compactMap { registry in
            guard registry.sku == .premium else { return nil }
            let regions = missingRegions(of: registry)
            guard !regions.isEmpty else { return nil }
            let hubs = failoverPairs.filter {
                $0.primary.containerRegistry == registry.id && regions.contains($0.secondary.region)
            }
            let secondaries = hubs.map(\.secondary.id).uniqued()
            return finding(
                .registryNotReplicated, registry.id, .warning,
                resources: [registry.id] + (hubs.map(\.primary.id) + secondaries).uniqued(),
                message: "Container registry \(registry.id) (Premium, in \(registry.region)) has no replica in "
                    + "\(Self.list(regions)), where secondary \(secondaries.count == 1 ? "hub" : "hubs") "
                    + "\(Self.list(secondaries)) \(secondaries.count == 1 ? "runs" : "run"): in an outage of "
                    + "\(registry.region) the images are unavailable after failover. Hubs do not sync artifacts; "
                    + "a geo-replicated registry shared by both hubs is what provides them.",
                remedy: "Replicate it to the secondary \(regions.count == 1 ? "region" : "regions"):\n"
                    + regions.map { AzureCLI.createReplication(registry: target(registry.id), location: $0) }
                    .joined(separator: "\n"))
        }
    }

    /// Secondary regions of hubs using the registry that hold neither the registry nor a replica, sorted.
    private func missingRegions(of registry: ContainerRegistry) -> [RegionName] {
        let present = Set([registry.region] + registry.replicas)
        let wanted = failoverPairs.filter { $0.primary.containerRegistry == registry.id }.map(\.secondary.region)
        return Set(wanted).subtracting(present).sorted()
    }

    private func pairRegistryFindings() -> [Finding] {
        failoverPairs.compactMap { pair -> Finding? in
            let (primary, secondary) = pair
            guard let registry = primary.containerRegistry else { return nil }
            guard let own = secondary.containerRegistry else {
                return finding(
                    .secondaryHubNoRegistry, secondary.id, .warning, resources: [secondary.id, primary.id, registry],
                    message: "Secondary hub \(secondary.id) has no container registry, while its primary "
                        + "\(primary.id) uses \(registry): after failover the images of the primary's training and "
                        + "inference environments are not available to it, because hubs do not sync artifacts.",
                    remedy: "Attach the primary's registry (geo-replicated to \(secondary.region)) to the secondary "
                        + "hub:\n" + AzureCLI.attachRegistry(hub: target(secondary.id), registry: target(registry)))
            }
            guard own != registry else { return nil }
            return finding(
                .registryNotShared, secondary.id, .warning, resources: [secondary.id, primary.id, registry, own],
                message: "Secondary hub \(secondary.id) uses container registry \(own), while its primary "
                    + "\(primary.id) uses \(registry): hubs do not sync artifacts, so images pushed to \(registry) "
                    + "are missing after failover unless every build pushes to both. The guidance is one Premium "
                    + "registry, geo-replicated, shared by both hubs.",
                remedy: "Use the primary's registry for both hubs:\n"
                    + AzureCLI.attachRegistry(hub: target(secondary.id), registry: target(registry)))
        }
    }
}
