import Foundation
import Yams

/// Measures how many nodes a document holds once every alias is expanded, without expanding anything.
///
/// Yams resolves an alias to the very node its anchor names, so a billion-laughs document is small in memory
/// but explodes for anyone who walks it. Each distinct node (identified by its position and shape) is sized once
/// and the sizes add up with saturation, so the check is linear in the text and never overflows.
struct AliasBudget {
    private struct Identity: Hashable {
        var line: Int
        var column: Int
        var shape: Int
        var count: Int
    }

    private let limit: Int
    private var sizes: [Identity: Int] = [:]
    /// The largest expanded size of a collection starting at each position.
    private(set) var sizeAt: [SourcePosition: Int] = [:]

    private init(limit: Int) {
        self.limit = limit
    }

    /// The expanded size of `root` (capped just above `limit`) and the sizes of collections by position.
    static func measure(_ root: Node, limit: Int) -> (size: Int, sizeAt: [SourcePosition: Int]) {
        var budget = AliasBudget(limit: limit)
        let size = budget.size(of: root, depth: 0)
        return (size, budget.sizeAt)
    }

    private mutating func size(of node: Node, depth: Int) -> Int {
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
        if let known = sizes[identity] { return known }
        // The structure scan bounds depth well below this; the guard keeps a broken invariant from recursing on.
        guard depth < 2_000 else { return limit + 1 }
        var total = 1
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping {
                total = add(total, add(size(of: key, depth: depth + 1), size(of: value, depth: depth + 1)))
            }
        case .sequence(let sequence):
            for child in sequence { total = add(total, size(of: child, depth: depth + 1)) }
        case .scalar, .alias:
            break
        }
        sizes[identity] = total
        let place = SourcePosition(line: identity.line, column: identity.column)
        sizeAt[place] = max(sizeAt[place] ?? 0, total)
        return total
    }

    private func add(_ lhs: Int, _ rhs: Int) -> Int {
        let (sum, overflow) = lhs.addingReportingOverflow(rhs)
        return overflow || sum > limit ? limit + 1 : sum
    }
}
