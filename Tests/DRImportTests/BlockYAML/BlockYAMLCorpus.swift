import DRSimulation
import DRTestSupport
import Foundation

@testable import DRImport

/// The YAML texts the differential tests read: every YAML file and document the project ships, estates the
/// writer produces, generated block YAML, and mutations of all of them.
enum BlockYAMLCorpus {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The sample estate, built-in scenarios, themes, fenced YAML in the docs, and written estates.
    static func shipped() -> [(name: String, text: String)] {
        var texts: [(String, String)] = [("sample estate", SampleEstate.yaml)]
        texts += BuiltInScenarios.all.map { ("scenario \($0.name)", $0.yaml) }
        let files = FileManager.default
        let themes = repository.appendingPathComponent("themes")
        for name in ((try? files.contentsOfDirectory(atPath: themes.path)) ?? []).sorted() where name.hasSuffix(".yaml") {
            if let text = try? String(contentsOf: themes.appendingPathComponent(name), encoding: .utf8) {
                texts.append(("themes/\(name)", text))
            }
        }
        let docs = repository.appendingPathComponent("docs")
        for name in ((try? files.contentsOfDirectory(atPath: docs.path)) ?? []).sorted() where name.hasSuffix(".md") {
            guard let text = try? String(contentsOf: docs.appendingPathComponent(name), encoding: .utf8) else { continue }
            for (index, block) in fencedYAML(in: text).enumerated() { texts.append(("docs/\(name) block \(index + 1)", block)) }
        }
        texts.append(("written 300-resource estate", EstateWriter.yaml(for: EstateGenerator.make(resources: 300, seed: 3))))
        texts.append(("written wide estate", EstateWriter.yaml(for: EstateGenerator.wide(projects: 40, connections: 12))))
        return texts
    }

