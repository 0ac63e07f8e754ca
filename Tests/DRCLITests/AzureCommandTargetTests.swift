import Foundation
import Testing

/// The done-criterion of importing Microsoft's REST examples: every `az` command `assess` prints for the imported
/// estate names a resource the exports hold, by its Azure name, resource group and (the examples span several
/// subscriptions) subscription.
@Suite("az commands of an imported estate name real resources")
struct AzureCommandTargetTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("DRImportTests/Fixtures/azure/rest-examples").path

    /// (name, resource group, subscription) of every ARM id in the example files, lowercased.
    static func armTriples() throws -> Set<[String]> {
        var triples: Set<[String]> = []
        let patterns = try [
            #"/subscriptions/([^/"]+)/resourceGroups/([^/"]+)/providers/[^/"]+/[^/"]+/([^/"]+)"#,
            #"/subscriptions/([^/"]+)/providers/Microsoft.CognitiveServices/locations/[^/"]+/resourceGroups/([^/"]+)/deletedAccounts/([^/"]+)"#,
        ].map { try NSRegularExpression(pattern: $0, options: [.caseInsensitive]) }
        for file in try FileManager.default.contentsOfDirectory(atPath: examples) where file.hasSuffix(".json") {
            let text = try String(contentsOfFile: "\(examples)/\(file)", encoding: .utf8)
            let range = NSRange(text.startIndex..., in: text)
            for regex in patterns {
                for match in regex.matches(in: text, range: range) {
                    let part = { (index: Int) in
                        Range(match.range(at: index), in: text).map { String(text[$0]).lowercased() } ?? ""
                    }
                    triples.insert([part(3), part(2), part(1)])
                }
            }
        }
        return triples
    }

    @Test("every --name in assess names an exported resource with its group and subscription")
    func assessCommandsNameRealResources() throws {
        let folder = try TemporaryFolder()
        let estate = folder.url.appendingPathComponent("estate.yaml").path
        let imported = CLIRun.run(["import", Self.examples, "-o", estate, "--at", "2026-11-28T09:00:00Z"])
        #expect(imported.status == 0, "\(imported.stderr)")
        let assessed = CLIRun.run(["assess", "--estate", estate, "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(assessed.stdout.utf8)) as? [String: Any])
        let remedies = (json["findings"] as? [[String: Any]] ?? []).compactMap { $0["remedy"] as? String }
        let commands = remedies.flatMap { $0.split(separator: "\n") }.filter { $0.hasPrefix("az ") }
        #expect(!commands.isEmpty)
        let known = try Self.armTriples()
        let named = try NSRegularExpression(
            pattern: #"--(?:name|registry|workspace-name|app) (\S+) --resource-group (\S+)(?: --subscription (\S+))?"#)
        var checked = 0
        for command in commands.map(String.init) {
            let range = NSRange(command.startIndex..., in: command)
            for match in named.matches(in: command, range: range) {
                let part = { (index: Int) -> String in
                    Range(match.range(at: index), in: command).map { String(command[$0]).lowercased() } ?? ""
                }
                guard !part(1).hasPrefix("<") else { continue }
                #expect(!part(3).isEmpty, "no --subscription in: \(command)")
                #expect(known.contains([part(1), part(2), part(3)]), "not an exported resource: \(command)")
                checked += 1
            }
        }
        #expect(checked >= 1)
        #expect(!commands.contains { $0.contains("sample-vault-2") })
    }
}
