import Foundation
import Testing

/// Seeded fuzzing of every input the command line reads: mutated estates, scenarios, themes, Azure exports and
/// command lines. Small by default (a few hundred runs, seconds); `FDR_FUZZ_CASES=N` runs N cases per kind and
/// `FDR_FUZZ_SEED=S` starts from another seed. A failure names the case's seed so it replays.
@Suite("fuzz", .serialized)
struct FuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let cases = environment["FDR_FUZZ_CASES"].flatMap(Int.init) ?? 60
    static let seed = environment["FDR_FUZZ_SEED"].flatMap(UInt64.init) ?? 1
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let exportsFolder = repository.appendingPathComponent("Tests/DRImportTests/Fixtures/azure/two-region")

    static let sampleEstate = CLIRun.run(["sample", "estate"]).stdout

    /// The sample estate with a job that names no compute (the case that once crashed `simulate`).
    static let computelessEstate = sampleEstate.replacingOccurrences(
        of: "jobs:\n", with: "jobs:\n  - { id: j, project: proj-chat }\n")

    /// Every resource id of an estate's text, for actions and injects.
    static func ids(in text: String) -> [String] {
        let pattern = try? NSRegularExpression(pattern: #"\bid: ([A-Za-z0-9._-]+)"#)
        let matches = pattern?.matches(in: text, range: NSRange(text.startIndex..., in: text)) ?? []
        return matches.compactMap { Range($0.range(at: 1), in: text).map { String(text[$0]) } }
    }

    /// The ids listed under one top-level section (`hubs:`) of an estate's text.
    static func ids(in text: String, section: String) -> [String] {
        guard let start = text.range(of: "\n\(section):\n") else { return [] }
        let rest = text[start.upperBound...]
        let end = rest.range(of: "\n\n")?.lowerBound ?? rest.endIndex
        return ids(in: String(rest[..<end]))
    }

    func report(_ oracle: FuzzOracle, _ kind: String) {
        print(oracle.summary(kind))
        #expect(oracle.problems.isEmpty, "\(oracle.problems.prefix(10).joined(separator: "\n"))")
    }

    @Test("mutated estates: validate, assess and simulate agree, exit 0, 1 or 2, and locate every problem")
    func estates() throws {
        let folder = try TemporaryFolder()
        var oracle = FuzzOracle()
        for n in 0..<Self.cases {
            var random = FuzzRandom(seed: Self.seed &+ UInt64(n))
            let file = try folder.write("estate-\(n).yaml", TextMutator.mutate(Self.sampleEstate, &random))
            let label = "estate seed \(Self.seed &+ UInt64(n))"
            let validate = oracle.run(["validate", file], file: file, label: label)
            let assess = oracle.run(["assess", "--estate", file, "--format", random.below(2) == 0 ? "json" : "text"],
                                    file: file, label: label)
            if (validate.status == 2) != (assess.status == 2) {
                oracle.problems.append("\(label): validate exit \(validate.status) but assess exit \(assess.status)")
            }
            guard validate.status == 0 else { continue }
            let ids = Self.ids(in: try String(contentsOfFile: file, encoding: .utf8))
            let target = ids.isEmpty ? "nothing" : random.pick(ids)
            let simulate = oracle.run(["simulate", "--estate", file, "--inject", "delete:\(target)@PT0S..PT1H",
                                       "--inject", "region:eastus2@PT10M..PT2H", "--action", "resubmit:\(target)@PT3H"],
                                      file: nil, label: label)
            if simulate.status == 1 { oracle.problems.append("\(label): simulate exit 1") }
        }
        report(oracle, "estates")
    }

    @Test("mutated scenarios: validate and simulate exit 0 or 2 and locate every problem")
    func scenarios() throws {
        let folder = try TemporaryFolder()
        let names = CLIRun.run(["sample", "scenario"]).stdout.split(separator: "\n")
            .compactMap { $0.split(separator: " ").first.map(String.init) }
        let texts = names.map { CLIRun.run(["sample", "scenario", $0]).stdout }.filter { !$0.isEmpty }
        try #require(!texts.isEmpty)
        var oracle = FuzzOracle()
        for n in 0..<Self.cases {
            var random = FuzzRandom(seed: Self.seed &+ UInt64(n))
            let file = try folder.write("scenario-\(n).yaml", TextMutator.mutate(random.pick(texts), &random))
            let label = "scenario seed \(Self.seed &+ UInt64(n))"
            _ = oracle.run(["validate", file], file: file, label: label)
            let simulate = oracle.run(["simulate", "--scenario", file, "--format", "json"], file: nil, label: label)
            if simulate.status == 1 { oracle.problems.append("\(label): simulate exit 1") }
        }
        report(oracle, "scenarios")
    }

    @Test("mutated themes: validate exits 0 or 2 and locates every problem")
    func themes() throws {
        let folder = try TemporaryFolder()
        let themes = try FileManager.default.contentsOfDirectory(atPath: Self.repository.appendingPathComponent("themes").path)
            .filter { $0.hasSuffix(".yaml") }.sorted()
            .map { try String(contentsOf: Self.repository.appendingPathComponent("themes/\($0)"), encoding: .utf8) }
        try #require(!themes.isEmpty)
        var oracle = FuzzOracle()
        for n in 0..<Self.cases {
            var random = FuzzRandom(seed: Self.seed &+ UInt64(n))
            var text = TextMutator.mutate(random.pick(themes), &random)
            if !text.contains("roles:") { text = "roles:\n" + text }
            let file = try folder.write("theme-\(n).yaml", text)
            let run = oracle.run(["validate", file], file: file, label: "theme seed \(Self.seed &+ UInt64(n))")
            if run.status == 1 { oracle.problems.append("theme seed \(Self.seed &+ UInt64(n)): exit 1") }
        }
        report(oracle, "themes")
    }

    @Test("mutated Azure exports: import writes a valid estate or nothing, and locates every problem")
    func exports() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.exportsFolder.path)
            .filter { $0.hasSuffix(".json") }.sorted()
        try #require(!files.isEmpty)
        var oracle = FuzzOracle()
        for n in 0..<Self.cases {
            var random = FuzzRandom(seed: Self.seed &+ UInt64(n))
            let label = "exports seed \(Self.seed &+ UInt64(n))"
            let folder = try TemporaryFolder()
            let exports = folder.url.appendingPathComponent("exports")
            try FileManager.default.createDirectory(at: exports, withIntermediateDirectories: true)
            var mutated: String?
            let target = random.below(files.count)
            for (i, name) in files.enumerated() {
                var text = try String(contentsOf: Self.exportsFolder.appendingPathComponent(name), encoding: .utf8)
                if i == target { text = TextMutator.mutate(text, &random) }
                let path = exports.appendingPathComponent(name).path
                try text.write(toFile: path, atomically: true, encoding: .utf8)
                if i == target { mutated = path }
            }
            let out = folder.url.appendingPathComponent("estate.yaml").path
            let run = oracle.run(["import", exports.path, "-o", out, "--at", "2026-11-28T09:00:00Z"], file: nil,
                                 label: label)
            let written = FileManager.default.fileExists(atPath: out)
            if run.status != 0 && written { oracle.problems.append("\(label): exit \(run.status) but \(out) was written") }
            if run.status == 0 {
                if !written { oracle.problems.append("\(label): exit 0 but nothing written") }
                let check = oracle.run(["validate", out], file: out, label: label)
                if check.status != 0 { oracle.problems.append("\(label): the imported estate does not validate: \(check.stderr.prefix(300))") }
            }
            if run.status == 2, let mutated, !run.stderr.contains(exports.path) && !run.stderr.contains((mutated as NSString).lastPathComponent) {
                oracle.problems.append("\(label): exit 2 without naming an export file: \(run.stderr.prefix(300))")
            }
        }
        report(oracle, "exports")
    }

    @Test("random command lines over the sample: exit 0, 1 or 2, with a message for 2")
    func commandLines() throws {
        let folder = try TemporaryFolder()
        let estate = try folder.write("computeless.yaml", Self.computelessEstate)
        let ids = Self.ids(in: Self.computelessEstate)
        let regions = ["eastus2", "eastus2", "centralus", "centralus", "westus3"]
        let offsets = ["PT0S", "PT10M", "PT1H", "PT2H", "PT3H", "P1D"]
        var oracle = FuzzOracle()
        for n in 0..<Self.cases {
            var random = FuzzRandom(seed: Self.seed &+ UInt64(n))
            func offset() -> String {
                random.below(20) == 0 ? random.pick(HostileValues.durations) : random.pick(offsets)
            }
            var arguments: [String]
            switch random.below(4) {
            case 0, 1:
                arguments = ["simulate", "--estate", estate]
                for _ in 0...random.below(3) {
                    let kind = random.pick(["region:\(random.pick(regions))", "zone:\(random.pick(regions))-az\(1 + random.below(3))",
                                            "delete:\(random.pick(ids))", "service:Storage@\(random.pick(regions))"])
                    let window = random.pick(["PT0S", "PT10M"]) + ".." + random.pick(["PT1H", "PT2H"])
                    arguments += ["--inject", kind + "@" + (random.below(2) == 0 ? window : offset())]
                }
                for _ in 0...random.below(3) {
                    let (verb, section) = random.pick([("failover", "hubs"), ("failback", "hubs"),
                                                       ("account-failover", "storageAccounts"), ("recover", "keyVaults"),
                                                       ("recover", "deleted"), ("resubmit", "jobs"), ("resubmit", "projects")])
                    let candidates = Self.ids(in: Self.computelessEstate, section: section)
                    let target = random.below(10) == 0 || candidates.isEmpty ? random.pick(ids) : random.pick(candidates)
                    arguments += ["--action", "\(verb):\(target)@\(offset())"]
                }
                if random.below(3) == 0 { arguments += ["--until", offset()] }
                if random.below(2) == 0 { arguments += ["--format", "json"] }
            case 2:
                let at = random.below(3) == 0 ? random.pick(HostileValues.timestamps) : "2026-11-28T09:00:00Z"
                arguments = ["assess", "--estate", estate, "--at", at, "--format", random.pick(["text", "json", "markdown"])]
            default:
                arguments = ["import", Self.exportsFolder.path, "-o", "-", "--at", random.pick(HostileValues.timestamps)]
            }
            _ = oracle.run(arguments, file: nil, label: "command line seed \(Self.seed &+ UInt64(n))")
        }
        report(oracle, "command lines")
    }
}
