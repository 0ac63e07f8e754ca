import DRDomain

/// What one argument of a command may be. Each slot has one validator against the estate (used by the
/// console's `:` line, `simulate --inject/--action` and scenario files alike) and one list of completions.
public enum ArgumentSlot: Sendable, Hashable {
    /// A region, by programmatic or display name; resolves to the programmatic name.
    case region
    /// A physical zone of a region (`eastus2-az1`).
    case zone
    /// A service as Service Health names it; resolves to its canonical spelling (`KeyVault`).
    case service
    /// A secondary-readiness check (R6); resolves to its canonical spelling (`roleAssignments`).
    case readinessCheck
    /// Any live resource of the estate.
    case resource
    /// A connection of the estate.
    case connection
    /// A hub of the estate.
    case hub
    /// A storage account of the estate.
    case storageAccount
    /// A Key Vault of the estate.
    case keyVault
    /// A resource that may be recovered: live in the estate, or listed as deleted.
    case recoverable
    /// A job, a project or a hub whose failed jobs are resubmitted (R4).
    case resubmitTarget
    /// An inject kind word (`region`, `zone`, ...).
    case faultKind
    /// A fault active in the simulation, by target or `kind:target`.
    case activeFault
    /// A word from the caller's named list (`GrammarContext.choices`); any word is accepted.
    case choice(String)
    /// Free text to the end of the line.
    case text

    /// How usage lines name the slot.
    public var placeholder: String {
        switch self {
        case .region: "REGION"
        case .zone: "ZONE"
        case .service: "SERVICE"
        case .readinessCheck: "CHECK"
        case .resource, .recoverable: "ID"
        case .connection: "CONNECTION"
        case .hub: "HUB"
        case .storageAccount: "STORAGE"
        case .keyVault: "VAULT"
        case .resubmitTarget: "JOB|PROJECT|HUB"
        case .faultKind: "KIND"
        case .activeFault: "FAULT"
        case .choice(let name): name.uppercased()
        case .text: "TEXT"
        }
    }

    /// The words Tab offers for this slot.
    public func candidates(in context: GrammarContext) -> [String] {
        let estate = context.estate
        switch self {
        case .region: return estate?.usedRegions ?? RegionCatalog.builtIn.regions.map(\.name)
        case .zone:
            guard let estate else { return [] }
            return estate.usedRegions.flatMap { estate.regions.region(named: $0)?.zones ?? [] }
        case .service: return AzureService.allCases.map(\.rawValue)
        case .readinessCheck: return ReadinessCheck.allCases.map(\.rawValue)
        case .resource: return estate?.allResources.map(\.id) ?? []
        case .connection: return estate?.connections.map(\.id) ?? []
        case .hub: return estate?.hubs.map(\.id) ?? []
        case .storageAccount: return estate?.storageAccounts.map(\.id) ?? []
        case .keyVault: return estate?.keyVaults.map(\.id) ?? []
        case .recoverable:
            let injected = context.activeFaults.compactMap { fault -> ResourceID? in
                if case .resourceDeleted(let id) = fault { return id } else { return nil }
            }
            return (estate?.deleted.map(\.id) ?? []) + injected
        // `resubmit all` and `clear all` take the word `all` in the same position.
        case .resubmitTarget: return ["all"] + (estate?.jobs.map(\.id) ?? [])
        case .faultKind: return FaultKinds.words
        case .activeFault: return ["all"] + context.activeFaults.sorted().map(\.target)
        case .choice(let name): return context.choices[name] ?? []
        case .text: return []
        }
    }

