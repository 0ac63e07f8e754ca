import Foundation

/// The tags of the scribe's lane.
public enum NoteTag: String, Sendable, Hashable, Codable, CaseIterable {
    case decision = "DECISION"
    case action = "ACTION"
    case todo = "TODO"
    case observation = "OBSERVATION"
    /// A note without a tag.
    case note = "NOTE"
}

/// A scribe's note: tagged, optionally owned (`@name`), stamped with the inject active and the resource selected
/// when it was written (the drill and wall times are the entry's).
public struct DrillNote: Sendable, Hashable, Codable {
    public var tag: NoteTag
    public var text: String
    /// The `@name` the note assigns, without the `@`.
    public var owner: String?
    /// The scenario inject that fired last when the note was written.
    public var inject: String?
    /// The resource selected in the console when the note was written.
    public var resource: String?

    public init(tag: NoteTag, text: String, owner: String? = nil, inject: String? = nil, resource: String? = nil) {
        self.tag = tag
        self.text = text
        self.owner = owner
        self.inject = inject
        self.resource = resource
    }

    /// Reads a note as typed: an optional leading tag (`TODO`, `todo:`, `Decision -`) and an optional `@owner`
    /// anywhere. Nil when nothing is left to say.
    public static func parse(_ line: String, inject: String? = nil, resource: String? = nil) -> DrillNote? {
        var words = line.split(whereSeparator: \.isWhitespace).map(String.init)
        guard !words.isEmpty else { return nil }
        var tag = NoteTag.note
        let head = words[0].trimmingCharacters(in: CharacterSet(charactersIn: ":-")).uppercased()
        if let found = NoteTag(rawValue: head), found != .note {
            tag = found
            words.removeFirst()
            if words.first == "-" || words.first == ":" { words.removeFirst() }
        }
        let owner = words.first { $0.count > 1 && $0.hasPrefix("@") }
            .map { String($0.dropFirst()).trimmingCharacters(in: .punctuationCharacters) }
        let text = words.joined(separator: " ")
        guard !text.isEmpty else { return nil }
        return DrillNote(tag: tag, text: text, owner: owner?.isEmpty == true ? nil : owner, inject: inject, resource: resource)
    }

    /// The note as the timeline shows it (`TODO @ic: fix DNS`).
    public var line: String {
        tag == .note ? text : "\(tag.rawValue): \(text)"
    }
}
