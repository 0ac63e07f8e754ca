import DRConsole
import DRDomain
import DRSimulation
import Foundation
import Testing
import TermUI

/// The console tells the truth: Microsoft's Key Vault failover as an inject, the service catalog in sight,
/// soft-delete conflicts as two statements, and hints that name the estate in front of it.
@Suite("console truth")
struct ConsoleTruthTests {
    @Test(":inject keyvault-failover VAULT marks Microsoft's failover; a wrong vault gets a did-you-mean")
    func injectKeyVaultFailover() throws {
        let parsed = try ConsoleVerbs.table.parse("inject keyvault-failover kv-contoso-ai",
                                                  in: GrammarContext(estate: ConsoleFixtures.sample))
        #expect(parsed.command == .simulation(.inject(.keyVaultFailover("kv-contoso-ai"))))
        var state = ConsoleFixtures.state(width: 160, height: 48)
        ConsoleFixtures.type(ConsoleFixtures.command("inject region eastus2"), into: &state)
        ConsoleFixtures.type(ConsoleFixtures.command("inject keyvault-failover kv-contso-ai"), into: &state)
        #expect(state.flash?.isError == true)
        #expect(state.flash?.text.contains("did you mean 'kv-contoso-ai'") == true)
        ConsoleFixtures.type(ConsoleFixtures.command("inject keyvault-failover kv-contoso-ai"), into: &state)
        #expect(state.engine.activeFaults[.keyVaultFailover("kv-contoso-ai")] != nil)
        state.engine.advance(to: state.engine.now + 300)
        #expect(state.engine.state(of: "kv-contoso-ai") == .readOnly)
    }

    @Test("c opens the service catalog: the guidance's tables and the conflicts, both statements each")
    func catalogOverlay() {
        var state = ConsoleFixtures.state(width: 160, height: 60)
        ConsoleFixtures.type([.char("c")], into: &state)
        #expect(state.showsHelp && state.helpShowsCatalog)
        let screen = ConsoleFixtures.render(state).lines().joined(separator: "\n")
        #expect(screen.contains("Service catalog"))
        #expect(screen.contains("Azure Key Vault: managed by you; highly available by default: yes; geo-replicated by microsoft"))
        ConsoleFixtures.type([.char("G")], into: &state)
        let bottom = ConsoleFixtures.render(state).lines().joined(separator: "\n")
        #expect(bottom.contains("Key Vault regional failover"))
        #expect(bottom.contains("Microsoft-managed and best effort"))
        ConsoleFixtures.type([.char("c")], into: &state)
        #expect(!state.showsHelp)
    }

    @Test("the catalog's configuration line, labelled the guidance's, says only what the guidance says (seed 102)")
    func catalogConfigurationIsTheSeeds() throws {
        let state = ConsoleFixtures.state(width: 200, height: 48)
        let rows = PaneTables().visibleRows(.xray, state)
        let vault = try #require(rows.first { $0.id.hasSuffix(":kv-contoso-ai") })
        let line = try #require(vault.detail.first { $0.contains("Configuration (the guidance)") })
        // Seed 102: "Use the same Azure Key Vault instance ... Azure Key Vault automatically fails over to a
        // secondary region." Read-only while failed over, and the pair, are the Key Vault guide's words.
        #expect(line.contains("automatically fails over to a secondary region"), "\(line)")
        #expect(!line.contains("read-only") && !line.contains("paired"), "\(line)")
    }

    @Test("the x-ray detail of a resource shows its catalog entry and the conflicts")
    func xrayCatalog() throws {
        let state = ConsoleFixtures.state(width: 160, height: 48)
        let rows = PaneTables().visibleRows(.xray, state)
        let vault = try #require(rows.first { $0.id.hasSuffix(":kv-contoso-ai") })
        #expect(vault.detail.contains { $0.contains("Service catalog:") })
        #expect(vault.detail.contains { $0.contains("fails over automatically") })
        #expect(vault.detail.contains { $0.contains("can take hours") })
        let hub = try #require(rows.first { $0.id.hasSuffix(":hub-eus2") })
        #expect(hub.detail.contains { $0.contains("do not support soft delete") })
        #expect(hub.detail.contains { $0.contains("14 days") })
    }

    @Test("a deleted hub in the soft-delete pane shows both statements, never settled silently")
    func softDeleteConflict() throws {
        var state = ConsoleFixtures.state(width: 200, height: 48)
        ConsoleFixtures.type(ConsoleFixtures.command("delete hub-cus"), into: &state)
        let row = try #require(PaneTables().visibleRows(.softDelete, state).first { $0.id == "hub-cus" })
        #expect(row.cells.last?.text.contains("unsupported (Foundry DR guidance) / 14 days (AML soft-delete page)") == true)
        #expect(row.detail.contains { $0.contains("Foundry DR guidance (2025-04): hubs and projects do not support soft delete") })
        #expect(row.detail.contains { $0.contains("AML soft-delete doc (2025-10): workspaces soft-delete for 14 days") })
    }

    @Test("the empty timeline's hint names a region of the estate in front of it")
    func timelineHint() {
        var europe = ConsoleFixtures.sample
        for index in europe.hubs.indices { europe.hubs[index].region = "westeurope" }
        let state = AppState(estate: europe, theme: ConsoleFixtures.state(width: 80, height: 24).theme,
                             size: Size(width: 80, height: 24), now: ConsoleFixtures.now)
        #expect(TimelineRows.emptyHint(state) == "no events yet: try :inject region westeurope")
        #expect(TimelineRows.emptyHint(ConsoleFixtures.state(width: 80, height: 24))
                == "no events yet: try :inject region eastus2")
    }

    @Test("blob, container and artifact soft delete are shown where the estate states them, never guessed")
    func childSoftDelete() throws {
        var estate = ConsoleFixtures.sample
        estate.storageAccounts[0].blobSoftDeleteDays = 7
        let state = AppState(estate: estate, theme: ConsoleFixtures.state(width: 80, height: 24).theme,
                             size: Size(width: 160, height: 48), now: ConsoleFixtures.now)
        let rows = PaneTables().visibleRows(.replication, state)
        let account = try #require(rows.first { $0.id == estate.storageAccounts[0].id })
        #expect(account.detail.contains { $0.contains("Blob soft delete: 7 days; container soft delete: not stated in the exports") })
        let registry = try #require(rows.first { $0.id == "acrcontosoai" })
        #expect(registry.detail.contains { $0.contains("Artifact soft delete (preview): not stated in the exports; not available on geo-replicated registries") })
    }

    @Test("an unknown state reads UNKN, in text, not only colour")
    func unknownBadge() {
        #expect(Badge.text(.unknown) == "UNKN")
        var state = ConsoleFixtures.state(width: 200, height: 60)
        ConsoleFixtures.type(ConsoleFixtures.command("inject zone eastus2-az1"), into: &state)
        ConsoleFixtures.type([.char("2")], into: &state)
        let screen = ConsoleFixtures.render(state).lines().joined(separator: "\n")
        #expect(screen.range(of: #"stdataeus2\s+storage\s+RA-GRS\s+sim\s+GEO ok\s+PRI UNKN"#, options: .regularExpression) != nil)
        // The compact summary counts them apart: neither down nor serving.
        var compact = ConsoleFixtures.state(width: 100, height: 16)
        ConsoleFixtures.type(ConsoleFixtures.command("inject zone eastus2-az1"), into: &compact)
        let summary = ConsoleFixtures.render(compact).lines().joined(separator: "\n")
        #expect(summary.range(of: #"Resources 28: \d+ down, \d+ unknown, \d+ degraded"#, options: .regularExpression) != nil)
    }
}
