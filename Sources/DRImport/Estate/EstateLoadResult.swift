import DRDomain
import Foundation

/// What loading an estate file produced: the estate when the file is valid, and every problem found.
public struct EstateLoadResult: Sendable {
    /// The file as named in diagnostics.
    public var file: String
    /// The estate, or nil when any error was found.
    public var estate: Estate?
    /// Every problem, sorted by line and column.
    public var diagnostics: [Diagnostic]
    /// Where each resource (live or deleted) is defined, so later messages and views can point at its line.
    public var locations: [ResourceID: SourcePosition]

    /// Creates a result.
    public init(
        file: String, estate: Estate?, diagnostics: [Diagnostic], locations: [ResourceID: SourcePosition] = [:]
    ) {
        self.file = file
        self.estate = estate
        self.diagnostics = diagnostics
        self.locations = locations
    }

    /// Whether the file loaded without errors.
    public var isValid: Bool { estate != nil && diagnostics.isEmpty }
}
