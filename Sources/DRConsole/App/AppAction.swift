import Foundation
import TermUI

/// Something that happened, for `reduce` to apply.
public enum AppAction: Sendable, Hashable {
    case keyPressed(KeyEvent)
    case mouse(MouseEvent)
    case resized(Size)
    /// Real time passed (seconds since the previous tick).
    case clockTicked(TimeInterval)
    /// A theme was read (by the runtime, answering `Effect.loadTheme`).
    case themeLoaded(Theme, problems: [String])
    /// Live health files were read (at start, or again because they changed under `--watch`).
    case healthLoaded(LiveHealth, problems: [String])
}

/// Work for the runtime to do, answered with actions. The reducer itself never does I/O.
public enum Effect: Sendable, Hashable {
    /// Read the theme with this name or path, and answer with `themeLoaded`.
    case loadTheme(String)
    /// Leave the console.
    case quit
}
