import DRDomain
import DRImport
import DRSimulation

/// Carries out `:` commands against the simulation, checking names against the estate first so a typo gets a
/// did-you-mean rather than a fault on nothing.
enum ConsoleCommands {
    static func execute(_ line: String, _ state: inout AppState) -> [Effect] {
        let command: ConsoleCommand
        switch ConsoleCommandSyntax.parse(line) {
        case .success(let parsed): command = parsed
        case .failure(let error):
            state.flash = Flash(error.message, isError: true)
            return []
        }
        if state.isReadOnly && ConsoleCommandSyntax.mutates(command) {
            state.flash = Flash("read-only: injects and actions are disabled", isError: true)
            return []
        }
        let estate = state.estate
        switch command {
        case .injectRegion(let name):
            guard let region = known(region: name, &state) else { return [] }
            inject(.regionOutage(region), &state)
        case .injectZone(let zone):
            guard estate.regions.region(ofZone: zone) != nil else {
                let zones = estate.usedRegions.flatMap { estate.regions.region(named: $0)?.zones ?? [] }
                return fail("unknown zone '\(zone)'\(Suggestion.didYouMean(zone, in: zones))", &state)
            }
            inject(.zoneOutage(zone), &state)
        case .injectService(let serviceName, let regionName):
            guard let service = AzureService(name: serviceName) else {
                let names = AzureService.allCases.map(\.rawValue)
                return fail("unknown service '\(serviceName)'\(Suggestion.didYouMean(serviceName, in: names)); services: \(names.joined(separator: ", "))", &state)
            }
            guard let region = known(region: regionName, &state) else { return [] }
            inject(.serviceOutage(service, region), &state)
        case .injectKeyVaultFailover(let id):
            let vaults = estate.keyVaults.map(\.id)
            guard vaults.contains(id) else {
                return fail("no Key Vault '\(id)'\(Suggestion.didYouMean(id, in: vaults))", &state)
            }
            inject(.keyVaultFailover(id), &state)
        case .delete(let id):
            guard let id = known(resource: id, &state) else { return [] }
            inject(.resourceDeleted(id), &state)
        case .clear(nil):
            let count = state.engine.activeFaults.count
            state.engine.clearAllFaults()
            state.flash = Flash(count == 0 ? "no active faults" : "cleared \(count) fault\(count == 1 ? "" : "s")")
        case .clear(let target?):
            let matches = state.engine.activeFaults.keys.filter {
                $0.target == target || $0.description == target || $0.target.hasPrefix(target + "@")
            }
            guard !matches.isEmpty else {
                let active = state.engine.activeFaults.keys.map(\.target)
                return fail("no active fault on '\(target)'\(Suggestion.didYouMean(target, in: active))", &state)
            }
            for fault in matches.sorted() { state.engine.clear(fault) }
            state.flash = Flash("cleared \(matches.sorted().map(\.description).joined(separator: ", "))")
        case .failover(let hub):
            guard let hub = known(hub: hub, &state) else { return [] }
            state.selectedHub = hub
            perform(.failover(hub: hub), &state)
        case .failback(let hub):
            guard let hub = known(hub: hub, &state) else { return [] }
            state.selectedHub = hub
            perform(.failback(hub: hub), &state)
        case .recover(let id):
            perform(.recover(resource: id), &state)
        case .resubmit(nil):
            let jobs = state.engine.jobsToResubmit
            guard !jobs.isEmpty else { return fail("no jobs to resubmit", &state) }
            for job in jobs { state.engine.perform(.resubmit(target: job)) }
            state.flash = Flash("resubmitted \(jobs.count) job\(jobs.count == 1 ? "" : "s"): \(jobs.joined(separator: ", "))")
        case .resubmit(let job?):
            perform(.resubmit(target: job), &state)
        case .accountFailover(let storage):
            perform(.accountFailover(storage: storage), &state)
        case .note(let text):
            state.engine.recordNote(text, by: "operator")
            state.flash = Flash("noted at T+\(Clock.format(state.engine.now))")
        case .theme(let name):
            return [.loadTheme(name)]
        case .help:
            state.showsHelp = true
            state.overlayScroll = 0
        case .quit:
            return Reducer.requestQuit(&state)
        }
        return []
    }

    private static func inject(_ fault: Fault, _ state: inout AppState) {
        state.engine.inject(fault)
        state.flash = Flash("injected: \(fault.summary) (\(fault.rule.rawValue))")
    }

    /// Performs an action and reports a refusal (which the engine also writes to the timeline).
    private static func perform(_ action: OperatorAction, _ state: inout AppState) {
        let before = state.engine.events.count
        state.engine.perform(action)
        let new = state.engine.events.dropFirst(before)
        if let refusal = new.first(where: { $0.kind == .refused }) {
            state.flash = Flash("\(action.verb) refused: \(refusal.detail)", isError: true)
        } else {
            state.flash = Flash("\(action.verb) \(action.target): under way; see the timeline and the failover pane")
        }
    }

    private static func fail(_ message: String, _ state: inout AppState) -> [Effect] {
        state.flash = Flash(message, isError: true)
        return []
    }

    private static func known(region name: String, _ state: inout AppState) -> RegionName? {
        if let region = state.estate.regions.region(named: name) ?? state.estate.regions.region(displayName: name) {
            return region.name
        }
        // The estate's own regions first, so a near miss suggests the region in use.
        let hint = Suggestion.closest(to: name, in: state.estate.usedRegions)
            ?? Suggestion.closest(to: name, in: state.estate.regions.regions.map(\.name))
        state.flash = Flash("unknown region '\(name)'\(hint.map { "; did you mean '\($0)'?" } ?? "")", isError: true)
        return nil
    }

    private static func known(resource id: String, _ state: inout AppState) -> ResourceID? {
        let ids = state.estate.allResources.map(\.id)
        if ids.contains(id) { return id }
        state.flash = Flash("no resource '\(id)'\(Suggestion.didYouMean(id, in: ids))", isError: true)
        return nil
    }

    private static func known(hub id: String, _ state: inout AppState) -> ResourceID? {
        let ids = state.estate.hubs.map(\.id)
        if ids.contains(id) { return id }
        state.flash = Flash("no hub '\(id)'\(Suggestion.didYouMean(id, in: ids))", isError: true)
        return nil
    }
}
