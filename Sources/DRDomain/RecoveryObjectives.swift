import Foundation

/// The kinds of disruption recovery objectives are set for.
public enum Disruption: String, Sendable, Hashable, CaseIterable, Codable {
    case zone
    case region
    case deletion
}

/// A recovery time objective and a recovery point objective, in seconds.
public struct Objective: Sendable, Hashable, Codable {
    public var rto: TimeInterval
    public var rpo: TimeInterval

    public init(rto: TimeInterval, rpo: TimeInterval) {
        self.rto = rto
        self.rpo = rpo
    }
}

/// RTO and RPO per disruption type, estate-wide, with per-project overrides.
public struct RecoveryObjectives: Sendable, Hashable {
    public var zone: Objective
    public var region: Objective
    public var deletion: Objective

    /// Defaults used when an estate states none: zone 1 h / 15 min, region 4 h / 1 h, deletion 4 h / 0.
    public static let defaults = RecoveryObjectives(
        zone: Objective(rto: 3_600, rpo: 900), region: Objective(rto: 14_400, rpo: 3_600),
        deletion: Objective(rto: 14_400, rpo: 0))

    public init(zone: Objective, region: Objective, deletion: Objective) {
        self.zone = zone
        self.region = region
        self.deletion = deletion
    }

    /// The objective for one disruption type.
    public subscript(disruption: Disruption) -> Objective {
        get {
            switch disruption {
            case .zone: zone
            case .region: region
            case .deletion: deletion
            }
        }
        set {
            switch disruption {
            case .zone: zone = newValue
            case .region: region = newValue
            case .deletion: deletion = newValue
            }
        }
    }

    /// Partial objectives of one project; what is nil falls back to the estate's.
    public struct Overrides: Sendable, Hashable {
        public var rto: [Disruption: TimeInterval]
        public var rpo: [Disruption: TimeInterval]

        public init(rto: [Disruption: TimeInterval] = [:], rpo: [Disruption: TimeInterval] = [:]) {
            self.rto = rto
            self.rpo = rpo
        }
    }

    /// These objectives with a project's overrides applied.
    public func applying(_ overrides: Overrides) -> RecoveryObjectives {
        var copy = self
        for (disruption, value) in overrides.rto { copy[disruption].rto = value }
        for (disruption, value) in overrides.rpo { copy[disruption].rpo = value }
        return copy
    }
}
