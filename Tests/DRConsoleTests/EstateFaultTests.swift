import DRConsole
import DRDomain
import DRSimulation
import Testing
import TermUI

/// Item 5: faults only on what the estate has.
@Suite("faults on things the estate has")
struct EstateFaultTests {
    @Test("a region the estate does not use is refused, naming the estate's regions")
    func regionOutsideTheEstate() {
        var state = ConsoleFixtures.state(width: 160, height: 48)
        for line in ["inject region westeurope", "inject service Storage westeurope", "inject zone westeurope-az1",
                     "inject region:westeurope"] {
            ConsoleFixtures.type(ConsoleFixtures.command(line), into: &state)
            #expect(state.flash?.isError == true, "\(line)")
            #expect(state.flash?.text.contains("the estate has nothing in westeurope") == true, "\(line)")
            #expect(state.flash?.text.contains("centralus") == true && state.flash?.text.contains("eastus2") == true)
        }
        #expect(state.activeFaultNames.isEmpty)
        #expect(state.engine.events.isEmpty)
    }
}
