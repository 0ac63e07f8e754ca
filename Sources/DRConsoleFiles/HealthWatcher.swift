import DRConsole
import DRDomain
import DRImport
import Foundation

/// Live health files (`--health PATH...`): read once, and with `--watch` read again whenever a file changes.
///
/// Changes are noticed by polling modification times once a tick, which needs no platform file-event API and
/// costs a few `stat` calls a second.
public final class HealthWatcher: @unchecked Sendable {
    /// The files and folders watched.
    public let paths: [String]
    private let regions: RegionCatalog
    private var lastSeen: [String: Date] = [:]

    /// Watches `paths` (files or folders); region display names resolve through `regions`.
    public init(paths: [String], regions: RegionCatalog) {
        self.paths = paths
        self.regions = regions
    }

    /// Reads every health file now, and remembers their modification times.
    public func load() -> (HealthSnapshot, [String]) {
        lastSeen = modificationTimes()
        let (snapshot, diagnostics) = HealthImport.load(paths: paths, regions: regions)
        return (snapshot, diagnostics.map(\.description))
    }

    /// Whether any file was added, removed or modified since the last load.
    public func hasChanged() -> Bool { modificationTimes() != lastSeen }

    private func modificationTimes() -> [String: Date] {
        var times: [String: Date] = [:]
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                let items = manager.enumerator(atPath: path)?.compactMap { $0 as? String } ?? []
                for item in items.prefix(10_000) {
                    let full = (path as NSString).appendingPathComponent(item)
                    times[full] = (try? manager.attributesOfItem(atPath: full))?[.modificationDate] as? Date
                }
            } else {
                times[path] = (try? manager.attributesOfItem(atPath: path))?[.modificationDate] as? Date
            }
        }
        return times
    }
}
