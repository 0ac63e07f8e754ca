@testable import DRConsole
import SnapshotTesting
import Testing
import TermUI

/// Each pane on its own, focused, in a 100x22 rectangle, after a zone outage of eastus2-az1 and the deletion
/// of the shared Key Vault: text grid and style grid.
@Suite("pane snapshots")
struct PaneSnapshotTests {
    @Test("every pane under a zone outage and a deletion", arguments: PaneID.allCases)
    func pane(_ pane: PaneID) {
        var state = ConsoleFixtures.state(width: 160, height: 48)
        ConsoleFixtures.type(ConsoleFixtures.command("inject zone eastus2-az1"), into: &state)
        ConsoleFixtures.type(ConsoleFixtures.command("delete kv-contoso-ai"), into: &state)
        state.focus = pane
        var buffer = Buffer(width: 100, height: 22)
        PaneView.render(pane, state, PaneTables(), in: buffer.area, buffer: &buffer)
        assertSnapshot(of: buffer.snapshot(), as: .lines, named: "\(pane.rawValue)-\(pane)")
    }

    @Test("the soft-delete pane names its first column as the recovery step and says so in its title")
    func softDeleteStepColumn() {
        var state = ConsoleFixtures.state(width: 160, height: 48)
        ConsoleFixtures.type(ConsoleFixtures.command("delete kv-contoso-ai"), into: &state)
        var buffer = Buffer(width: 100, height: 12)
        PaneView.render(.softDelete, state, PaneTables(), in: buffer.area, buffer: &buffer)
        let lines = buffer.lines()
        #expect(lines[0].contains("Step: recovery order, R10"))
        #expect(lines[1].contains("Step Resource"), "\(lines[1])")
        #expect(!lines[1].contains("#"))
    }
}
