import DRDomain
import Foundation
import Testing

@testable import DRImport

/// Paths of the Azure export fixtures, found next to this file (no bundle resources).
enum AzureFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/azure")

    /// The two-region deployment: eastus2 primary, centralus secondary.
    static var twoRegion: String { root.appendingPathComponent("two-region").path }

    static var health: String { root.appendingPathComponent("health").path }

    /// Response bodies of Microsoft's REST API examples, quirks included (see its NOTES.txt).
    static var restExamples: String { root.appendingPathComponent("rest-examples").path }

    static func example(_ name: String) -> String { root.appendingPathComponent("rest-examples/\(name)").path }

    static func file(_ name: String) -> String { root.appendingPathComponent("two-region/\(name)").path }

    static func healthFile(_ name: String) -> String { root.appendingPathComponent("health/\(name)").path }

    /// The reference time of the fixtures: the sample estate's snapshot.
    static let referenceTime = Date(timeIntervalSince1970: 1_795_856_400)  // 2026-11-28T09:00:00Z

    /// Imports the whole two-region folder.
    static func importTwoRegion(merge: Estate? = nil) -> ImportResult {
        AzureImport.run(paths: [twoRegion], merge: merge, referenceTime: referenceTime)
    }

    /// A fresh temporary directory, removed by the caller.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "foundry-dr-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes bytes to a new file in a new temporary directory and returns its path.
    static func write(_ bytes: [UInt8], name: String = "export.json") throws -> String {
        let url = try temporaryDirectory().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    static func write(_ text: String, name: String = "export.json") throws -> String {
        try write(Array(text.utf8), name: name)
    }

    /// Parses JSON text (for decoder tests).
    static func document(_ text: String, file: String = "test.json") throws -> ExportDocument {
        ExportDocument(file: file, bytes: Array(text.utf8), root: try JSONParser.parse(Array(text.utf8)))
    }

    /// Every fixture file's text, concatenated (to look for secrets).
    static func allFixtureText() throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: twoRegion).sorted()
        return try names.map { try String(contentsOfFile: file($0), encoding: .utf8) }.joined(separator: "\n")
    }
}
