/// The files the console reads, behind functions the caller supplies: the command line reads them with
/// `DRConsoleFiles`, tests pass their own. The runtime calls them to perform effects; nothing else in the
/// console touches the file system.
public struct ConsoleFiles: Sendable {
    /// A theme by name or path: the theme, or nil when nothing could be read, and the problems found.
    public var loadTheme: @Sendable (String) -> (Theme?, [String])
    /// The keys file over the standard keys, or nil when there is no keys file.
    public var loadKeyMap: @Sendable () -> (KeyMap, [String])?
    /// The live health files, or nil when none were given.
    public var loadHealth: @Sendable () -> (LiveHealth, [String])?
    /// Whether the live health files changed since they were last read.
    public var healthChanged: @Sendable () -> Bool
    /// Copies text to the clipboard; returns where it went, or throws a message saying why it could not.
    public var copy: @Sendable (String) throws -> String

    public init(
        loadTheme: @escaping @Sendable (String) -> (Theme?, [String]),
        loadKeyMap: @escaping @Sendable () -> (KeyMap, [String])? = { nil },
        loadHealth: @escaping @Sendable () -> (LiveHealth, [String])? = { nil },
        healthChanged: @escaping @Sendable () -> Bool = { false },
        copy: @escaping @Sendable (String) throws -> String = { _ in "nowhere: no clipboard in this console" }
    ) {
        self.copy = copy
        self.loadTheme = loadTheme
        self.loadKeyMap = loadKeyMap
        self.loadHealth = loadHealth
        self.healthChanged = healthChanged
    }
}
