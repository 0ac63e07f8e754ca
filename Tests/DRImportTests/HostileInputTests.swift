import DRDomain
import Foundation
import Testing

@testable import DRImport

@Suite("Hostile and broken YAML")
struct HostileInputTests {
    private func load(_ text: String, limits: YAMLLimits = .estate) -> YAMLLoadResult {
        YAMLLoader.load(text: text, file: "h.yaml", limits: limits)
    }

    @Test("a billion-laughs alias bomb is refused quickly, at the alias")
    func aliasBomb() {
        var text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        let names = ["b", "c", "d", "e", "f", "g", "h", "i", "j"]
        var previous = "a"
        for name in names {
            let items = Array(repeating: "*\(previous)", count: 10).joined(separator: ", ")
            text += "\(name): &\(name) [\(items)]\n"
            previous = name
        }
        let clock = ContinuousClock()
        var result: YAMLLoadResult?
        let elapsed = clock.measure { result = load(text) }
        #expect(elapsed < .seconds(1))
        #expect(result?.document == nil)
        let diagnostic = result?.diagnostics.first
        #expect(diagnostic?.message.contains("alias '*") == true, "\(String(describing: diagnostic))")
        #expect(diagnostic?.message.contains("100000 nodes") == true)
        #expect(diagnostic?.line ?? 0 >= 2)
    }

    @Test("a flow list of 300,000 items on one line is read in one pass, every item located")
    func longFlowLine() throws {
        let items = (0..<300_000).map { "z\($0 % 10)é" }
        let text = "zones: [" + items.joined(separator: ", ") + "]\n"
        let clock = ContinuousClock()
        var result: YAMLLoadResult?
        // Counting each item's column from the start of the line would take minutes here.
        let elapsed = clock.measure { result = load(text) }
        #expect(elapsed < .seconds(10))
        let root = try #require(result?.document?.root)
        guard case .mapping(let mapping) = root, case .sequence(let list) = mapping.pairs.first?.value else {
            Issue.record("expected zones: [...]")
            return
        }
        #expect(list.items.count == 300_000)
        // Each item is 3 characters (the é counts once) and a separator of 2: the last starts at 9 + 5 x 299,999.
        #expect(list.items.last?.position == SourcePosition(line: 1, column: 9 + 5 * 299_999))
    }

    @Test("small, legitimate aliases are fine")
    func modestAliases() {
        let result = load("base: &b { region: eastus2 }\none: *b\ntwo: *b\n")
        #expect(result.document != nil)
        #expect(result.diagnostics.isEmpty)
    }

    @Test("10,000 nested '[' stop at the depth limit with a position, without recursion")
    func deepFlowNesting() {
        let text = "key: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n"
        let result = load(text)
        #expect(result.document == nil)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.position == SourcePosition(line: 1, column: 5 + 64))
        #expect(result.diagnostics.first?.message.contains("deeper than 64 levels") == true)
    }

    @Test("100,000 nested '[' on one line do not crash")
    func veryDeepFlowNesting() {
        let result = load(String(repeating: "[", count: 100_000))
        #expect(result.document == nil)
        #expect(result.diagnostics.first?.message.contains("deeper than 64") == true)
    }

    @Test("deep block nesting stops at the depth limit")
    func deepBlockNesting() {
        var text = ""
        for level in 0..<200 { text += String(repeating: " ", count: level) + "k\(level):\n" }
        let result = load(text)
        #expect(result.document == nil)
        #expect(result.diagnostics.first?.position == SourcePosition(line: 65, column: 65))
        #expect(result.diagnostics.first?.message.contains("deeper than 64") == true)
    }

    @Test("deeply nested block sequences stop at the depth limit")
    func deepSequences() {
        let text = String(repeating: "- ", count: 5_000) + "x\n"
        let result = load(text)
        #expect(result.document == nil)
        #expect(result.diagnostics.first?.message.contains("deeper than 64") == true)
    }

