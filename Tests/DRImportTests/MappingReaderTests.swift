import DRDomain
import Foundation
import Testing

@testable import DRImport

@Suite("The mapping reader")
struct MappingReaderTests {
    /// Reads the root mapping of `text` with `keys`, runs `body`, and returns the diagnostics.
    private func read(_ text: String, keys: [String], _ body: (MappingReader) -> Void = { _ in }) -> [Diagnostic] {
        let loaded = YAMLLoader.load(text: text, file: "r.yaml")
        let diagnostics = DiagnosticCollector(file: "r.yaml")
        diagnostics.add(contentsOf: loaded.diagnostics)
        guard let document = loaded.document else { return diagnostics.diagnostics }
        let reader = YAMLReader(document: document, diagnostics: diagnostics)
        if let mapping = reader.mapping(document.root, context: "key vault", keys: keys) { body(mapping) }
        return diagnostics.diagnostics
    }

    @Test("an unknown key is reported at the key with a did-you-mean")
    func unknownKey() {
        let diagnostics = read("id: kv\npurgeProtecton: true\n", keys: ["id", "purgeProtection"])
        #expect(diagnostics.map(\.description) == [
            "r.yaml:2:1: unknown key 'purgeProtecton' in key vault; did you mean 'purgeProtection'?"
        ])
    }

    @Test("an unknown key with nothing close lists the allowed keys")
    func unknownKeyWithoutSuggestion() {
        let diagnostics = read("zzzzzzzz: 1\n", keys: ["id", "region"])
        #expect(diagnostics.first?.message == "unknown key 'zzzzzzzz' in key vault; allowed keys are id, region")
    }

    @Test("typed accessors read raw scalar text")
    func typedValues() {
        let text = """
            s: hello
            i: 42
            d: -12.5
            b1: YES
            b2: false
            e: premium
            dur: PT1H30M
            ts: 2026-11-28T09:00:00.250+01:00
            list: [a, b]
            """
        var values: [String] = []
        let diagnostics = read(text, keys: ["s", "i", "d", "b1", "b2", "e", "dur", "ts", "list"]) { m in
            values.append(m.string("s") ?? "-")
            values.append(String(m.int("i") ?? -1))
            values.append(String(m.double("d") ?? 0))
            values.append(String(m.bool("b1") ?? false))
            values.append(String(m.bool("b2") ?? true))
            values.append(m.enumeration("e", as: RegistrySKU.self)?.rawValue ?? "-")
            values.append(String(m.duration("dur") ?? 0))
            values.append(String(m.timestamp("ts")?.timeIntervalSince1970 ?? 0))
            values.append(m.stringList("list")?.map(\.value).joined(separator: ",") ?? "-")
        }
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(values == ["hello", "42", "-12.5", "true", "false", "Premium", "5400.0", "1795852800.25", "a,b"])
    }

    @Test("wrong types say what was expected and what was found, at the value")
    func wrongTypes() {
        let text = "s: {a: 1}\ni: twelve\nb: maybe\nl: text\nd: PT5X\nt: yesterday\ne: Gold\nn: ~\n"
        let diagnostics = read(text, keys: ["s", "i", "b", "l", "d", "t", "e", "n"]) { m in
            m.name = "kv-a"
            _ = m.string("s")
            _ = m.int("i")
            _ = m.bool("b")
            _ = m.list("l")
            _ = m.duration("d")
            _ = m.timestamp("t")
            _ = m.enumeration("e", as: RegistrySKU.self)
            _ = m.string("n", required: true)
            _ = m.string("absent", required: true)
        }
        let lines = diagnostics.map(\.description)
        #expect(lines == [
            "r.yaml:1:1: missing required key 'absent' in key vault 'kv-a'",
            "r.yaml:1:4: 's' of key vault 'kv-a': expected a string, found a mapping",
            "r.yaml:2:4: 'i' of key vault 'kv-a': expected an integer, found 'twelve'",
            "r.yaml:3:4: 'b' of key vault 'kv-a': expected true or false, found 'maybe'",
            "r.yaml:4:4: 'l' of key vault 'kv-a': expected a list, found a string",
            "r.yaml:5:4: 'd' of key vault 'kv-a': 'PT5X' is not an ISO 8601 duration; write it like PT15M, PT4H or P1DT2H (no years or months)",
            "r.yaml:6:4: 't' of key vault 'kv-a': 'yesterday' is not an ISO 8601 timestamp; write it like 2026-11-28T09:00:00Z (a time zone, Z or +01:00, is required)",
            "r.yaml:7:4: 'e' of key vault 'kv-a': 'Gold' is not one of Basic, Standard, Premium",
            "r.yaml:8:1: 'n' of key vault 'kv-a': a value is required, found null",
        ], "\(lines.joined(separator: "\n"))")
    }

    @Test("ranges are enforced")
    func ranges() {
        let diagnostics = read("n: 120\nx: 91.5\n", keys: ["n", "x"]) { m in
            _ = m.int("n", in: 7...90)
            _ = m.double("x", in: -90...90)
        }
        #expect(diagnostics.map(\.message) == ["'n' of key vault: 120 is outside 7...90", "'x' of key vault: 91.5 is outside -90.0...90.0"])
    }

    @Test("a duplicate key is reported once, at the repetition")
    func duplicate() {
        let diagnostics = read("id: a\nregion: x\nid: b\n", keys: ["id", "region"]) { m in _ = m.string("id") }
        #expect(diagnostics.map(\.description) == ["r.yaml:3:1: duplicate key 'id'; it was first defined at 1:1"])
    }

    @Test("a non-mapping is reported at the node")
    func notAMapping() {
        let loaded = YAMLLoader.load(text: "- a\n- b\n", file: "r.yaml")
        let diagnostics = DiagnosticCollector(file: "r.yaml")
        let reader = YAMLReader(document: loaded.document ?? YAMLDocument(file: "r.yaml", root: .scalar(YAMLScalarNode("", isPlain: true, at: .start))), diagnostics: diagnostics)
        #expect(reader.mapping(reader.root, context: "theme", keys: []) == nil)
        #expect(diagnostics.diagnostics.first?.description == "r.yaml:1:1: theme: expected a mapping, found a list")
    }
}

