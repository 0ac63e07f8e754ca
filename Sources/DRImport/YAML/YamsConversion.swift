import Foundation
import Yams

extension Yams.Node {
    /// The node's position, or nil for nodes built in code.
    var sourcePosition: SourcePosition? {
        guard let mark else { return nil }
        return SourcePosition(line: mark.line, column: mark.column)
    }
}

extension YAMLNode {
    /// The node Yams parsed, as the readers see it.
    ///
    /// Recursion follows the document's nesting, which the structure scan has bounded before Yams ran; an alias
    /// becomes a copy of the node it names (the alias budget has bounded what that adds). A position Yams does
    /// not give (nodes built in code) reads as the start of the file.
    init(yams node: Yams.Node) {
        let position = node.sourcePosition ?? .start
        switch node {
        case .scalar(let scalar):
            self = .scalar(YAMLScalarNode(
                scalar.string, isPlain: scalar.style == .plain,
                isTaggedNull: scalar.tag.rawValue == Tag.Name.null.rawValue, at: position))
        case .mapping(let mapping):
            self = .mapping(YAMLMappingNode(
                mapping.map { YAMLMappingNode.Pair(key: YAMLNode(yams: $0.key), value: YAMLNode(yams: $0.value)) },
                at: position))
        case .sequence(let sequence):
            self = .sequence(YAMLSequenceNode(sequence.map { YAMLNode(yams: $0) }, at: position))
        case .alias:
            // Yams' parser resolves every alias to the node its anchor names; an unresolved one reads as null.
            self = .scalar(YAMLScalarNode("", isPlain: true, at: position))
        }
    }
}
