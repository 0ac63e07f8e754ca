import Foundation
import Yams

@testable import DRImport

/// Compares the fast block-YAML path with Yams on one text.
///
/// The contract: whenever `BlockYAMLParser` accepts a text, Yams accepts it too (no duplicate key, no error)
/// and builds the same tree, every scalar, style and position included. Declining is always allowed.
enum BlockYAMLOracle {
    /// What happened to one text.
    enum Verdict: Equatable {
        /// The fast path declined; Yams reads the file.
        case declined
        /// Both built the same tree.
        case agreed
        /// A contract break, described.
        case broken(String)
    }

    static func check(_ text: String, limits: YAMLLimits = .estate) -> Verdict {
        guard let fast = BlockYAMLParser.parse(Array(text.utf8), limits: limits) else { return .declined }
        let yams: Yams.Node?
        do {
            yams = try Parser(yaml: text, resolver: .basic).singleRoot()
        } catch {
            return .broken("the fast path accepted a text Yams refuses: \(error)")
        }
        guard let yams else { return .broken("the fast path accepted a text Yams reads as empty") }
        let expected = YAMLNode(yams: yams)
        if let difference = firstDifference(fast, expected, path: "root") {
            return .broken(difference)
        }
        return .agreed
    }

    /// Where two trees first differ, as a path and both values; nil when they are equal.
    static func firstDifference(_ fast: YAMLNode, _ yams: YAMLNode, path: String) -> String? {
        if fast.position != yams.position {
            return "\(path): position \(fast.position) (fast) vs \(yams.position) (Yams)"
        }
        switch (fast, yams) {
        case (.scalar(let a), .scalar(let b)):
            if a.string != b.string { return "\(path): text \(a.string.debugDescription) vs \(b.string.debugDescription)" }
            if a.isPlain != b.isPlain { return "\(path): plain \(a.isPlain) vs \(b.isPlain)" }
            if a.isTaggedNull != b.isTaggedNull { return "\(path): tagged null \(a.isTaggedNull) vs \(b.isTaggedNull)" }
            return nil
        case (.mapping(let a), .mapping(let b)):
            guard a.pairs.count == b.pairs.count else { return "\(path): \(a.pairs.count) vs \(b.pairs.count) pairs" }
            for (index, (x, y)) in zip(a.pairs, b.pairs).enumerated() {
                if let found = firstDifference(x.key, y.key, path: "\(path).key[\(index)]") { return found }
                let name = x.key.scalarText ?? "\(index)"
                if let found = firstDifference(x.value, y.value, path: "\(path).\(name)") { return found }
            }
            return nil
        case (.sequence(let a), .sequence(let b)):
            guard a.items.count == b.items.count else { return "\(path): \(a.items.count) vs \(b.items.count) items" }
            for (index, (x, y)) in zip(a.items, b.items).enumerated() {
                if let found = firstDifference(x, y, path: "\(path)[\(index)]") { return found }
            }
            return nil
        default:
            return "\(path): \(fast.kindDescription) (fast) vs \(yams.kindDescription) (Yams)"
        }
    }
}
