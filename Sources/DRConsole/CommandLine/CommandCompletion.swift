/// Completion for the `:` line: commands first, then the words each position accepts.
public struct CommandCompletion: Sendable {
    /// What each argument position may be.
    public struct Vocabulary: Sendable {
        public var regions: [String]
        public var zones: [String]
        public var services: [String]
        public var resources: [String]
        public var hubs: [String]
        public var deleted: [String]
        public var faults: [String]
        public var themes: [String]
        public var jobs: [String]
        public var storage: [String]

        public init(
            regions: [String] = [], zones: [String] = [], services: [String] = [], resources: [String] = [],
            hubs: [String] = [], deleted: [String] = [], faults: [String] = [], themes: [String] = [],
            jobs: [String] = [], storage: [String] = []
        ) {
            self.jobs = jobs
            self.storage = storage
            self.regions = regions
            self.zones = zones
            self.services = services
            self.resources = resources
            self.hubs = hubs
            self.deleted = deleted
            self.faults = faults
            self.themes = themes
        }
    }

    public var vocabulary: Vocabulary

    public init(vocabulary: Vocabulary) { self.vocabulary = vocabulary }

    /// The candidates for the last word of `line`, sorted, each the whole completed line.
    public func candidates(for line: String) -> [String] {
        var words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let endsWithSpace = line.last == " " || line.isEmpty
        let partial = endsWithSpace ? "" : (words.popLast() ?? "")
        let options = choices(after: words)
        let prefix = words.isEmpty ? "" : words.joined(separator: " ") + " "
        return options.filter { $0.lowercased().hasPrefix(partial.lowercased()) }.sorted().map { prefix + $0 }
    }

    /// The line completed as far as all candidates agree (Tab).
    public func complete(_ line: String) -> String {
        let all = candidates(for: line)
        guard let first = all.first else { return line }
        if all.count == 1 { return first + " " }
        var common = first
        for candidate in all.dropFirst() {
            while !candidate.lowercased().hasPrefix(common.lowercased()) { common.removeLast() }
        }
        return common.count > line.count ? common : line
    }

    private func choices(after words: [String]) -> [String] {
        guard let verb = words.first?.lowercased() else { return ConsoleCommandSyntax.entries.map(\.verb) }
        let position = words.count
        switch (verb, position) {
        case ("inject", 1): return ConsoleCommandSyntax.injectKinds
        case ("inject", 2):
            switch words[1].lowercased() {
            case "region": return vocabulary.regions
            case "zone": return vocabulary.zones
            case "service": return vocabulary.services
            case "keyvault-failover": return vocabulary.resources
            default: return []
            }
        case ("inject", 3) where words[1].lowercased() == "service": return vocabulary.regions
        case ("delete", 1): return vocabulary.resources
        case ("clear", 1): return ["all"] + vocabulary.faults
        case ("failover", 1), ("failback", 1): return vocabulary.hubs
        case ("recover", 1): return vocabulary.deleted
        case ("theme", 1): return vocabulary.themes
        case ("resubmit", 1): return ["all"] + vocabulary.jobs
        case ("account-failover", 1): return vocabulary.storage
        default: return []
        }
    }
}
