import DRDomain
import DRTestSupport
import Foundation
import Testing

@testable import DRImport

/// The exports `AzureExportGenerator` writes for the benchmarks of issue 14 are what `foundry-dr import` reads:
/// the import of a generated estate gives back its hubs, projects and resources, and a valid estate.
@Suite("Azure import of generated exports")
struct GeneratedExportImportTests {
    @Test("generated exports import to the estate they were written from")
    func roundTrip() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("fdr-generated-exports-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let estate = EstateGenerator.make(hubPairs: 6)
        let files = try AzureExportGenerator.write(estate, into: folder)
        #expect(files.count == Set(estate.allResources.map(\.region)).count)
        let result = AzureImport.run(paths: [folder.path], referenceTime: Date(timeIntervalSince1970: 1_795_000_000))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        let imported = try #require(result.estate)
        #expect(Set(imported.hubs.map(\.id)) == Set(estate.hubs.map(\.id)))
        #expect(Set(imported.projects.map(\.id)) == Set(estate.projects.map(\.id)))
        #expect(Set(imported.storageAccounts.map(\.id)) == Set(estate.storageAccounts.map(\.id)))
        #expect(Set(imported.connections.map(\.id)) == Set(estate.connections.map(\.id)))
        #expect(Set(imported.computes.map(\.id)) == Set(estate.computes.map(\.id)))
        #expect(imported.containerRegistries.map(\.replicas) == estate.containerRegistries.map(\.replicas))
        #expect(EstateFile.parse(EstateWriter.yaml(for: imported), file: "imported.yaml").estate != nil)
    }

    @Test("trimming without Foundation's bridge trims exactly as Foundation does", arguments: [
        "", " ", "a", " a", "a ", "\ta\n", "a b", "\u{00A0}x\u{2028}", "x\u{0301}", " \u{0301}", "\n\n", "Ünï ",
    ])
    func trimming(text: String) {
        #expect(TrimmedText.trimmed(text) == text.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(TrimmedText.trimmed(text, in: .whitespaces) == text.trimmingCharacters(in: .whitespaces))
    }

    @Test("scalars starting with a letter still quote the numeric words", arguments: [
        ("inf", true), ("Infinity", true), ("nan", true), ("NaN", true), ("e5", false), ("abc", false),
        ("x1", false), ("1e5", true), ("0x1F", true), ("_1", true),
    ])
    func numericWords(text: String, numeric: Bool) {
        #expect(YAMLScalar.looksNumeric(text) == numeric, "\(text)")
    }
}
