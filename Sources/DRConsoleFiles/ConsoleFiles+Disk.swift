import DRConsole
import DRDomain
import Foundation

extension ConsoleFiles {
    /// The console's files on disk: themes by name (the user's theme folder, then the built-in ones) or path,
    /// the keys file if one exists, and live health files (watched for changes when the console asks).
    /// - Parameters:
    ///   - userThemeFolder: where `NAME.yaml` themes are looked for before the built-in ones.
    ///   - keysFile: the keys file, if there is one (`KeyMapFile.defaultPath`).
    ///   - health: the live health files and folders (`--health`), if any.
    ///   - regions: resolves the region display names of the health files.
    public static func disk(userThemeFolder: String?, keysFile: String?, health: [String], regions: RegionCatalog) -> ConsoleFiles {
        let watcher = health.isEmpty ? nil : HealthWatcher(paths: health, regions: regions)
        return ConsoleFiles(
            loadTheme: { name in
                let result = BuiltInThemes.resolve(name, userThemeFolder: userThemeFolder)
                return (result.isLoaded ? result.theme : nil, result.diagnostics.map(\.description))
            },
            loadKeyMap: {
                guard let keysFile else { return nil }
                let (map, diagnostics) = KeyMapFile.load(path: keysFile)
                return (map, diagnostics.map(\.description))
            },
            loadHealth: {
                guard let watcher else { return nil }
                let (snapshot, problems) = watcher.load()
                return (LiveHealth(snapshot: snapshot, sources: watcher.paths), problems)
            },
            healthChanged: { watcher?.hasChanged() ?? false },
            copy: { try CommandClipboard.copy($0) })
    }
}
