import Foundation
import Yams

/// Measures how many nodes a document holds once every alias is expanded, without expanding anything.
///
/// Yams resolves an alias to the very node its anchor names, so a billion-laughs document is small in memory
/// but explodes for anyone who walks it. Each distinct collection (identified by its position and shape) is
/// sized once and sizes add up with saturation, so the check is linear in the text and never overflows.
enum AliasBudget {
    /// What the walk found.
    struct Measure {
        /// Nodes as written: each distinct collection and its scalars counted once.
        var written: Int
        /// Nodes with every alias expanded (saturating at `cap`).
        var expanded: Int
        /// The expanded size of each collection, by the position it starts at.
        var sizeAt: [SourcePosition: Int]
    }

    /// Sizes above this are all the same: far too many.
    static let cap = 1 << 60

    private struct Identity: Hashable {
        var line: Int
        var column: Int
        var shape: Int
        var count: Int
    }

    private final class Walk {
        var sizes: [Identity: Int] = [:]
        var written = 0
    }

    /// Measures a document.
    static func measure(_ root: Node) -> Measure {
        let walk = Walk()
        let expanded = size(of: root, walk: walk, depth: 0)
        var sizeAt: [SourcePosition: Int] = [:]
        for (identity, size) in walk.sizes {
            let place = SourcePosition(line: identity.line, column: identity.column)
            sizeAt[place] = max(sizeAt[place] ?? 0, size)
        }
        return Measure(written: walk.written, expanded: expanded, sizeAt: sizeAt)
    }

    private static func size(of node: Node, walk: Walk, depth: Int) -> Int {
        let identity: Identity
        switch node {
        case .scalar, .alias:
            return 1
        case .mapping(let mapping):
            identity = Identity(
                line: mapping.mark?.line ?? 0, column: mapping.mark?.column ?? 0, shape: 1, count: mapping.count)
        case .sequence(let sequence):
            identity = Identity(
                line: sequence.mark?.line ?? 0, column: sequence.mark?.column ?? 0, shape: 2, count: sequence.count)
        }
        if let known = walk.sizes[identity] { return known }
        // The structure scan bounds depth well below this; the guard keeps a broken invariant from recursing on.
        guard depth < 2_000 else { return cap }
        var total = 1
        switch node {
        case .mapping(let mapping):
            walk.written += 1 + 2 * mapping.count
            for (key, value) in mapping {
                let pair = add(size(of: key, walk: walk, depth: depth + 1), size(of: value, walk: walk, depth: depth + 1))
                total = add(total, pair)
            }
        case .sequence(let sequence):
            walk.written += 1 + sequence.count
            for child in sequence { total = add(total, size(of: child, walk: walk, depth: depth + 1)) }
        case .scalar, .alias:
            break
        }
        walk.sizes[identity] = total
        return total
    }

    private static func add(_ lhs: Int, _ rhs: Int) -> Int {
        let (sum, overflow) = lhs.addingReportingOverflow(rhs)
        return overflow || sum > cap ? cap : sum
    }
}