    /// The argument checked and put in canonical form, or an error that names it and suggests a near miss.
    public func resolve(_ word: String, in context: GrammarContext) throws(GrammarError) -> String {
        guard !word.isEmpty else { throw GrammarError("missing \(placeholder.lowercased())") }
        let estate = context.estate
        switch self {
        case .region:
            let catalog = estate?.regions ?? .builtIn
            if let region = catalog.region(displayName: word) {
                // A fault in a region the estate does not use would be shown and affect nothing.
                guard let estate, !estate.usedRegions.contains(region.name) else { return region.name }
                throw GrammarError("the estate has nothing in \(region.name); its regions are "
                                   + estate.usedRegions.joined(separator: ", "))
            }
            // The estate's own regions first, so a near miss suggests the region in use.
            let hint = Suggestion.closest(to: word, in: estate?.usedRegions ?? [])
                ?? Suggestion.closest(to: word, in: catalog.regions.map(\.name))
            throw GrammarError("unknown region '\(word)'\(hint.map { "; did you mean '\($0)'?" } ?? "")")
        case .zone:
            guard let estate else { return word }
            if let region = estate.regions.region(ofZone: word) {
                guard !estate.usedRegions.contains(region.name) else { return word }
                throw GrammarError("the estate has nothing in \(region.name) (zone '\(word)'); its zones are "
                                   + candidates(in: context).joined(separator: ", "))
            }
            let zones = candidates(in: context) + estate.regions.regions.flatMap(\.zones)
            throw GrammarError("unknown zone '\(word)'\(Suggestion.didYouMean(word, in: zones)); zones are physical, such as eastus2-az1")
        case .service:
            if let service = AzureService(name: word) { return service.rawValue }
            let names = AzureService.allCases.map(\.rawValue)
            throw GrammarError("unknown service '\(word)'\(Suggestion.didYouMean(word, in: names)); services are \(names.joined(separator: ", "))")
        case .readinessCheck:
            if let check = ReadinessCheck(name: word) { return check.rawValue }
            let names = ReadinessCheck.allCases.map(\.rawValue)
            throw GrammarError("unknown readiness check '\(word)'\(Suggestion.didYouMean(word, in: names)); checks are \(names.joined(separator: ", "))")
        case .resource:
            return try member(word, of: estate?.allResources.map(\.id), what: "resource")
        case .connection:
            return try member(word, of: estate?.connections.map(\.id), what: "connection")
        case .hub:
            return try member(word, of: estate?.hubs.map(\.id), what: "hub")
        case .storageAccount:
            return try member(word, of: estate?.storageAccounts.map(\.id), what: "storage account")
        case .keyVault:
            return try member(word, of: estate?.keyVaults.map(\.id), what: "Key Vault")
        case .recoverable:
            return try member(word, of: estate.map { $0.allResources.map(\.id) + $0.deleted.map(\.id) }, what: "resource")
        case .resubmitTarget:
            return try member(word, of: estate.map { $0.jobs.map(\.id) + $0.projects.map(\.id) + $0.hubs.map(\.id) },
                              what: "job, project or hub")
        case .faultKind:
            let key = word.lowercased()
            if FaultKinds.kind(key) != nil { return key }
            throw GrammarError("unknown inject kind '\(word)'\(Suggestion.didYouMean(key, in: FaultKinds.words)); inject kinds are \(FaultKinds.words.joined(separator: ", "))")
        case .activeFault:
            let targets = context.activeFaults.map(\.target)
            if context.activeFaults.contains(where: { Self.clears($0, word) }) { return word }
            throw GrammarError("no active fault on '\(word)'\(Suggestion.didYouMean(word, in: targets))")
        case .choice, .text:
            return word
        }
    }

    /// Whether `clear WORD` clears `fault`: its target, its `kind:target`, or every region of a service or
    /// check named alone (`clear Storage` clears `service:Storage@eastus2`).
    public static func clears(_ fault: Fault, _ word: String) -> Bool {
        fault.target == word || fault.description == word || fault.target.hasPrefix(word + "@")
    }

    private func member(_ word: String, of ids: [String]?, what: String) throws(GrammarError) -> String {
        guard let ids, !ids.contains(word) else { return word }
        throw GrammarError("no \(what) '\(word)' in the estate\(Suggestion.didYouMean(word, in: ids))")
    }
}
