import DRDomain
import Foundation

/// A fault with the offsets it starts and (optionally) clears at.
public struct TimedFault: Sendable, Hashable {
    public var fault: Fault
    public var at: TimeInterval
    public var until: TimeInterval?

    public init(fault: Fault, at: TimeInterval = 0, until: TimeInterval? = nil) {
        self.fault = fault
        self.at = at
        self.until = until
    }
}

/// An operator action with the offset it is taken at.
public struct TimedAction: Sendable, Hashable {
    public var action: OperatorAction
    public var at: TimeInterval

    public init(action: OperatorAction, at: TimeInterval = 0) {
        self.action = action
        self.at = at
    }
}

/// Bad inject or action text, with what was wrong and what would be right.
public struct SimulationInputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text as given.
    public var input: String
    public var message: String

    public init(input: String, message: String) {
        self.input = input
        self.message = message
    }

    public var description: String { "'\(input)': \(message)" }
}

/// Parses the inject and action grammar of `foundry-dr simulate` (docs/simulate-format.md):
///
/// ```
/// inject := KIND ":" TARGET [ "@" START [ ".." END ] ]
///   region:REGION | zone:ZONE | service:SERVICE@REGION | delete:ID | connection:ID | readiness:CHECK@REGION
///   | keyvault-failover:VAULT
/// action := VERB ":" ID [ "@" OFFSET ]
///   failover:HUB | failback:HUB | account-failover:STORAGE | recover:ID | resubmit:JOB|PROJECT|HUB
/// ```
///
/// Offsets are ISO 8601 durations from the start (`PT10M`). Kinds with a region in their target (`service`,
/// `readiness`) take exactly one `@` before the offset, so the grammar is unambiguous. Given an estate, targets
/// are checked against it and its region catalog, with a suggestion for near misses.
public enum SimulationInput {
    /// The inject kind words.
    public static let injectKinds = ["region", "zone", "service", "delete", "connection", "readiness", "keyvault-failover"]
    /// The action verbs.
    public static let actionVerbs = ["failover", "failback", "account-failover", "recover", "resubmit"]

    /// Parses `KIND:TARGET[@START[..END]]`.
    public static func parseInject(_ text: String, estate: Estate? = nil) throws(SimulationInputError) -> TimedFault {
        let (fault, timing) = try faultAndTiming(text, estate: estate)
        guard let timing else { return TimedFault(fault: fault) }
        let (start, end) = try window(timing, in: text)
        return TimedFault(fault: fault, at: start, until: end)
    }

    /// Parses a fault without an offset (`zone:eastus2-az1`), as scenario files write them.
    public static func parseFault(_ text: String, estate: Estate? = nil) throws(SimulationInputError) -> Fault {
        let (fault, timing) = try faultAndTiming(text, estate: estate)
        guard timing == nil else {
            throw SimulationInputError(input: text, message: "a fault here takes no offset ('@\(timing ?? "")'); use the inject's 'at'")
        }
        return fault
    }

    private static func faultAndTiming(_ text: String, estate: Estate?) throws(SimulationInputError) -> (Fault, String?) {
        let (kind, rest) = try split(text, words: injectKinds, what: "inject kind")
        var parts = rest.split(separator: "@", omittingEmptySubsequences: false).map(String.init)
        let targetParts = (kind == "service" || kind == "readiness") ? 2 : 1
        guard parts.count >= targetParts, parts.count <= targetParts + 1 else {
            let shape = targetParts == 2 ? "\(kind):NAME@REGION[@OFFSET]" : "\(kind):TARGET[@OFFSET]"
            throw SimulationInputError(input: text, message: "expected \(shape)")
        }
        let timing = parts.count == targetParts + 1 ? parts.removeLast() : nil
        return (try makeFault(kind: kind, parts: parts, text: text, estate: estate), timing)
    }

    /// Parses `VERB:ID[@OFFSET]`.
    public static func parseAction(_ text: String, estate: Estate? = nil) throws(SimulationInputError) -> TimedAction {
        let (verb, rest) = try split(text, words: actionVerbs, what: "action")
        let parts = rest.split(separator: "@", omittingEmptySubsequences: false).map(String.init)
        guard parts.count <= 2, let id = parts.first, !id.isEmpty else {
            throw SimulationInputError(input: text, message: "expected \(verb):ID[@OFFSET]")
        }
        let at = try parts.count == 2 ? offset(parts[1], in: text) : 0
        let action: OperatorAction
        switch verb {
        case "failover": action = .failover(hub: id)
        case "failback": action = .failback(hub: id)
        case "account-failover": action = .accountFailover(storage: id)
        case "recover": action = .recover(resource: id)
        default: action = .resubmit(target: id)
        }
        if let estate { try check(action, estate: estate, text: text) }
        return TimedAction(action: action, at: at)
    }

    /// Parses an ISO 8601 offset (`PT10M`), or throws with an example.
    public static func offset(_ value: String, in text: String) throws(SimulationInputError) -> TimeInterval {
        guard let seconds = ISODuration.seconds(from: value) else {
            throw SimulationInputError(
                input: text, message: "'\(value)' is not an ISO 8601 duration (for example PT0S, PT10M, PT1H30M, P1D)")
        }
        return seconds
    }

    // MARK: Pieces

