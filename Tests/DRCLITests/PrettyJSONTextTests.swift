import DRDomain
import Foundation
import Testing

@testable import DRCLI

/// `assess --format json --failure-modes` writes its failure-mode list itself (issue 14); the bytes must be those
/// `JSONSerialization` writes, which the rest of the document still comes from.
@Suite("Pretty JSON text: the bytes JSONSerialization writes")
struct PrettyJSONTextTests {
    /// What `JSONSerialization` writes for a document holding `value` under one key.
    private func foundation(_ value: Any) throws -> String {
        let data = try JSONSerialization.data(
            withJSONObject: ["k": value], options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    private func written(_ value: PrettyJSONText.Value) -> String {
        var writer = PrettyJSONText()
        writer.write(value, level: 1)
        return "{\n  \"k\" : " + writer.text + "\n}"
    }

    @Test("strings with quotes, backslashes, slashes, control characters and other scripts")
    func strings() throws {
        let texts = [
            "", "plain", "say \"hi\"", "back\\slash", "a/b", "tab\tline\nfeed\r\u{8}\u{C}", "\u{0}\u{1}\u{1F}\u{7F}",
            "ünïcode ✓ 日本 🙂", "\u{2028}\u{2029}\u{FEFF}", "e\u{301}",
        ]
        for text in texts {
            #expect(written(.string(text)) == (try foundation(text)))
        }
    }

    @Test("numbers, null, empty and nested lists and objects, keys in Foundation's order")
    func structures() throws {
        let keys = ["b", "B", "a10", "a9", "A1", "takesDown", "takesDownCount", "criticalServing", "x-y", "x_y", "é"]
        var members: [String: PrettyJSONText.Value] = [:]
        var foundationMembers: [String: Any] = [:]
        for (index, key) in keys.enumerated() {
            members[key] = .int(index - 3)
            foundationMembers[key] = index - 3
        }
        #expect(written(.object(members)) == (try foundation(foundationMembers)))
        #expect(written(.array([])) == (try foundation([Any]())))
        #expect(written(.object([:])) == (try foundation([String: Any]())))
        #expect(written(.null) == (try foundation(NSNull())))
        let nested: PrettyJSONText.Value = .array([
            .object(["list": .array([.string("a"), .null, .int(0)]), "empty": .array([]), "inner": .object(["z": .int(-7)])]),
            .array([.array([])]),
        ])
        let foundationNested: [Any] = [
            ["list": ["a", NSNull(), 0] as [Any], "empty": [Any](), "inner": ["z": -7]] as [String: Any], [[Any]()],
        ]
        #expect(written(nested) == (try foundation(foundationNested)))
    }

    @Test("the sample's failure modes are written as JSONSerialization writes them")
    func sampleFailureModes() throws {
        let run = CLIRun.run(["assess", "--format", "json", "--failure-modes"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let data = try JSONSerialization.data(
            withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        #expect(String(decoding: data, as: UTF8.self) == run.stdout.trimmingCharacters(in: .newlines))
        #expect((object["failureModes"] as? [Any])?.isEmpty == false)
    }
}
