import Foundation

/// The items of an export file, whatever wraps them.
struct ExportItems {
    var items: [(node: JSONNode, path: String)]
    /// Why the file may hold only part of a list (a `nextLink` or `skip_token` left to follow), if so.
    var incompleteNote: String?
    /// What wrapped the items, for the report (`array`, `page`, `Resource Graph result`, `object`).
    var wrapper: String
}

/// Unwraps the containers exports come in: a bare array, a single object, a REST page
/// `{ "value": [...], "nextLink": ... }`, an `az graph query` result `{ count, data: [...], skip_token,
/// total_records }`, a Resource Graph REST result `{ totalRecords, count, data, skipToken, resultTruncated }`,
/// or the older table form `data: { columns, rows }`.
enum ExportEnvelope {
    static func unwrap(_ root: JSONNode) -> ExportItems {
        if let items = root.array {
            return ExportItems(items: indexed(items, "$"), wrapper: "array")
        }
        guard root.isObject else { return ExportItems(items: [], wrapper: root.kindDescription) }
        if let page = root.member("value"), let items = page.array {
            let next = root["nextLink", "@odata.nextLink"]?.nonEmptyString
            return ExportItems(
                items: indexed(items, "$.value"),
                incompleteNote: next == nil
                    ? nil : "a nextLink was left unfollowed: the file holds one page of the list",
                wrapper: "page")
        }
        let graphKeys = ["count", "skip_token", "skipToken", "total_records", "totalRecords", "resultTruncated"]
        if let data = root.member("data"), graphKeys.contains(where: { root.member($0) != nil }) {
            let token = root["skip_token", "skipToken"]?.nonEmptyString
            let truncated = root["resultTruncated"]?.bool ?? (root["resultTruncated"]?.string?.lowercased() == "true")
            let note =
                token != nil || truncated
                ? "the Resource Graph result is truncated (a skip token was left unfollowed)" : nil
            if let items = data.array {
                return ExportItems(
                    items: indexed(items, "$.data"), incompleteNote: note, wrapper: "Resource Graph result")
            }
            if let table = tableRows(data) {
                return ExportItems(items: table, incompleteNote: note, wrapper: "Resource Graph table")
            }
        }
        return ExportItems(items: [(root, "$")], wrapper: "object")
    }

    private static func indexed(_ items: [JSONNode], _ path: String) -> [(node: JSONNode, path: String)] {
        items.enumerated().map { ($0.element, "\(path)[\($0.offset)]") }
    }

    /// Rows of the table form, each turned into an object keyed by column name.
    private static func tableRows(_ data: JSONNode) -> [(node: JSONNode, path: String)]? {
        guard let columns = data["columns"]?.array, let rows = data["rows"]?.array else { return nil }
        let names = columns.map { $0["name"]?.string ?? "" }
        return rows.enumerated().map { index, row in
            var dict: [String: JSONNode] = [:]
            var keys: [String] = []
            for (column, cell) in zip(names, row.array ?? []) where !column.isEmpty {
                if dict.updateValue(cell, forKey: column) == nil { keys.append(column) }
            }
            return (JSONNode(.object(dict, keys: keys), offset: row.offset), "$.data.rows[\(index)]")
        }
    }
}
