import Foundation

/// Names the alias that blows a document past its node budget, for the error message.
enum AliasBomb {
    /// The position of the alias whose anchor expands the most (the first such alias in the text), and a message.
    static func describe(
        scan: StructureScan.Result, sizeAt: [SourcePosition: Int], limit: Int
    ) -> (SourcePosition?, String) {
        let general = "aliases expand the document by more than \(limit) nodes"
        var anchorsByName: [String: [SourcePosition]] = [:]
        for anchor in scan.anchors { anchorsByName[anchor.name, default: []].append(anchor.position) }
        var collectionsByLine: [Int: [(column: Int, size: Int)]] = [:]
        for (place, size) in sizeAt { collectionsByLine[place.line, default: []].append((place.column, size)) }
        for line in collectionsByLine.keys { collectionsByLine[line]?.sort { $0.column < $1.column } }
        var best: (size: Int, alias: StructureScan.Reference)?
        for alias in scan.aliases {
            // Anchors may be redefined; an alias names the latest definition before it.
            guard let anchor = anchorsByName[alias.name]?.last(where: { $0 < alias.position }) else { continue }
            let size = targetSize(of: anchor, collectionsByLine: collectionsByLine)
            if size > (best?.size ?? 0) { best = (size, alias) }
        }
        guard let best else { return (nil, general) }
        return (
            best.alias.position,
            "alias '*\(best.alias.name)' expands the document by more than \(limit) nodes (an alias bomb?); "
                + "aliases may repeat small parts, not multiply the file"
        )
    }

    /// The expanded size of the collection an anchor names: it starts at the anchor, or at a tag just before it
    /// (each line's collections are sorted by column).
    private static func targetSize(of anchor: SourcePosition, collectionsByLine: [Int: [(column: Int, size: Int)]])
        -> Int
    {
        guard let row = collectionsByLine[anchor.line] else { return 1 }
        var low = 0
        var high = row.count
        while low < high {
            let middle = (low + high) / 2
            if row[middle].column <= anchor.column { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? row[low - 1].size : 1
    }
}
