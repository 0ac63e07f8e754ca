import DRDomain
import Foundation

/// The outcome of an import: the estate (nil when any input was bad), the report, and located problems.
public struct ImportResult: Sendable {
    /// The estate built, or nil when a file was malformed, oversized, binary or wrongly typed, or when nothing
    /// was recognised: no partial estate is ever returned.
    public var estate: Estate?
    /// What was found, assumed, kept and skipped.
    public var report: ImportReport
    /// Problems that stopped the import, each naming the file, line and column: unreadable files, an estate
    /// that would not validate, and with `strict` every warning.
    public var diagnostics: [Diagnostic]
    /// Problems of single records that were worked around (a field ignored, a record corrected or left out),
    /// each at the record's place in its export and reported once. The estate is still written.
    public var warnings: [Diagnostic]
    /// The estate as `EstateWriter` writes it, when there is an estate: the text that was validated, so the
    /// command writes it without building it again.
    public var yaml: String?

    public init(estate: Estate?, report: ImportReport, diagnostics: [Diagnostic], warnings: [Diagnostic] = []) {
        self.estate = estate
        self.report = report
        self.diagnostics = diagnostics
        self.warnings = warnings
    }
}

/// Builds an estate from Azure CLI and REST exports (`foundry-dr import`).
///
/// Files are recognised by content: `az resource list` and Resource Graph results, `az ml workspace show` and
/// REST workspaces, `az account list-locations`, storage, Key Vault and registry `show` output, `list-deleted`
/// output, `az acr replication list`, workspace computes and connections, as bare arrays, single objects or
/// pages. Secrets are removed from every file before anything reads it. What exports cannot say comes from
/// resource tags (`ImportTags`) or from an estate to merge with.
public enum AzureImport {
    /// Imports the exports at `paths` (files or directories, read recursively in sorted order).
    ///
    /// - Parameters:
    ///   - merge: an existing estate whose objectives, readiness, roles, postures, criticality, connections and
    ///     jobs are kept where the exports lack them; export facts win for SKUs, regions and replicas.
    ///   - referenceTime: the moment the exports describe; sync lag is measured against it and it becomes the
    ///     estate's snapshot time (rounded down to a whole second).
    ///   - limits: file size and directory bounds.
    ///   - strict: refuse on any problem, as `--strict` asks: a record that would be corrected or left out stops
    ///     the import instead of becoming a warning.
    public static func run(
        paths: [String], merge: Estate? = nil, referenceTime: Date, limits: ImportLimits = .standard,
        strict: Bool = false
    ) -> ImportResult {
        var inventory = ExportInventory()
        // Each file is read, parsed, scrubbed of secrets and decoded on whichever core is free; what the files
        // hold is added in file order, so reports, warnings and ids are the same as reading them one by one.
        let outcomes = ExportFileReader(limits: limits).read(paths: paths) { outcome -> FileOutcome in
            switch outcome {
            case .document(let document):
                let (clean, dropped) = SecretScrubber.scrub(document)
                return .contents(ExportFileContents(scrubbed: clean, dropped: dropped))
            case .skipped(let file, let reason): return .skipped(file: file, reason: reason)
            case .failed(let diagnostic): return .failed(diagnostic)
            }
        }
        for outcome in outcomes {
            switch outcome {
            case .contents(let contents): inventory.add(contents)
            case .skipped(let file, let reason): inventory.skip(file: file, reason: reason)
            case .failed(let diagnostic): inventory.fail(diagnostic)
            }
        }
        let assembler = EstateAssembler(inventory: inventory, merge: merge, referenceTime: referenceTime)
        let estate = assembler.assemble()
        var diagnostics = inventory.diagnostics
        if paths.isEmpty {
            diagnostics.append(Diagnostic(file: "<import>", at: nil, message: "no export files or directories given"))
        } else if inventory.fileSummaries.isEmpty && diagnostics.isEmpty {
            diagnostics.append(
                Diagnostic(
                    file: paths.joined(separator: ", "), at: nil,
                    message: "no Azure exports recognised; see docs/import.md for the commands to run"))
        }
        var warnings = unique(inventory.warnings + assembler.warnings)
        if strict {
            diagnostics += warnings
            warnings = []
        }
        let yaml = EstateWriter.yaml(for: estate)
        if diagnostics.isEmpty { diagnostics = validate(estate, yaml: yaml, origin: assembler.origin(of:)) }
        var result = ImportResult(
            estate: diagnostics.isEmpty ? estate : nil, report: assembler.report, diagnostics: diagnostics,
            warnings: warnings)
        result.yaml = diagnostics.isEmpty ? yaml : nil
        return result
    }

    /// One path's outcome once its file, if any, was decoded.
    private enum FileOutcome: Sendable {
        case contents(ExportFileContents)
        case skipped(file: String, reason: String)
        case failed(Diagnostic)
    }

    /// The diagnostics without repeats, in the order of their files, lines and columns.
    static func unique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen: Set<Diagnostic> = []
        return diagnostics.filter { seen.insert($0).inserted }.sorted { ($0.file, $0) < ($1.file, $1) }
    }

    /// The label of problems found in the assembled estate that no single export record explains.
    static let assembledEstate = "<imported estate>"

    /// The estate checked as its written file would be, so an import never yields an estate that
    /// `foundry-dr validate` would reject. The estate is never written when it fails, so each problem is placed
    /// at the export record of the resource it concerns (found by the `- id:` entry the problem falls in).
    static func validate(
        _ estate: Estate, yaml: String? = nil, origin: (ResourceID) -> ExportOrigin?
    ) -> [Diagnostic] {
        let yaml = yaml ?? EstateWriter.yaml(for: estate)
        let result = EstateFile.parse(yaml, file: assembledEstate)
        guard !result.diagnostics.isEmpty else { return [] }
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        let ids = estate.allResources.map(\.id) + estate.deleted.map(\.id)
        let written = Dictionary(ids.map { (YAMLScalar.string($0), $0) }, uniquingKeysWith: { first, _ in first })
        return result.diagnostics.map { diagnostic in
            let message = "the imported estate is not valid: \(diagnostic.message)"
            guard let text = entryID(containing: diagnostic.line, in: lines), let id = written[text],
                let place = origin(id)
            else {
                return Diagnostic(file: assembledEstate, at: nil, message: message)
            }
            return place.diagnostic("\(id): \(message)")
        }
    }

    /// The id, as written, of the list entry (`  - id: NAME`) that holds a 1-based line of the written estate.
    static func entryID(containing line: Int, in lines: [Substring]) -> String? {
        guard line >= 1 else { return nil }
        for index in stride(from: min(line, lines.count) - 1, through: 0, by: -1) {
            let text = lines[index]
            if !text.hasPrefix(" ") && !text.isEmpty { return nil }
            let trimmed = text.drop { $0 == " " }
            if trimmed.hasPrefix("- id: ") { return String(trimmed.dropFirst(6)) }
        }
        return nil
    }
}
