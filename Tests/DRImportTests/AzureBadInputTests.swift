import DRDomain
import Foundation
import Testing

@testable import DRImport

@Suite("Azure import: bad input gets a located message and no estate")
struct AzureBadInputTests {
    private func run(_ path: String) -> ImportResult {
        AzureImport.run(paths: [path], referenceTime: AzureFixtures.referenceTime)
    }

    private func only(_ result: ImportResult) throws -> Diagnostic {
        #expect(result.estate == nil)
        #expect(result.diagnostics.count == 1)
        return try #require(result.diagnostics.first)
    }

    @Test("malformed JSON names the file, line and column")
    func malformed() throws {
        let path = try AzureFixtures.write(
            "[\n  {\"id\": \"/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st1\",\n   \"type\" \"x\"}\n]"
        )
        let diagnostic = try only(run(path))
        #expect(diagnostic.file == path)
        #expect(diagnostic.line == 3 && diagnostic.column == 11)
        #expect(diagnostic.message.contains("invalid JSON"))
        #expect(diagnostic.description.hasPrefix("\(path):3:11: "))
    }

    @Test("a truncated export is reported as truncated at its end")
    func truncated() throws {
        let full = try String(contentsOfFile: AzureFixtures.file("resource-list.json"), encoding: .utf8)
        let path = try AzureFixtures.write(String(full.prefix(700)))
        let diagnostic = try only(run(path))
        #expect(diagnostic.message.contains("truncated"))
        #expect(diagnostic.line > 1)
    }

