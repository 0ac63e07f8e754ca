import DRDomain
import Foundation

/// The outcome of an import: the estate (nil when any input was bad), the report, and located problems.
public struct ImportResult: Sendable {
    /// The estate built, or nil when a file was malformed, oversized, binary or wrongly typed, or when nothing
    /// was recognised: no partial estate is ever returned.
    public var estate: Estate?
    /// What was found, assumed, kept and skipped.
    public var report: ImportReport
    /// Problems with the inputs, each naming the file, line and column.
    public var diagnostics: [Diagnostic]

    public init(estate: Estate?, report: ImportReport, diagnostics: [Diagnostic]) {
        self.estate = estate
        self.report = report
        self.diagnostics = diagnostics
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
    public static func run(
        paths: [String], merge: Estate? = nil, referenceTime: Date, limits: ImportLimits = .standard
    ) -> ImportResult {
        var inventory = ExportInventory()
        for outcome in ExportFileReader(limits: limits).read(paths: paths) {
            switch outcome {
            case .document(let document): inventory.add(document)
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
        if diagnostics.isEmpty { diagnostics = validate(estate) }
        return ImportResult(
            estate: diagnostics.isEmpty ? estate : nil, report: assembler.report, diagnostics: diagnostics)
    }

    /// The estate checked as its written file would be, so an import never yields an estate that
    /// `foundry-dr validate` would reject.
    static func validate(_ estate: Estate) -> [Diagnostic] {
        let file = "<imported estate>"
        let result = EstateFile.parse(EstateWriter.yaml(for: estate), file: file)
        return result.diagnostics.map {
            Diagnostic(file: file, at: nil, message: "the imported estate is not valid: \($0.message)")
        }
    }
}
