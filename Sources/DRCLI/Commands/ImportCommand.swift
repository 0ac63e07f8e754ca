import ArgumentParser
import DRDomain
import DRImport
import Foundation

/// `foundry-dr import PATH... -o estate.yaml [--merge existing.yaml]`: an estate from Azure CLI and REST exports.
struct ImportCommand: ParsableCommand, ContextCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Build an estate file from Azure CLI and REST exports (files or folders).",
        discussion: """
            Files are recognised by their content, not their names: az resource list and Resource Graph results, \
            az ml workspace show, az account list-locations, storage, Key Vault and registry show output, \
            list-deleted output, az acr replication list, workspace computes and connections. What exports cannot \
            say (secondary hub, posture, criticality, objectives) comes from foundry-dr-* resource tags or from \
            --merge. Keys, SAS tokens, connection strings and passwords are dropped and never written. A record \
            that cannot be used as it stands (a field of the wrong type, a region outside the catalog, replicas a \
            registry's SKU cannot have) is corrected or left out and reported as a warning at its file, line and \
            column, every one in one pass; --strict refuses instead. Only an estate that validates is written. \
            The estate is written atomically (a symbolic link is written through to its target, a FIFO or device written in place, never replaced): on any bad input nothing is written. See docs/import.md for the export \
            commands. Exit 0 written, 2 bad input or usage.
            """)

    @Argument(help: ArgumentHelp("Export files or folders (read recursively).", valueName: "PATH"))
    var paths: [String] = []

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("The estate file to write; - for standard output.", valueName: "FILE"))
    var output: String

    @Option(name: .long, help: ArgumentHelp("An existing estate whose facts fill what the exports cannot say.", valueName: "FILE"))
    var merge: String?

    @Option(name: .long, help: ArgumentHelp("The time the exports were taken (ISO 8601; default: now).", valueName: "TIME"))
    var at: String?

    @Flag(name: .long, help: "Refuse (exit 2, nothing written) when any record would be corrected or left out.")
    var strict = false

    init() {}

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one export file or folder") }
        if let at, Timestamp.parse(at) == nil {
            throw ValidationError(Timestamp.impossibility(in: at).map { "--at: '\(at)' is not a real time: \($0)" }
                                  ?? "--at: '\(at)' is not an ISO 8601 time such as 2026-11-28T09:00:00Z")
        }
    }

    func execute(in context: CommandContext) -> Int32 {
        var base: Estate?
        if let merge {
            guard let loaded = EstateSource.load(path: merge, context: context) else { return ExitStatus.badInput }
            base = loaded
        }
        let reference = at.flatMap(Timestamp.parse) ?? context.now
        let result = AzureImport.run(paths: paths, merge: base, referenceTime: reference, strict: strict)
        for diagnostic in result.diagnostics { context.printError(diagnostic.description) }
        for warning in result.warnings { context.printError("warning: \(warning.description)") }
        guard let estate = result.estate else {
            context.printError(result.report.text)
            context.printError("foundry-dr: nothing written: \(result.diagnostics.count) problem\(result.diagnostics.count == 1 ? "" : "s") in the exports")
            return ExitStatus.badInput
        }
        let yaml = result.yaml ?? EstateWriter.yaml(for: estate)
        if output == "-" {
            context.print(yaml)
            context.printError(result.report.text)
            if let summary = Self.warningSummary(result.warnings.count) { context.printError(summary) }
            return ExitStatus.success
        }
        do {
            try SafeFileWriter.write(yaml, to: output)
        } catch {
            context.printError("foundry-dr: cannot write \(output): \(error)")
            return ExitStatus.badInput
        }
        context.print(result.report.text)
        if let summary = Self.warningSummary(result.warnings.count) { context.printError(summary) }
        context.print("wrote \(output): \(estate.hubs.count) hubs, \(estate.projects.count) projects, \(estate.allResources.count) resources")
        return ExitStatus.success
    }

    /// The closing line when records were corrected or left out, or nil when none were.
    static func warningSummary(_ count: Int) -> String? {
        guard count > 0 else { return nil }
        return "foundry-dr: \(count) warning\(count == 1 ? "" : "s"): records corrected or left out, listed above "
            + "(--strict refuses instead)"
    }
}