@Suite("Diagnostics and suggestions")
struct DiagnosticTests {
    @Test("describe themselves as file:line:column: message")
    func description() {
        #expect(Diagnostic(file: "e.yaml", line: 3, column: 7, message: "bad").description == "e.yaml:3:7: bad")
        #expect(Diagnostic(file: "e.yaml", at: nil, message: "gone").description == "e.yaml: gone")
    }

    @Test("sort by line, then column")
    func ordering() {
        let a = Diagnostic(file: "f", line: 2, column: 9, message: "a")
        let b = Diagnostic(file: "f", line: 10, column: 1, message: "b")
        let c = Diagnostic(file: "f", line: 2, column: 3, message: "c")
        #expect([a, b, c].sorted().map(\.message) == ["c", "a", "b"])
    }

    @Test("the collector drops repeats and caps its size")
    func collector() {
        let collector = DiagnosticCollector(file: "f", limit: 2)
        collector.error("x", at: .start)
        collector.error("x", at: .start)
        collector.error("y", at: SourcePosition(line: 2, column: 1))
        collector.error("z", at: SourcePosition(line: 3, column: 1))
        #expect(collector.diagnostics.count == 3)
        #expect(collector.diagnostics.last?.message.contains("1 more error") == true)
    }

    @Test("suggest the closest candidate by edit distance")
    func suggestions() {
        #expect(Suggestion.distance("kitten", "sitting") == 3)
        #expect(Suggestion.closest(to: "purgeProtecton", in: ["purgeProtection", "region"]) == "purgeProtection")
        #expect(Suggestion.closest(to: "eastus3", in: ["eastus", "eastus2", "westus3"]) == "eastus2")
        #expect(Suggestion.closest(to: "completely-different", in: ["id", "region"]) == nil)
        #expect(Suggestion.didYouMean("Region", in: ["region"]) == "; did you mean 'region'?")
    }
}