    @Test("brackets inside quoted scalars, comments and block scalars do not count as nesting")
    func bracketsInText() {
        let deep = String(repeating: "[", count: 500)
        let text = "a: '\(deep)'\nb: \"\(deep)\"\nc: x # \(deep)\nd: |\n  \(deep)\ne: plain\(deep)\n"
        let result = load(text)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.document != nil)
    }

    @Test("invalid UTF-8 is reported with its byte offset")
    func invalidUTF8() {
        let bytes: [UInt8] = Array("name: ok\nkey: ".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        let result = YAMLLoader.load(data: Data(bytes), file: "h.yaml", limits: .estate)
        #expect(result.document == nil)
        let diagnostic = result.diagnostics.first
        #expect(diagnostic?.message.contains("not valid UTF-8") == true)
        #expect(diagnostic?.message.contains("byte 0xC3 at byte offset 14") == true, "\(String(describing: diagnostic))")
        #expect(diagnostic?.position == SourcePosition(line: 2, column: 6))
    }

    @Test("a NUL byte marks a binary file")
    func nulByte() {
        let result = load("name: x\nbad: a\u{0}b\n")
        #expect(result.document == nil)
        #expect(result.diagnostics.first?.message.contains("NUL byte at byte offset 14") == true)
        #expect(result.diagnostics.first?.position == SourcePosition(line: 2, column: 7))
    }

    @Test("an empty file and a comment-only file are reported")
    func emptyFiles() {
        #expect(load("").diagnostics.first?.description == "h.yaml: file is empty")
        #expect(load("\n  \n").diagnostics.first?.message == "file is empty")
        #expect(load("# nothing\n").diagnostics.first?.message.contains("only comments") == true)
    }

    @Test("several documents in one file are refused")
    func multipleDocuments() {
        let result = load("a: 1\n---\nb: 2\n")
        #expect(result.document == nil)
        #expect(result.diagnostics.first?.position == SourcePosition(line: 2, column: 1))
        #expect(result.diagnostics.first?.message.contains("more than one YAML document") == true)
    }

    @Test("tabs used for indentation are named on their line")
    func tabs() {
        let result = load("name: x\nhubs:\n\t- id: a\n")
        #expect(result.document == nil)
        #expect(result.diagnostics.first?.position == SourcePosition(line: 3, column: 1))
        #expect(result.diagnostics.first?.message.contains("tab character") == true)
        #expect(load("key:\tvalue\n").document != nil)
    }

    @Test("syntax errors carry the parser's position")
    func syntaxErrors() {
        let unclosed = load("a: [1, 2\nb: 3\n")
        #expect(unclosed.document == nil)
        #expect(unclosed.diagnostics.first?.message.contains("while parsing a flow sequence at 1:4") == true)
        let quote = load("a: 'open\n")
        #expect(quote.diagnostics.first?.message.contains("YAML syntax error") == true)
        let nested = load("a: b: c\n")
        #expect(nested.diagnostics.first?.position == SourcePosition(line: 1, column: 5))
        let alias = load("a: *nowhere\n")
        #expect(alias.diagnostics.first?.position == SourcePosition(line: 1, column: 4))
        #expect(alias.diagnostics.first?.message.contains("not defined") == true)
        let control = load("a: \u{1}\n")
        #expect(control.diagnostics.first?.position == SourcePosition(line: 1, column: 4))
    }

    @Test("complex keys are refused before the parser hashes them")
    func complexKeys() {
        #expect(load("? a\n: b\n").diagnostics.first?.message.contains("explicit '?'") == true)
        #expect(load("[a, b]: c\n").diagnostics.first?.message.contains("cannot be used as a mapping key") == true)
        #expect(load("x: &k k\n*k : v\n").diagnostics.first?.message.contains("an alias cannot be used") == true)
    }

    @Test("duplicate keys are all reported at the repetition, and the document still loads")
    func duplicateKeys() {
        let text = "a: 1\nb: 2\na: 3\nc: { x: 1, x: 2 }\nb: 4\n"
        let result = load(text)
        #expect(result.document != nil)
        #expect(result.diagnostics.count == 3, "\(result.diagnostics)")
        expectEstateDiagnostic(result.diagnostics, at: SourcePosition(line: 3, column: 1), "duplicate key 'a'; it was first defined at 1:1")
        expectEstateDiagnostic(result.diagnostics, at: SourcePosition(line: 4, column: 12), "duplicate key 'x'")
        expectEstateDiagnostic(result.diagnostics, at: SourcePosition(line: 5, column: 1), "duplicate key 'b'; it was first defined at 2:1")
    }

    @Test("a flood of duplicate keys stops after a bounded number of retries")
    func duplicateFlood() {
        let text = "name: x\n" + String(repeating: "name: y\n", count: 200)
        let result = load(text)
        #expect(result.document == nil)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.message.contains("too many duplicate keys") == true)
    }

    @Test("a file over the size cap is refused before parsing")
    func sizeCap() {
        let result = load(String(repeating: "#", count: 2_000), limits: YAMLLimits(maxBytes: 1_024))
        #expect(result.document == nil)
        #expect(result.diagnostics.first?.message == "file is too large: 2000 bytes, over the limit of 1 KiB")
    }

    @Test("Windows line endings parse")
    func crlf() {
        let result = EstateFile.parse(EstateFixture.base.replacingOccurrences(of: "\n", with: "\r\n"), file: "t.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }
}
