import Foundation

/// The scenarios that ship with the tool, written for the built-in sample estate (contoso-ai), as scenario
/// YAML (docs/scenario-format.md). `foundry-dr sample scenario NAME` prints them; the scenario loader in DRImport
/// reads them like any file.
public enum BuiltInScenarios {
    /// Every built-in scenario as (name, YAML), in the order they are listed.
    public static let all: [(name: String, yaml: String)] = [
        (ZoneOutageScenario.name, ZoneOutageScenario.yaml),
        (RegionOutageScenario.name, RegionOutageScenario.yaml),
        (KeyVaultDeletedScenario.name, KeyVaultDeletedScenario.yaml),
        (StorageOutageScenario.name, StorageOutageScenario.yaml),
        (ZoneTurnsRegionalScenario.name, ZoneTurnsRegionalScenario.yaml),
    ]

    /// The names, in order.
    public static var names: [String] { all.map(\.name) }

    /// The YAML of the scenario with this name, if any.
    public static func yaml(named name: String) -> String? {
        all.first { $0.name == name }?.yaml
    }
}
