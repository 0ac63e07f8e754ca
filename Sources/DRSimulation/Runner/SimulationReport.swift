import DRDomain
import Foundation

/// The result of a headless run: the timeline and the final state of every resource.
///
/// Its JSON form is a contract (docs/simulate-format.md): `{"estate", "seed", "events": [{"at", "kind", "target",
/// "detail", "rule"}], "final": {"resources": [{"id", "kind", "region", "state", "servedFrom"?, "rules"}]}}`, keys
/// sorted, `servedFrom` omitted when nil, `rule` null when none. The same inputs and seed give the same bytes.
public struct SimulationReport: Sendable, Hashable, Codable {
    /// The estate's name.
    public var estate: String
    public var seed: UInt64
    public var events: [SimulationEvent]
    public var final: FinalState
    /// The offset the run ended at (not part of the JSON contract).
    public var endTime: TimeInterval = 0

    private enum CodingKeys: String, CodingKey { case estate, seed, events, final }

    public init(estate: String, seed: UInt64, events: [SimulationEvent], final: FinalState, endTime: TimeInterval = 0) {
        self.estate = estate
        self.seed = seed
        self.events = events
        self.final = final
        self.endTime = endTime
    }

    /// The state of every resource at the end of the run, in the estate's fixed order.
    public struct FinalState: Sendable, Hashable, Codable {
        public var resources: [ResourceRow]

        public init(resources: [ResourceRow]) { self.resources = resources }
    }

    /// One resource in the final state.
    public struct ResourceRow: Sendable, Hashable, Codable {
        public var id: ResourceID
        public var kind: ResourceKind
        /// The home region.
        public var region: RegionName
        public var state: ResourceState
        public var servedFrom: RegionName?
        public var rules: [RuleID]

        public init(id: ResourceID, kind: ResourceKind, region: RegionName, state: ResourceState,
                    servedFrom: RegionName?, rules: [RuleID]) {
            self.id = id
            self.kind = kind
            self.region = region
            self.state = state
            self.servedFrom = servedFrom
            self.rules = rules
        }
    }

    /// The contract JSON, pretty-printed with sorted keys and a final newline.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }

    /// The contract JSON as text.
    public func jsonText() throws -> String {
        String(decoding: try jsonData(), as: UTF8.self)
    }
}
