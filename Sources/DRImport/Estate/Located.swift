import Foundation

/// A decoded estate item with where each of its fields is written, so checks can point at the right line.
///
/// When a required field is missing or unreadable the value holds a placeholder and the field is listed in
/// `invalid`; checks skip such fields, so one mistake is reported once and not again by every later check.
struct Located<Value> {
    var value: Value
    /// Where the item's mapping starts.
    var position: SourcePosition
    /// Where each written key's value is.
    var fields: [String: SourcePosition]
    /// Where each item of a list-valued key is.
    var items: [String: [SourcePosition]] = [:]
    /// Required fields that are missing or unreadable.
    var invalid: Set<String> = []

    /// The position of a field's value, or of the item when the field is not written.
    func at(_ key: String) -> SourcePosition { fields[key] ?? position }

    /// Whether a field is written and was read successfully.
    func has(_ key: String) -> Bool { fields[key] != nil && !invalid.contains(key) }
}

/// Tracks the required fields of one item while it is decoded.
struct RequiredFields {
    private(set) var invalid: Set<String> = []

    /// The value, or the placeholder when the value is nil (the field is then marked invalid).
    mutating func value<T>(_ value: T?, _ key: String, placeholder: T) -> T {
        if let value { return value }
        invalid.insert(key)
        return placeholder
    }

    /// Marks a field invalid (written but unreadable).
    mutating func markInvalid(_ key: String) { invalid.insert(key) }
}
