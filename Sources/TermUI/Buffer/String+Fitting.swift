extension String {
    /// The longest prefix that fits in `width` columns, never splitting a wide character.
    public func prefix(displayWidth width: Int) -> String {
        var used = 0
        var result = ""
        for character in self {
            let columns = character.displayWidth
            if used + columns > width { break }
            used += columns
            result.append(character)
        }
        return result
    }

    /// The text shortened to `width` columns, ending with `ellipsis` when something was cut.
    public func truncated(toWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        guard displayWidth > width else { return self }
        let ellipsisWidth = ellipsis.displayWidth
        guard ellipsisWidth < width else { return prefix(displayWidth: width) }
        return prefix(displayWidth: width - ellipsisWidth) + ellipsis
    }

    /// The text padded with spaces to `width` columns (or truncated, when longer), placed by `alignment`.
    public func padded(toWidth width: Int, alignment: Alignment = .leading) -> String {
        let fitted = prefix(displayWidth: max(0, width))
        let gap = max(0, width - fitted.displayWidth)
        switch alignment {
        case .leading: return fitted + String(repeating: " ", count: gap)
        case .trailing: return String(repeating: " ", count: gap) + fitted
        case .center:
            return String(repeating: " ", count: gap / 2) + fitted + String(repeating: " ", count: gap - gap / 2)
        }
    }
}