    /// The bodies of the ```yaml blocks of a Markdown text.
    static func fencedYAML(in markdown: String) -> [String] {
        var blocks: [String] = []
        var current: [Substring]?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line.hasPrefix("```yaml") {
                current = []
            } else if current != nil, line.hasPrefix("```") {
                blocks.append(current!.joined(separator: "\n") + "\n")
                current = nil
            } else {
                current?.append(line)
            }
        }
        return blocks
    }

    // MARK: - Generated block YAML

    private static let keys = [
        "id", "name", "region", "hubs", "zones", "a", "b-c", "snake_case", "key.with.dots", "x/y", "ÿes", "日本",
        "\"quoted key\"", "'single key'", "\"\"", "n1", "on", "~", "-dash", "a:b", "url#frag", "k,v",
    ]
    private static let scalars = [
        "eastus2", "hub-eus2", "2026-11-30T09:00:00Z", "PT15M", "\"00000000-0000-0000-0000-000000000000\"",
        "true", "no", "~", "null", "Null", "", "''", "\"\"", "'it''s'", "\"tab\\there\"", "\"quote \\\" in\"",
        "\"\\u00e9t\\u00E9\"", "\"\\x41\\U0001F600\"", "\"back\\\\slash\"", "\"slash \\/\"", "café", "🙂 smile",
        "words with  two spaces", "trailing   ", "a#b", "https://example.test/x?y=1", "-1", "0755", "1e3", ".5",
        "[]", "{}", "[eastus2, westus2]", "[ \"a\" , 'b',c ]", "[one two, three]", "x # comment", "a,b", "'#not'",
        "\"ü: x\"", "'a: b'", "{ rto: PT1H, rpo: PT15M }", "{fg: white,bold: true}", "{ 'k': \"v\" }",
    ]

    /// A random document inside the subset the fast path accepts (almost always: keys may repeat).
    static func generated(_ random: inout SplitMix64, keys: [String] = keys, values: [String] = scalars) -> String {
        let pools = (keys: keys, values: values)
        var lines: [String] = []
        if random.below(4) == 0 { lines.append("# generated") }
        if random.below(6) == 0 { lines.append("---") }
        if random.below(3) == 0 {
            sequence(indent: random.below(2), depth: 0, pools, into: &lines, &random)
        } else {
            mapping(indent: random.below(4) == 0 ? 2 : 0, firstPrefix: nil, depth: 0, pools, into: &lines, &random)
        }
        return lines.joined(separator: "\n") + (random.below(5) == 0 ? "" : "\n")
    }

    private static func spaces(_ count: Int) -> String { String(repeating: " ", count: count) }

    private static func decoration(_ random: inout SplitMix64) -> String {
        switch random.below(8) {
        case 0: return "  # note"
        case 1: return "   "
        default: return ""
        }
    }

    /// The keys and scalar values a generated document draws from.
    typealias Pools = (keys: [String], values: [String])

    private static func mapping(
        indent: Int, firstPrefix: String?, depth: Int, _ pools: Pools, into lines: inout [String],
        _ random: inout SplitMix64
    ) {
        var used: Set<String> = []
        for entry in 0..<(1 + random.below(4)) {
            let key = random.pick(pools.keys.filter { !used.contains($0) })
            used.insert(key)
            let lead = entry == 0 ? (firstPrefix ?? spaces(indent)) : spaces(indent)
            if random.below(7) == 0 { lines.append(spaces(random.below(6)) + "# between") }
            if random.below(9) == 0 { lines.append("") }
            if depth < 4, random.below(3) == 0 {
                lines.append(lead + key + ":" + decoration(&random))
                let step = 1 + random.below(3)
                switch random.below(3) {
                case 0: mapping(indent: indent + step, firstPrefix: nil, depth: depth + 1, pools, into: &lines, &random)
                case 1: sequence(indent: indent + step, depth: depth + 1, pools, into: &lines, &random)
                default: sequence(indent: indent, depth: depth + 1, pools, into: &lines, &random)
                }
            } else if random.below(8) == 0 {
                lines.append(lead + key + ":" + decoration(&random))
            } else {
                lines.append(lead + key + ": " + random.pick(pools.values) + decoration(&random))
            }
        }
    }

    private static func sequence(
        indent: Int, depth: Int, _ pools: Pools, into lines: inout [String], _ random: inout SplitMix64
    ) {
        for _ in 0..<(1 + random.below(3)) {
            let dash = spaces(indent) + "-" + spaces(1 + (random.below(5) == 0 ? 2 : 0))
            switch random.below(depth < 4 ? 5 : 2) {
            case 0: lines.append(dash + random.pick(pools.values) + decoration(&random))
            case 1: lines.append(spaces(indent) + "-" + decoration(&random))
            case 2, 3:
                mapping(indent: dash.count, firstPrefix: dash, depth: depth + 1, pools, into: &lines, &random)
            default:
                lines.append(spaces(indent) + "-")
                mapping(indent: indent + 1 + random.below(3), firstPrefix: nil, depth: depth + 1, pools, into: &lines,
                        &random)
            }
        }
    }

    // MARK: - Token soup

    private static let soupKeys = [
        "a", "k", "a b", "a:b", "a#b", "a #b", "-a", "--", "---", "...", "?a", ":a", "a?", "\"q\"", "'q'", "\"a\\\"b\"",
        "é", "日本", "🙂", "[a]", "{a}", "a,b", "&x", "*x", "!t", "|", ">", "%", "@", "`", "~", "null", "",
        String(repeating: "k", count: 1_030),
    ]
    private static let soupValues = [
        "v", "a:b", "a: b", "a:?", "a:", ":", "-", "- x", "-1", "--x", "?", "?x", ":x", "#", " #c", "a#b", "a #b",
        "[]", "{}", "[a, b]", "[a,b,]", "[a: b]", "[a:b]", "[a:?]", "[[a]]", "[a, 'b', \"c\"]", "{a: b}", "{a:b}",
        "{a: b, a: c}", "{a : b}", "{a}", "{a: }", "{\"k\": v}", "'it''s'", "'a", "\"a", "\"\\x41\\u00e9\"",
        "\"\\ud800\"", "\"\\U0001F600\"", "\"\\0\"", "\"\\q\"", "\"a\"b", "'a'b", "&a x", "*a", "!t x",
        "|", ">", "%x", "@x", "`x`", "~", "null", "x  y", "x   ", "é", "🙂 x", "2026-11-30T09:00:00Z", "PT15M",
        "{" + String(repeating: "k", count: 1_030) + ": v}", "[" + String(repeating: "v", count: 2_000) + "]",
    ]

    /// Lines of random keys, values, list dashes and indentation: mostly nonsense, to find any text the fast
    /// path accepts where Yams reads something else or refuses.
    static func soup(_ random: inout SplitMix64) -> String {
        if random.below(2) == 0 { return generated(&random, keys: keys + soupKeys, values: scalars + soupValues) }
        var lines: [String] = []
        for _ in 0..<(1 + random.below(8)) {
            var line = String(repeating: " ", count: random.below(7))
            if random.below(3) == 0 { line += random.pick(["- ", "-", "-  ", "- - "]) }
            switch random.below(6) {
            case 0: line += random.pick(soupValues)
            case 1: line += random.pick(soupKeys) + ":"
            case 2: line += "# " + random.pick(soupValues)
            default: line += random.pick(soupKeys) + random.pick([": ", ":  ", ":", " : "]) + random.pick(soupValues)
            }
            if random.below(5) == 0 { line += random.pick([" # c", "#c", "  ", " "]) }
            lines.append(line)
            if random.below(8) == 0 { lines.append(random.pick(["", "---", "...", "  ", "#"])) }
        }
        return lines.joined(separator: "\n") + (random.below(4) == 0 ? "" : "\n")
    }

    // MARK: - Mutations

    private static let insertions = [
        " ", "  ", "-", "- ", ":", ": ", "#", " #", "\"", "'", "\n", "\n  ", "[", "]", ",", "{", "}", "\\", "é", "&a ",
        "*a", "!!str ", "|", ">", "?", "...", "---", "\t", "\r", "\u{85}", "\u{2028}", "\u{FEFF}", "x", "\\u0000",
        "%", "@", "`", "~", "\u{7F}",
    ]

    /// The text with 1 to 3 small edits: inserted YAML punctuation, deleted characters, lines re-indented,
    /// repeated, joined or dropped.
    static func mutate(_ text: String, _ random: inout SplitMix64) -> String {
        var out = Array(text.unicodeScalars)
        for _ in 0...random.below(3) {
            let at = random.below(out.count + 1)
            switch random.below(6) {
            case 0, 1:
                out.insert(contentsOf: random.pick(insertions).unicodeScalars, at: at)
            case 2:
                if at < out.count { out.removeSubrange(at..<min(out.count, at + 1 + random.below(3))) }
            default:
                var lines = String(String.UnicodeScalarView(out)).components(separatedBy: "\n")
                let line = random.below(lines.count)
                switch random.below(4) {
                case 0: lines[line] = " " + lines[line]
                case 1: if lines[line].hasPrefix(" ") { lines[line].removeFirst() }
                case 2: lines.insert(lines[line], at: line)
                default: lines.remove(at: line)
                }
                out = Array(lines.joined(separator: "\n").unicodeScalars)
            }
        }
        return String(String.UnicodeScalarView(out))
    }
}
