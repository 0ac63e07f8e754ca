import CNCursesw
import TermUI

extension NCursesBackend {
    /// Draws each cell with `setcchar` and `mvwadd_wch` (wide characters and combining marks included).
    public func draw(_ changes: [CellChange]) throws {
        try ensureOpen()
        for change in changes where !change.cell.isContinuation {
            drawCell(change.cell, at: change.position)
        }
    }

    /// Blanks the window and makes the next flush repaint the whole physical screen.
    public func clear() throws {
        try ensureOpen()
        werase(window)
        clearok(window, true)
    }

    /// Moves the cursor where it was asked for, then shows everything with one `doupdate`.
    public func flush() throws {
        try ensureOpen()
        if let cursor { wmove(window, Int32(clamping: cursor.y), Int32(clamping: cursor.x)) }
        wnoutrefresh(window)
        doupdate()
    }

    private func drawCell(_ cell: Cell, at position: Position) {
        guard position.x >= 0, position.y >= 0 else { return }
        let rendition = Rendition(cell.style, capability: colorCapability)
        let pair = colorPair(foreground: rendition.foreground, background: rendition.background)
        let symbol = cell.symbol.isEmpty ? " " : cell.symbol
        let characters = symbol.unicodeScalars.prefix(Int(CCHARW_MAX) - 1).map { wchar_t(bitPattern: $0.value) } + [0]
        var character = cchar_t()
        setcchar(&character, characters, CursesTables.attributes(for: rendition.modifiers), Int16(clamping: pair), nil)
        mvwadd_wch(window, Int32(clamping: position.y), Int32(clamping: position.x), &character)
    }

    /// The pair number for colours, defining the pair on first use; pair 0 on monochrome terminals.
    private func colorPair(foreground: Int, background: Int) -> Int {
        guard colorCapability != .monochrome else { return 0 }
        var foreground = foreground
        var background = background
        if !usesDefaultColors {
            if foreground < 0 { foreground = Int(COLOR_WHITE) }
            if background < 0 { background = Int(COLOR_BLACK) }
        }
        let (number, isNew) = pairs.number(foreground: foreground, background: background)
        if isNew {
            init_pair(Int16(clamping: number), Int16(clamping: foreground), Int16(clamping: background))
        }
        return number
    }
}
