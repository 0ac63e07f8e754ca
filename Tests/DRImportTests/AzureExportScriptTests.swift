import Foundation
import Testing

/// scripts/export-azure.sh, run against a stand-in `az` that records its calls.
@Suite("Azure import: the export script")
struct AzureExportScriptTests {
    private static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../scripts/export-azure.sh").standardizedFileURL.path

    @Test("it is strict bash and never asks Azure for keys")
    func neverAsksForKeys() throws {
        let text = try String(contentsOfFile: Self.script, encoding: .utf8)
        #expect(text.hasPrefix("#!/usr/bin/env bash"))
        #expect(text.contains("set -euo pipefail"))
        let commands = text.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }
            .joined(separator: "\n").lowercased()
        for forbidden in [
            "list-keys", "keys list", "listkeys", "show-connection-string", "listsecrets", "list-secrets",
        ] {
            #expect(!commands.contains(forbidden), "\(forbidden)")
        }
    }

    @Test("with a stand-in az it writes one JSON file per command into the folder")
    func runsWithStandIn() throws {
        let directory = try AzureFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let bin = directory.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let log = directory.appendingPathComponent("calls.log").path
        let standIn = """
            #!/usr/bin/env bash
            echo "az $*" >> "\(log)"
            case "$*" in
              *"--query [].name"*) case "$*" in *workspaces*) echo hub1;; *storageAccounts*) echo st1;; *vaults*) echo kv1;; *registries*) echo acr1;; esac ;;
              *"--query sku.name"*) echo Premium ;;
              "extension show"*) exit 1 ;;
              *) echo '[]' ;;
            esac
            """
        let az = bin.appendingPathComponent("az")
        try Data(standIn.utf8).write(to: az)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: az.path)
        let out = directory.appendingPathComponent("exports").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["bash", Self.script, out, "00000000-0000-0000-0000-000000000000", "rg1"]
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = bin.path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(
            files == [
                "acr-replications-rg1-acr1.json", "acr-rg1-acr1.json", "blobservice-rg1-st1.json",
                "cognitiveservices-list-deleted.json",
                "computes-rg1-hub1.json", "connections-rg1-hub1.json", "health", "keyvault-list-deleted.json",
                "keyvault-rg1-kv1.json", "locations.json", "resources-rg1.json", "storage-rg1-st1.json",
                "workspace-rg1-hub1.json",
            ])
        let calls = try String(contentsOfFile: log, encoding: .utf8).lowercased()
        #expect(!calls.contains("keys") && !calls.contains("connection-string") && !calls.contains("listsecrets"))
        let usage = Process()
        usage.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        usage.arguments = ["bash", Self.script]
        usage.standardError = FileHandle.nullDevice
        try usage.run()
        usage.waitUntilExit()
        #expect(usage.terminationStatus == 2)
    }
}
