import DRSimulation
import DRTestSupport
import Foundation
import Testing

@testable import DRImport

/// The fast block-YAML path against Yams: what it accepts it reads exactly as Yams does (tree, text, style and
/// position), and what it declines goes to Yams. Seeded; `FDR_FUZZ_CASES=N` runs N generated and N mutated
/// documents per seed (default 300), `FDR_FUZZ_SEED=S` another seed.
@Suite("block YAML fast path")
struct BlockYAMLParserTests {
    static let environment = ProcessInfo.processInfo.environment
    static let cases = environment["FDR_FUZZ_CASES"].flatMap(Int.init) ?? 300
    static let seed = environment["FDR_FUZZ_SEED"].flatMap(UInt64.init) ?? 1

    @Test("every YAML document the project ships is read by the fast path, as Yams reads it")
    func shippedDocuments() {
        let corpus = BlockYAMLCorpus.shipped()
        #expect(corpus.count > 12)
        for (name, text) in corpus {
            let verdict = BlockYAMLOracle.check(text)
            #expect(verdict == .agreed, "\(name): \(verdict)")
        }
    }

    /// Checks `count` documents made by `make` (each from its own seed, `seed + stride * (n + 1)`), records every
    /// contract break, and answers how many were read by the fast path and how many were left to Yams.
    static func compareMany(
        _ label: String, count: Int, stride: UInt64, _ make: (inout SplitMix64) -> String
    ) -> (agreed: Int, declined: Int) {
        var counts = (agreed: 0, declined: 0)
        for n in 0..<count {
            var random = SplitMix64(seed: seed &+ stride &* UInt64(n + 1))
            let text = make(&random)
            switch BlockYAMLOracle.check(text) {
            case .agreed: counts.agreed += 1
            case .declined: counts.declined += 1
            case .broken(let why): Issue.record("\(label) case \(n) (seed \(seed)): \(why)\n\(text.debugDescription)")
            }
        }
        print("block YAML \(label): \(counts.agreed) read by the fast path as Yams reads them, \(counts.declined) left to Yams")
        return counts
    }

    @Test("generated block YAML inside the subset: accepted, and read as Yams reads it")
    func generatedDocuments() {
        let counts = Self.compareMany("generated", count: Self.cases, stride: 1) { BlockYAMLCorpus.generated(&$0) }
        #expect(counts.declined == 0, "the generator writes inside the subset: \(counts)")
    }

    @Test("mutated documents: whatever the fast path accepts, Yams reads the same way")
    func mutatedDocuments() {
        let shipped = BlockYAMLCorpus.shipped().map(\.text).filter { $0.utf8.count < 20_000 }
        let counts = Self.compareMany("mutations", count: Self.cases, stride: 7_919) { random in
            let base = random.below(2) == 0 ? random.pick(shipped) : BlockYAMLCorpus.generated(&random)
            return BlockYAMLCorpus.mutate(base, &random)
        }
        // Both sides of the contract are exercised: some mutations stay inside the subset, some leave it.
        #expect(counts.agreed > 0 && counts.declined > 0, "\(counts)")
    }

    @Test("token soup: whatever the fast path accepts, Yams reads the same way")
    func soupDocuments() {
        let counts = Self.compareMany("soup", count: Self.cases * 2, stride: 104_729) { BlockYAMLCorpus.soup(&$0) }
        #expect(counts.agreed > 0 && counts.declined > 0, "\(counts)")
    }

    @Test("what the fast path reads, with positions", arguments: [
        ("a: 1\n", "root.a", "1", 1, 4),
        ("# c\n\nname: x # trailing\n", "root.name", "x", 3, 7),
        ("---\nk: v\n", "root.k", "v", 2, 4),
        ("k:\n- a\n- b\n", "root.k[1]", "b", 3, 3),
        ("hubs:\n  - id: h1\n    region: eastus2\n", "root.hubs[0].region", "eastus2", 3, 13),
        ("s: \"a\\\"b\\u00e9\"\n", "root.s", "a\"bé", 1, 4),
        ("s: 'it''s'\n", "root.s", "it's", 1, 4),
        ("z: [1, 'two', \"3\"]\n", "root.z[1]", "two", 1, 8),
        ("é: ü\n", "root.é", "ü", 1, 4),
        ("k: a#b\n", "root.k", "a#b", 1, 4),
        ("k:  spaced   words   # c\n", "root.k", "spaced   words", 1, 5),
        ("o:\n  zone: { rto: PT1H, rpo: 'PT15M' }\n", "root.o.zone.rpo", "PT15M", 2, 27),
    ] as [(String, String, String, Int, Int)])
    func reads(text: String, path: String, value: String, line: Int, column: Int) throws {
        #expect(BlockYAMLOracle.check(text) == .agreed)
        let root = try #require(BlockYAMLParser.parse(Array(text.utf8), limits: .estate))
        let node = try #require(Self.node(at: path, in: root))
        #expect(node.scalarText == value)
        #expect(node.position == SourcePosition(line: line, column: column))
    }

