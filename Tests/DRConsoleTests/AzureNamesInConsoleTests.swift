import DRDomain
import DRImport
import Foundation
import TermUI
import Testing

@testable import DRConsole

/// The console's recovery commands, on an estate imported from Microsoft's REST examples, name resources as Azure
/// knows them: a vault that the import had to call `sample-vault-2` is recovered as `sample-vault`.
@Suite("Console: recovery commands name real resources")
struct AzureNamesInConsoleTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("DRImportTests/Fixtures/azure/rest-examples").path

    private func state() throws -> AppState {
        let result = AzureImport.run(paths: [Self.examples], referenceTime: Date(timeIntervalSince1970: 1_795_856_400))
        var state = AppState(estate: try #require(result.estate), size: Size(width: 160, height: 48), now: ConsoleFixtures.now)
        state.isPlaying = false
        return state
    }

    @Test("recover commands use the Azure name, resource group and subscription")
    func recoverCommands() throws {
        let entries = SoftDeleteRows.entries(try state())
        let commands = Dictionary(uniqueKeysWithValues: entries.map { ($0.id, SoftDeleteRows.command(for: $0)) })
        #expect(
            commands["sample-vault-2"]
                == "az keyvault recover --name sample-vault --resource-group sample-group "
                + "--subscription 00000000-0000-0000-0000-000000000000")
        #expect(
            commands["myAccount"]
                == "az cognitiveservices account recover --name myAccount --resource-group myResourceGroup "
                + "--subscription xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx --location westus")
        #expect(!commands.values.contains { $0.contains("sample-vault-2") })
    }

    @Test("a deletion without a date says so in the detail")
    func unknownDate() throws {
        let table = SoftDeleteRows.table(try state())
        let row = try #require(table.rows.first { $0.id == "myAccount" })
        #expect(row.detail.first?.contains("deleted before 2026-11-28T09:00:00Z (date unknown") == true)
    }
}