    @Test("wrongly typed fields are warnings with their JSON path and position; --strict refuses on them")
    func wronglyTyped() throws {
        let text = """
            [
              {"id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st1",
               "type": "Microsoft.Storage/storageAccounts", "location": 5, "sku": {"name": 42}},
              {"id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv1",
               "type": "Microsoft.KeyVault/vaults", "location": "eastus2", "tags": ["a"],
               "properties": {"softDeleteRetentionInDays": "ninety", "enablePurgeProtection": "maybe"}},
              17
            ]
            """
        let path = try AzureFixtures.write(text)
        let result = run(path)
        #expect(result.diagnostics.isEmpty)
        #expect(result.estate?.keyVaults.map(\.id) == ["kv1"])
        #expect(result.report.notImported.contains("st1: storage account without a location"))
        let strict = AzureImport.run(paths: [path], referenceTime: AzureFixtures.referenceTime, strict: true)
        #expect(strict.estate == nil && strict.warnings.isEmpty)
        #expect(strict.diagnostics.map(\.description) == result.warnings.map(\.description))
        let messages = result.warnings.map(\.description)
        #expect(messages.count == 6)
        #expect(messages.allSatisfy { $0.hasSuffix("; the field is ignored") || $0.hasSuffix("; the item is skipped") })
        #expect(messages.contains { $0.contains(":3:61: $[0].location: expected a string, found a number") })
        #expect(messages.contains { $0.contains("$[0].sku.name: expected a string, found a number") })
        #expect(
            messages.contains { $0.contains("$[1].tags: expected an object of tag names and values, found an array") })
        #expect(
            messages.contains {
                $0.contains("$[1].properties.softDeleteRetentionInDays: expected a whole number, found a string")
            })
        #expect(messages.contains { $0.contains("$[1].properties.enablePurgeProtection: expected true or false") })
        #expect(messages.contains { $0.contains(":7:3: $[2]: expected an object, found a number") })
    }

    @Test("a binary file is refused with the offset of its first NUL byte")
    func binary() throws {
        var bytes: [UInt8] = [0x7B, 0x0A]
        for index in 0..<4_000 { bytes.append(UInt8(truncatingIfNeeded: index &* 7919 &+ 13)) }
        let diagnostic = try only(run(try AzureFixtures.write(bytes, name: "blob.json")))
        let nul = try #require(bytes.firstIndex(of: 0))
        #expect(diagnostic.message.contains("NUL byte at byte offset \(nul)"))
    }

    @Test("UTF-16 without a byte-order mark is explained; with one it is read")
    func utf16() throws {
        let text =
            #"[{"id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Insights/components/appi1", "location": "eastus2"}]"#
        let littleEndian = text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let bare = try only(run(try AzureFixtures.write(littleEndian)))
        #expect(bare.message.contains("UTF-16"))
        let withMark = run(try AzureFixtures.write([0xFF, 0xFE] + littleEndian))
        #expect(withMark.diagnostics.isEmpty)
        #expect(withMark.estate?.appInsights.map(\.id) == ["appi1"])
    }

    @Test("invalid UTF-8 is reported with its byte offset and position")
    func invalidUTF8() throws {
        let bytes = Array("[{\"name\": \"".utf8) + [0xFF] + Array("\"}]".utf8)
        let diagnostic = try only(run(try AzureFixtures.write(bytes)))
        #expect(diagnostic.message.contains("invalid UTF-8 (byte 0xFF)"))
        #expect(diagnostic.message.contains("byte offset 11"))
        #expect(diagnostic.line == 1 && diagnostic.column == 12)
    }

    @Test("a 100 MB file is refused before it is read")
    func oversized() throws {
        let directory = try AzureFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("huge.json").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data("[".utf8)))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 100 * 1_024 * 1_024)
        try handle.close()
        let started = Date()
        let diagnostic = try only(run(path))
        #expect(Date().timeIntervalSince(started) < 2)
        #expect(diagnostic.message.contains("100.0 MiB, over the 64.0 MiB limit"))
    }

    @Test("a smaller limit applies to what is read, too")
    func limitOnRead() throws {
        let path = AzureFixtures.file("resource-list.json")
        let result = AzureImport.run(
            paths: [path], referenceTime: AzureFixtures.referenceTime, limits: ImportLimits(maxFileBytes: 1_000))
        #expect(result.estate == nil)
        #expect(result.diagnostics.first?.message.contains("over the") == true)
    }

    @Test("a folder with more files than the limit is read up to the limit, and the rest reported")
    func tooManyFiles() throws {
        let result = AzureImport.run(
            paths: [AzureFixtures.twoRegion], referenceTime: AzureFixtures.referenceTime,
            limits: ImportLimits(maxFiles: 3))
        #expect(result.report.skippedFiles.last?.reason == "more than 3 files; this and the rest were not read")
        #expect(result.report.files.count + result.report.skippedFiles.count == 4)
    }

    @Test("missing paths, empty files and devices are reported, never crash")
    func oddPaths() throws {
        #expect(try only(run("/nonexistent/exports.json")).message == "no such file or directory")
        #expect(try only(run(try AzureFixtures.write(""))).message.contains("the file is empty"))
        #expect(try only(run("/dev/null")).message == "not a regular file")
        #expect(AzureImport.run(paths: [], referenceTime: AzureFixtures.referenceTime).estate == nil)
    }

    @Test("a directory skips non-JSON and binary files, reporting them, but fails on a bad .json")
    func directories() throws {
        let directory = try AzureFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("notes".utf8).write(to: directory.appendingPathComponent("README.md"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0]).write(to: directory.appendingPathComponent("diagram.png"))
        try Data("[]".utf8).write(to: directory.appendingPathComponent("empty.json"))
        let good =
            #"[{"id": "/subscriptions/s/resourceGroups/rg/providers/microsoft.insights/components/appi1", "type": "microsoft.insights/components", "location": "eastus2"}]"#
        try Data(good.utf8).write(to: directory.appendingPathComponent("a.json"))
        let result = run(directory.path)
        #expect(result.diagnostics.isEmpty)
        #expect(result.estate?.appInsights.count == 1)
        let skipped = result.report.skippedFiles.map {
            "\(URL(fileURLWithPath: $0.file).lastPathComponent): \($0.reason)"
        }
        #expect(skipped == ["README.md: not JSON", "diagram.png: binary file", "empty.json: an empty list"])
        try Data("{\"id\": ".utf8).write(to: directory.appendingPathComponent("b.json"))
        let broken = run(directory.path)
        #expect(broken.estate == nil)
        #expect(broken.diagnostics.first?.file.hasSuffix("b.json") == true)
    }

    @Test("files that are JSON but not exports are skipped; nothing recognised is an error")
    func unrecognised() throws {
        let result = run(try AzureFixtures.write(#"{"user": {"name": "someone"}, "state": "Enabled"}"#))
        #expect(result.estate == nil)
        #expect(result.diagnostics.first?.message.contains("no Azure exports recognised") == true)
        #expect(result.report.skippedFiles.first?.reason == "not an Azure export this import reads")
    }

    @Test("bad input leaves no estate file behind")
    func noPartialEstate() throws {
        let directory = try AzureFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("estate.yaml").path
        let bad = try AzureFixtures.write("[{\"id\": 1,")
        let result = AzureImport.run(paths: [AzureFixtures.twoRegion, bad], referenceTime: AzureFixtures.referenceTime)
        if let estate = result.estate { try SafeFileWriter.write(EstateWriter.yaml(for: estate), to: output) }
        #expect(result.estate == nil)
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }
}
