import DRDomain
import Foundation
import Testing

@testable import DRImport

@Suite("Azure import: the JSON reader")
struct AzureJSONParserTests {
    private func parse(_ text: String) throws -> JSONNode { try JSONParser.parse(Array(text.utf8)) }

    private func error(_ bytes: [UInt8]) -> JSONParseError? {
        do {
            _ = try JSONParser.parse(bytes)
            return nil
        } catch let error as JSONParseError {
            return error
        } catch {
            return nil
        }
    }

    @Test("reads nested values and remembers where each starts")
    func readsValues() throws {
        let text =
            "{\n  \"a\": [1, 2.5e1, -0],\n  \"b\": {\"c\": \"x\\u00e9\\ud83d\\ude00\", \"d\": null, \"e\": true}\n}"
        let root = try parse(text)
        #expect(root["a"]?.array?.map { $0.double } == [1, 25, 0])
        #expect(root["b"]?["c"]?.string == "xé😀")
        #expect(root["b"]?.member("d")?.isNull == true)
        #expect(root["b"]?["e"]?.bool == true)
        let offset = try #require(root["b"]?.offset)
        #expect(ByteLocation.position(of: offset, in: Array(text.utf8)) == SourcePosition(line: 3, column: 8))
    }

    @Test("member names match exactly first, then case-insensitively")
    func caseInsensitiveMembers() throws {
        let root = try parse(#"{"EventType": "ServiceIssue", "eventtype": "other", "Impact": []}"#)
        #expect(root["EventType"]?.string == "ServiceIssue")
        #expect(root["impact"]?.array?.isEmpty == true)
    }

    @Test("a truncated file is reported at its end as truncated")
    func truncated() throws {
        let text = "[\n  {\"id\": \"/subscriptions/x\",\n   \"name\": \"st"
        let failure = try #require(error(Array(text.utf8)))
        #expect(failure.message.contains("truncated"))
        #expect(failure.offset == text.utf8.count)
        #expect(ByteLocation.position(of: failure.offset, in: Array(text.utf8)) == SourcePosition(line: 3, column: 15))
    }

    @Test("a missing comma is reported where it was expected")
    func missingComma() throws {
        let text = "{\"a\": 1\n \"b\": 2}"
        let failure = try #require(error(Array(text.utf8)))
        #expect(failure.message.contains("expected ',' or '}'"))
        #expect(ByteLocation.position(of: failure.offset, in: Array(text.utf8)) == SourcePosition(line: 2, column: 2))
    }

    @Test("invalid UTF-8 is reported with the offset of the bad byte")
    func invalidUTF8() throws {
        let bytes: [UInt8] = Array("{\"name\": \"st".utf8) + [0xC3, 0x28] + Array("\"}".utf8)
        let failure = try #require(error(bytes))
        #expect(failure.message.contains("invalid UTF-8"))
        #expect(failure.offset == 13)
    }

    @Test("a NUL byte inside a string is refused")
    func nulInString() throws {
        let bytes: [UInt8] = Array("[\"a".utf8) + [0] + Array("\"]".utf8)
        let failure = try #require(error(bytes))
        #expect(failure.message.contains("NUL"))
        #expect(failure.offset == 3)
    }

    @Test("nesting deeper than the limit is refused, not a stack overflow")
    func deepNesting() {
        let bytes = Array(String(repeating: "[", count: 100_000).utf8)
        let failure = error(bytes)
        #expect(failure?.message.contains("nesting deeper") == true)
    }

    @Test("a UTF-8 byte-order mark is skipped; extra data after the value is refused")
    func bomAndExtraData() throws {
        #expect(try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("[]".utf8)).array?.isEmpty == true)
        let failure = try #require(error(Array("{} {}".utf8)))
        #expect(failure.message.contains("extra data"))
    }

    @Test("an empty file and bare words are refused with a clear message")
    func emptyAndWords() throws {
        #expect(error([])?.message == "the file is empty")
        #expect(error(Array("  \n".utf8))?.message == "the file is empty")
        #expect(error(Array("nope".utf8))?.message.contains("expected 'null'") == true)
        #expect(error(Array("{'a': 1}".utf8))?.message.contains("double quotes") == true)
    }

    @Test("messages quote at most one ASCII character of the file")
    func messagesDoNotLeakContent() throws {
        let failure = try #require(error(Array("{\"k\": AccountKey=abcdef}".utf8)))
        #expect(!failure.message.contains("AccountKey"))
        #expect(failure.message.contains("'A'"))
    }
}
