import TermUI
import CNCursesw
/// The ncurses backend.
public enum NCursesBackendModule {}
