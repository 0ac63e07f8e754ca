import Foundation

/// What an import found, what it could not determine, and what it skipped. It names files, JSON paths, resource
/// names and types, never a value that was taken for a secret.
public struct ImportReport: Sendable, Hashable {
    /// One file read, with what it was recognised as.
    public struct FileLine: Sendable, Hashable {
        public var file: String
        public var summary: String
    }

    /// A skipped file and why.
    public struct SkippedFile: Sendable, Hashable {
        public var file: String
        public var reason: String
    }

    /// Files read and what each held.
    public var files: [FileLine] = []
    /// Counts of what the estate holds, by kind, in a fixed order ("hubs", "projects", ...).
    public var found: [(kind: String, count: Int)] = []
    /// Physical regions read from `list-locations` (those differing from the catalog are counted in `found`).
    public var regionsRead = 0
    /// Facts the exports did not give, with what was assumed and how to state them (a tag, an export, --merge).
    public var undetermined: [String] = []
    /// What was inferred from the exports rather than stated, such as failover pairs; a tag states otherwise.
    public var assumed: [String] = []
    /// Resources left out of the estate, with why.
    public var notImported: [String] = []
    /// What was kept from the `--merge` estate because the exports lacked it.
    public var keptFromMerge: [String] = []
    /// Other observations: pages left unfollowed, renamed resources, region overrides, compute states.
    public var notes: [String] = []
    /// Items of types the estate has no place for, counted by type.
    public var skippedTypes: [String: Int] = [:]
    /// Files skipped, with why.
    public var skippedFiles: [SkippedFile] = []
    /// Secrets removed from the exports (where, never what).
    public var droppedSecrets: [DroppedSecret] = []

    public init() {}

    public static func == (lhs: ImportReport, rhs: ImportReport) -> Bool { lhs.text == rhs.text }

    public func hash(into hasher: inout Hasher) { hasher.combine(text) }

    /// The count found for a kind, 0 when none.
    public func count(of kind: String) -> Int { found.first { $0.kind == kind }?.count ?? 0 }

    /// The report as text for the terminal.
    public var text: String {
        var lines: [String] = ["Import report"]
        func section(_ title: String, _ items: [String]) {
            guard !items.isEmpty else { return }
            lines.append("")
            lines.append("\(title) (\(items.count)):")
            lines += items.map { "  - \($0)" }
        }
        section("Files read", files.map { "\($0.file): \($0.summary)" })
        let foundText = found.filter { $0.count > 0 }.map { "\($0.count) \($0.kind)" }
        lines.append("")
        var foundLine = "Found: " + (foundText.isEmpty ? "no resources" : foundText.joined(separator: ", "))
        if regionsRead > 0 {
            let overrides = count(of: "region overrides")
            foundLine +=
                overrides == 0
                ? "; \(regionsRead) region(s) in list-locations, all as in the built-in catalog"
                : "; \(regionsRead) region(s) in list-locations, \(overrides) differing from the built-in catalog"
        }
        lines.append(foundLine)
        section("Assumed", assumed)
        section("Could not determine", undetermined)
        section("Not imported", notImported)
        section("Kept from --merge", keptFromMerge)
        section("Notes", notes)
        section(
            "Skipped types",
            skippedTypes.sorted { ($0.key) < ($1.key) }.map { "\($0.key): \($0.value)" })
        section("Skipped files", skippedFiles.map { "\($0.file): \($0.reason)" })
        if droppedSecrets.isEmpty {
            lines.append("")
            lines.append("Secrets dropped: none")
        } else {
            section(
                "Secrets dropped (values never stored or shown)",
                droppedSecrets.map { "\($0.file):\($0.line): \($0.path) (\($0.reason))" })
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
