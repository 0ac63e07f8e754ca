import DRDomain
import Foundation

/// The semantic checks of an estate: every problem is reported at the offending value, none stops the others.
///
/// Checks run in dependency order: the region catalog first (the file may add regions), then identifiers, then
/// regions and zones, references, defaults that depend on references, cycles, and the impossible combinations.
struct EstateValidator {
    var draft: EstateDraft
    let diagnostics: DiagnosticCollector
    /// The first definition of each id: its kind, whether it is a deleted resource, and where it is.
    var index: [ResourceID: (kind: ResourceKind, deleted: Bool, position: SourcePosition)] = [:]
    /// References (`id#field`) that name nothing or the wrong kind; later checks leave them alone.
    var brokenReferences: Set<String> = []

    init(draft: EstateDraft, diagnostics: DiagnosticCollector) {
        self.draft = draft
        self.diagnostics = diagnostics
    }

    /// Runs every check and returns the draft with names normalised and defaults filled in.
    mutating func validate() -> EstateDraft {
        buildCatalog()
        indexIdentifiers()
        checkRegions()
        checkZones()
        checkReferences()
        deriveDefaults()
        checkCycles()
        checkHubRoles()
        checkStorage()
        checkRegistries()
        checkKeyVaults()
        checkDeleted()
        checkJobs()
        checkAzureNames()
        return draft
    }

    /// Records an error.
    func report(_ message: String, at position: SourcePosition) {
        diagnostics.error(message, at: position)
    }

    /// `; did you mean 'x'?` for a misspelt name, or nothing once the report is full (hints cost time).
    func hint(_ text: String, in candidates: @autoclosure () -> [String]) -> String {
        diagnostics.isFull ? "" : Suggestion.didYouMean(text, in: candidates())
    }

    /// `hub 'hub-eus2'`, for messages.
    static func subject(_ kind: ResourceKind, _ id: ResourceID) -> String { "\(kind.noun) '\(id)'" }
}
