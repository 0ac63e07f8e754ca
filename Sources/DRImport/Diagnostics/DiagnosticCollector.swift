import Foundation

/// Gathers the diagnostics of one file so that every problem is reported, not only the first.
///
/// Readers and validators share one collector. It drops exact repeats (an aliased node read twice reports once)
/// and stops growing at `limit`, so hostile input cannot make the report itself unbounded.
public final class DiagnosticCollector {
    /// The file every diagnostic names.
    public let file: String
    /// The most diagnostics kept; later ones are counted, not stored.
    public let limit: Int

    private var seen: Set<Diagnostic> = []
    private var ordered: [Diagnostic] = []
    private var dropped = 0

    /// Creates an empty collector for a file.
    public init(file: String, limit: Int = 1_000) {
        self.file = file
        self.limit = max(1, limit)
    }

    /// Records an error at a position (nil for the whole file).
    public func error(_ message: String, at position: SourcePosition?) {
        add(Diagnostic(file: file, at: position, message: message))
    }

    /// Records a diagnostic made elsewhere (for instance by the YAML loader).
    public func add(_ diagnostic: Diagnostic) {
        guard !seen.contains(diagnostic) else { return }
        guard ordered.count < limit else {
            dropped += 1
            return
        }
        seen.insert(diagnostic)
        ordered.append(diagnostic)
    }

    /// Records several diagnostics.
    public func add(contentsOf diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { add(diagnostic) }
    }

    /// Whether anything was recorded.
    public var hasErrors: Bool { !ordered.isEmpty }

    /// How many diagnostics were recorded so far (not counting those over the limit).
    public var count: Int { ordered.count }

    /// Whether the limit is reached: later diagnostics are only counted, so callers may skip costly hints.
    public var isFull: Bool { ordered.count >= limit }

    /// Everything recorded, sorted by line and column, with a closing note when some were dropped.
    public var diagnostics: [Diagnostic] {
        var sorted = ordered.sorted()
        if dropped > 0 {
            sorted.append(
                Diagnostic(
                    file: file, at: nil,
                    message: "\(dropped) more error(s) not shown; fix the ones above and try again"))
        }
        return sorted
    }
}