    @Test("what the fast path leaves to Yams", arguments: [
        "", "# only a comment\n", "a:\tb\n", "a: b\r\n", "a: &x 1\nb: *x\n", "a: !!str 1\n", "a: |\n  text\n",
        "a: >\n  folded\n", "a: b\n  continued\n", "a: \"open\n  close\"\n", "a: {b: {c: 1}}\n", "a: [[1]]\n",
        "a: {b}\n", "a: {b: 1, b: 2}\n", "a: {b : 1}\n", "a: {b:1}\n", "a: {b: ", "a: [b, ", "a: \"",
        "a: [b:?]\n", "a: {k: v:?}\n", "a: {" + String(repeating: "k", count: 1_025) + ": v}\n",
        "a: {\"" + String(repeating: "k", count: 1_023) + "\": v}\n",
        "? complex\n: key\n", "a: 1\na: 2\n", "%YAML 1.2\n---\na: 1\n", "a: 1\n---\nb: 2\n", "a: 1\n...\n",
        "a: b: c\n", "a: - b\n", "- - a\n", "plain scalar\n", "a: \"x\\0y\"\n", "a: \"\\q\"\n", "a: x\u{85}y\n",
        "a: [b,]\n", "a: \"q\"#c\n", "k : v\n", "a: `x`\n", "a: @x\n", "a: [b: c]\n", "a: x\u{7}\n",
    ])
    func declines(text: String) {
        #expect(BlockYAMLParser.parse(Array(text.utf8), limits: .estate) == nil, "\(text.debugDescription)")
    }

    @Test("every prefix of the shipped documents: never a crash, and read as Yams reads it when accepted")
    func truncatedDocuments() {
        for (name, text) in BlockYAMLCorpus.shipped() where text.utf8.count < 20_000 {
            let bytes = Array(text.utf8)
            let step = bytes.count > 2_000 ? 13 : 1
            for end in stride(from: 0, to: bytes.count, by: step) {
                let prefix = String(decoding: bytes[..<end], as: UTF8.self)
                if case .broken(let why) = BlockYAMLOracle.check(prefix) {
                    Issue.record("\(name) cut at byte \(end): \(why)")
                    return
                }
            }
        }
    }

    @Test("nesting past the fast path's depth goes to Yams and its limit")
    func deepNesting() {
        var text = ""
        for level in 0..<30 { text += String(repeating: " ", count: level) + "k\(level):\n" }
        text += String(repeating: " ", count: 30) + "leaf: 1\n"
        #expect(BlockYAMLParser.parse(Array(text.utf8), limits: .estate) == nil)
        let loaded = YAMLLoader.load(text: text, file: "deep.yaml", limits: YAMLLimits(maxBytes: 1 << 20, maxDepth: 20))
        #expect(loaded.document == nil)
        #expect(loaded.diagnostics.first?.message.contains("nesting is deeper than 20 levels") == true)
    }

    /// The node at a path like `root.hubs[0].region`.
    static func node(at path: String, in root: YAMLNode) -> YAMLNode? {
        var node = root
        for part in path.split(separator: ".").dropFirst() {
            var name = Substring(part)
            var index: Int?
            if let open = part.firstIndex(of: "["), part.hasSuffix("]") {
                name = part[..<open]
                index = Int(part[part.index(after: open)..<part.index(before: part.endIndex)])
            }
            guard case .mapping(let mapping) = node,
                let pair = mapping.pairs.first(where: { $0.key.scalarText == String(name) })
            else { return nil }
            node = pair.value
            if let index {
                guard case .sequence(let list) = node, index < list.items.count else { return nil }
                node = list.items[index]
            }
        }
        return node
    }
}
