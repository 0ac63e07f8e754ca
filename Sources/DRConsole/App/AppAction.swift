import DRDrill
import Foundation
import TermUI

/// Something that happened, for `reduce` to apply.
public enum AppAction: Sendable, Hashable {
    /// The console opened (the runtime's first action).
    case started
    case keyPressed(KeyEvent)
    case mouse(MouseEvent)
    case resized(Size)
    /// Real time passed (seconds since the previous tick).
    case clockTicked(TimeInterval)
    /// A theme was read (answering `Effect.loadTheme`); nil when nothing could be read, which keeps the theme.
    case themeLoaded(Theme?, problems: [String])
    /// The keys file was read (answering `Effect.loadKeyMap`).
    case keyMapLoaded(KeyMap, problems: [String])
    /// Live health files were read (at start, or again because they changed under `--watch`).
    case healthLoaded(LiveHealth, problems: [String])
    /// The journal answered a write: nil when committed, else the problem.
    case journalWritten(problem: String?)
    /// The shared journal answered a submission or reported a change (team mode): the drill as it has it.
    case teamUpdated(TeamUpdate)
    /// A command was copied (answering `Effect.copy`): where it went, or the problem.
    case copied(String, isError: Bool)
}

/// Work for the runtime to do, answered with actions. The reducer itself never does I/O.
public enum Effect: Sendable, Hashable {
    /// Read the theme with this name or path, and answer with `themeLoaded`.
    case loadTheme(String)
    /// Commit these entries to the journal before drawing, and answer with `journalWritten`.
    case journal([JournalEntry])
    /// Read the keys file, if there is one, and answer with `keyMapLoaded`.
    case loadKeyMap
    /// Read the live health files, if any, and answer with `healthLoaded`.
    case loadHealth
    /// Read the live health files again if they changed since the last read.
    case reloadHealthIfChanged
    /// Copy this text to the terminal's clipboard (OSC 52) and to the fallback file; answer with `copied`.
    case copy(String)
    /// Leave the console.
    case quit
}
