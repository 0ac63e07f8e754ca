import Foundation

/// Bounds on what an import reads, so hostile or mistaken input cannot exhaust memory or time.
public struct ImportLimits: Sendable, Hashable {
    /// Largest export file read, in bytes; larger files are refused before reading.
    public var maxFileBytes: Int
    /// Deepest directory recursion.
    public var maxDirectoryDepth: Int
    /// Most files examined in one import.
    public var maxFiles: Int

    /// Creates limits; the defaults are 64 MiB per file, 16 directory levels and 10,000 files.
    public init(maxFileBytes: Int = 64 * 1_024 * 1_024, maxDirectoryDepth: Int = 16, maxFiles: Int = 10_000) {
        self.maxFileBytes = maxFileBytes
        self.maxDirectoryDepth = maxDirectoryDepth
        self.maxFiles = maxFiles
    }

    /// The default limits.
    public static let standard = ImportLimits()
}