    private static func split(_ text: String, words: [String], what: String) throws(SimulationInputError) -> (String, String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let colon = trimmed.firstIndex(of: ":") else {
            throw SimulationInputError(input: text, message: "expected \(what):TARGET; \(what)s are \(words.joined(separator: ", "))")
        }
        let word = trimmed[..<colon].lowercased()
        let rest = String(trimmed[trimmed.index(after: colon)...])
        guard words.contains(word) else {
            throw SimulationInputError(
                input: text, message: "unknown \(what) '\(word)'\(Suggest.hint(word, words)); \(what)s are \(words.joined(separator: ", "))")
        }
        guard !rest.isEmpty else { throw SimulationInputError(input: text, message: "missing target after '\(word):'") }
        return (word, rest)
    }

    private static func window(_ value: String, in text: String) throws(SimulationInputError) -> (TimeInterval, TimeInterval?) {
        guard let range = value.range(of: "..") else { return (try offset(value, in: text), nil) }
        let start = value[..<range.lowerBound].isEmpty ? 0 : try offset(String(value[..<range.lowerBound]), in: text)
        let end = try offset(String(value[range.upperBound...]), in: text)
        guard end > start else {
            throw SimulationInputError(input: text, message: "the end of '\(value)' must come after its start")
        }
        return (start, end)
    }

    private static func makeFault(kind: String, parts: [String], text: String, estate: Estate?) throws(SimulationInputError) -> Fault {
        let target = parts[0]
        guard !target.isEmpty else { throw SimulationInputError(input: text, message: "missing target after '\(kind):'") }
        switch kind {
        case "region":
            return .regionOutage(try region(target, estate: estate, text: text))
        case "zone":
            if let estate {
                guard estate.regions.region(ofZone: target) != nil else {
                    let zones = estate.regions.regions.flatMap(\.zones)
                    throw SimulationInputError(
                        input: text, message: "unknown zone '\(target)'\(Suggest.hint(target, zones)); zones are physical, such as eastus2-az1")
                }
            }
            return .zoneOutage(target)
        case "service":
            guard let service = AzureService(name: target) else {
                let names = AzureService.allCases.map(\.rawValue)
                throw SimulationInputError(
                    input: text, message: "unknown service '\(target)'\(Suggest.hint(target, names)); services are \(names.joined(separator: ", "))")
            }
            return .serviceOutage(service, try region(parts[1], estate: estate, text: text))
        case "readiness":
            guard let check = ReadinessCheck(name: target) else {
                let names = ReadinessCheck.allCases.map(\.rawValue)
                throw SimulationInputError(
                    input: text, message: "unknown readiness check '\(target)'\(Suggest.hint(target, names)); checks are \(names.joined(separator: ", "))")
            }
            return .readinessGap(check, try region(parts[1], estate: estate, text: text))
        case "connection":
            if let estate, !estate.connections.contains(where: { $0.id == target }) {
                throw SimulationInputError(
                    input: text, message: "no connection '\(target)' in the estate\(Suggest.hint(target, estate.connections.map(\.id)))")
            }
            return .connectionLost(target)
        case "keyvault-failover":
            if let estate, !estate.keyVaults.contains(where: { $0.id == target }) {
                throw SimulationInputError(
                    input: text, message: "no Key Vault '\(target)' in the estate\(Suggest.hint(target, estate.keyVaults.map(\.id)))")
            }
            return .keyVaultFailover(target)
        default:
            if let estate, !estate.allResources.contains(where: { $0.id == target }) {
                throw SimulationInputError(
                    input: text, message: "no resource '\(target)' in the estate\(Suggest.hint(target, estate.allResources.map(\.id)))")
            }
            return .resourceDeleted(target)
        }
    }

    private static func region(_ name: String, estate: Estate?, text: String) throws(SimulationInputError) -> RegionName {
        guard !name.isEmpty else { throw SimulationInputError(input: text, message: "missing region") }
        let catalog = estate?.regions ?? .builtIn
        guard let region = catalog.region(displayName: name) else {
            throw SimulationInputError(
                input: text, message: "unknown region '\(name)'\(Suggest.hint(name, catalog.regions.map(\.name)))")
        }
        return region.name
    }

    private static func check(_ action: OperatorAction, estate: Estate, text: String) throws(SimulationInputError) {
        let id = action.target
        let candidates: [ResourceID]
        let what: String
        switch action {
        case .failover, .failback:
            candidates = estate.hubs.map(\.id)
            what = "hub"
        case .accountFailover:
            candidates = estate.storageAccounts.map(\.id)
            what = "storage account"
        case .recover:
            candidates = estate.allResources.map(\.id) + estate.deleted.map(\.id)
            what = "resource"
        case .resubmit:
            candidates = estate.jobs.map(\.id) + estate.projects.map(\.id) + estate.hubs.map(\.id)
            what = "job, project or hub"
        }
        guard candidates.contains(id) else {
            throw SimulationInputError(input: text, message: "no \(what) '\(id)' in the estate\(Suggest.hint(id, candidates))")
        }
    }
}

/// Did-you-mean suggestions by edit distance.
enum Suggest {
    /// `; did you mean 'x'?` for the closest candidate within a small distance, or an empty string.
    static func hint(_ word: String, _ candidates: [String]) -> String {
        guard let best = closest(word, candidates) else { return "" }
        return " (did you mean '\(best)'?)"
    }

    static func closest(_ word: String, _ candidates: [String]) -> String? {
        let key = word.lowercased()
        var best: (String, Int)?
        for candidate in candidates.sorted() {
            let d = distance(key, candidate.lowercased())
            if d <= max(2, key.count / 3), best == nil || d < best?.1 ?? Int.max { best = (candidate, d) }
        }
        return best?.0
    }

    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
