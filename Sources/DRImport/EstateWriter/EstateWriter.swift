import DRDomain
import Foundation

/// Writes an estate as estate-file YAML, in the layout of the built-in sample: sections in a fixed order, long
/// items as block mappings, short ones (App Insights, AI Services, connections, compute, jobs) as one-line flow
/// mappings, and only the fields that differ from their defaults (required fields are always written).
///
/// The text reads back (`EstateFile.parse`) as an equal estate, provided durations and times are whole seconds
/// (estate files write them so). Region overrides are written only where the estate's catalog differs from the
/// built-in one, field by field.
public enum EstateWriter {
    /// The estate as YAML text, ending with a newline.
    public static func yaml(for estate: Estate) -> String {
        var out = YAMLLines()
        out.comment("Written by foundry-dr; the format is described in docs/estate-format.md.")
        out.line("name: \(YAMLScalar.string(estate.name))")
        if let time = estate.snapshotTime { out.line("snapshotTime: \(Timestamp.format(time))") }
        writeObjectives(estate.objectives, into: &out)
        writeRegions(estate.regions, into: &out)
        writeHubs(estate.hubs, into: &out)
        writeProjects(estate.projects, into: &out)
        writeStorage(estate.storageAccounts, into: &out)
        writeKeyVaults(estate.keyVaults, into: &out)
        writeRegistries(estate.containerRegistries, into: &out)
        writeFlowSections(estate, into: &out)
        writeDeleted(estate.deleted, into: &out)
        writeReadiness(estate.readiness, into: &out)
        return out.text
    }
}

/// Lines of YAML being built, with helpers for block and flow mappings.
struct YAMLLines {
    private(set) var lines: [String] = []

    var text: String { lines.joined(separator: "\n") + "\n" }

    mutating func line(_ text: String) { lines.append(text) }

    mutating func comment(_ text: String) { lines.append("# " + text) }

    mutating func blank() { lines.append("") }

    /// A section header after a blank line: `hubs:`.
    mutating func section(_ key: String) {
        blank()
        line("\(key):")
    }

    /// One list item as a block mapping, its fields as (key, already formatted value).
    mutating func blockItem(_ fields: [(String, String)], indent: String = "  ") {
        for (index, field) in fields.enumerated() {
            let lead = index == 0 ? "\(indent)- " : "\(indent)  "
            lines.append("\(lead)\(field.0): \(field.1)")
        }
    }

    /// One list item as a flow mapping: `  - { id: x, region: y }`.
    mutating func flowItem(_ fields: [(String, String)]) {
        lines.append("  - " + Self.flow(fields))
    }

    /// `{ a: 1, b: 2 }`, or `{}` when empty.
    static func flow(_ fields: [(String, String)]) -> String {
        fields.isEmpty ? "{}" : "{ " + fields.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + " }"
    }
}
