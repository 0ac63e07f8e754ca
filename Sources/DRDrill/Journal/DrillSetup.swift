import DRDomain
import DRImport
import DRSimulation
import Foundation

/// Whether a journal records a tabletop drill or a real incident.
public enum JournalMode: String, Sendable, Hashable, Codable {
    /// A scenario played against a simulated estate.
    case drill
    /// A real incident: the team's actions, notes and timings beside live data.
    case incident
}

/// Everything a journal needs to rebuild its drill: the estate and scenario as text, the seed, when it began.
///
/// The estate is kept as estate YAML and the scenario as scenario YAML, so a journal replays without the files
/// it was started from (they may have changed or gone since).
public struct DrillSetup: Sendable, Hashable, Codable {
    /// A unique id of the drill; entry ids start with it.
    public var id: String
    public var mode: JournalMode
    /// The estate as estate YAML.
    public var estateYAML: String
    /// The estate's name, for listings.
    public var estateName: String
    /// The scenario as scenario YAML, when one is played.
    public var scenarioYAML: String?
    /// The scenario's name, for listings.
    public var scenarioName: String?
    /// The scenario's title, for the report.
    public var scenarioTitle: String?
    /// The seed of the simulation's random choices.
    public var seed: UInt64
    /// When the drill started, on the wall clock.
    public var startedAt: Date
    /// The wall-clock time drill time zero stands for (the estate's snapshot time, or the start).
    public var clockOrigin: Date

    public init(
        id: String, mode: JournalMode, estateYAML: String, estateName: String, scenarioYAML: String?,
        scenarioName: String?, scenarioTitle: String?, seed: UInt64, startedAt: Date, clockOrigin: Date
    ) {
        self.id = id
        self.mode = mode
        self.estateYAML = estateYAML
        self.estateName = estateName
        self.scenarioYAML = scenarioYAML
        self.scenarioName = scenarioName
        self.scenarioTitle = scenarioTitle
        self.seed = seed
        self.startedAt = startedAt
        self.clockOrigin = clockOrigin
    }
}

extension DrillSetup {
    /// The setup of a drill of `estate` (kept as estate YAML) playing `scenario` (kept as `scenarioYAML`, its
    /// text); drill time zero stands for the estate's snapshot time, or the start.
    public static func make(
        id: String, mode: JournalMode, estate: Estate, scenario: Scenario?, scenarioYAML: String?, seed: UInt64,
        startedAt: Date
    ) -> DrillSetup {
        DrillSetup(
            id: id, mode: mode, estateYAML: EstateWriter.yaml(for: estate), estateName: estate.name,
            scenarioYAML: scenarioYAML, scenarioName: scenario?.name, scenarioTitle: scenario?.title, seed: seed,
            startedAt: startedAt, clockOrigin: estate.snapshotTime ?? startedAt)
    }
}
