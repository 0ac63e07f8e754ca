extension Buffer {
    /// The buffer as plain text, one string per row; a wide character appears once (it covers two columns).
    public func lines() -> [String] {
        (0..<height).map { row in
            var line = ""
            for x in 0..<width {
                let cell = cells[row * width + x]
                if !cell.isContinuation { line += cell.symbol }
            }
            return line
        }
    }

    /// One letter per cell naming its style, with the legend (see `StyleGrid`).
    ///
    /// `legend` names styles the caller cares about (compared after `Style.normalized`); other styles get
    /// letters `a`, `b`, ... in order of first appearance, skipping letters the legend uses. The plain style is
    /// `.` unless the legend names it.
    public func styleGrid(legend: [Character: Style] = [:]) -> StyleGrid {
        var letters: [Style: Character] = [:]
        for (letter, style) in legend.sorted(by: { $0.key < $1.key }) where letters[style.normalized] == nil {
            letters[style.normalized] = letter
        }
        if letters[Style.plain] == nil && !legend.keys.contains(".") { letters[.plain] = "." }
        var pool = StyleGrid.autoLetters.filter { !legend.keys.contains($0) }.makeIterator()
        var order: [Character] = []
        var seen: Set<Character> = []
        var used: [Character: Style] = [:]
        let rows: [String] = (0..<height).map { row in
            var text = ""
            for x in 0..<width {
                let style = cells[row * width + x].style.normalized
                let letter: Character
                if let known = letters[style] {
                    letter = known
                } else {
                    letter = pool.next() ?? "?"
                    if letter != "?" { letters[style] = letter }
                }
                if !seen.contains(letter) {
                    seen.insert(letter)
                    order.append(letter)
                    used[letter] = style
                }
                text.append(letter)
            }
            return text
        }
        return StyleGrid(rows: rows, legend: order.compactMap { letter in used[letter].map { (letter, $0) } })
    }

    /// The text grid, a separator, and the style grid with its legend: the form of a screen snapshot file.
    public func snapshot(legend: [Character: Style] = [:]) -> String {
        (lines() + ["---"]).joined(separator: "\n") + "\n" + styleGrid(legend: legend).description
    }
}

/// A buffer's styles as text: one letter per cell, and what each letter means.
///
/// Stored next to the text grid in snapshot files, a colour regression shows as a one-letter diff.
public struct StyleGrid: Hashable, Sendable, CustomStringConvertible {
    /// Letters given to styles the caller did not name.
    static let autoLetters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")

    /// One string per buffer row, one letter per cell.
    public var rows: [String]
    /// The letters used, in order of first appearance, and their styles.
    public var legend: [(letter: Character, style: Style)]

    /// Creates a style grid.
    public init(rows: [String], legend: [(letter: Character, style: Style)]) {
        self.rows = rows
        self.legend = legend
    }

    /// The rows, then one `letter: style` line per legend entry.
    public var description: String {
        (rows + legend.map { "\($0.letter): \($0.style)" }).joined(separator: "\n")
    }

    public static func == (lhs: StyleGrid, rhs: StyleGrid) -> Bool {
        lhs.rows == rhs.rows && lhs.legend.map(\.letter) == rhs.legend.map(\.letter)
            && lhs.legend.map(\.style) == rhs.legend.map(\.style)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(rows)
        for entry in legend {
            hasher.combine(entry.letter)
            hasher.combine(entry.style)
        }
    }
}
