import DRConsole
import DRDomain
import DRImport
import Foundation
import Testing

/// Live records belong to resources by Azure name, ARM type, resource group and subscription, never by a name
/// alone: a record that could be two resources is used for neither, and said.
@Suite("live records matched to the estate's resources")
struct LiveResourceMatchingTests {
    static let subscription = "00000000-0000-0000-0000-000000000000"

    static func record(
        _ name: String, type: String, group: String?, _ state: AvailabilityState, subscription: String? = subscription
    ) -> ResourceHealthStatus {
        let provider = type.split(separator: "/").map(String.init)
        let path = "/subscriptions/\(subscription ?? "x")/resourceGroups/\(group ?? "x")/providers/\(provider[0])/\(provider[1])/\(name)"
        return ResourceHealthStatus(
            resourceID: path, resourceName: name, resourceType: type.lowercased(), subscription: subscription,
            resourceGroup: group, state: state, occurredAt: ConsoleFixtures.now)
    }

    /// The sample at 160x48 with live records loaded the way the files layer hands them over.
    static func loaded(_ estate: Estate, _ records: [ResourceHealthStatus]) -> AppState {
        var state = AppState(estate: estate, size: .init(width: 160, height: 48), now: ConsoleFixtures.now)
        state.isPlaying = false
        state.mode = .liveData
        let live = LiveHealth(snapshot: HealthSnapshot(resourceStatuses: records), sources: ["statuses.json"])
        _ = Reducer.reduce(&state, .healthLoaded(live, problems: []))
        return state
    }

    @Test("a resource whose Azure name is not its estate id gets its record")
    func azureNameNotId() {
        var estate = ConsoleFixtures.sample
        let index = estate.storageAccounts.firstIndex { $0.id == "sthubeus2" }!
        estate.storageAccounts[index].azureName = "stcontosohubeus2"
        let state = Self.loaded(estate, [Self.record("stcontosohubeus2", type: "Microsoft.Storage/storageAccounts",
                                                     group: "rg-ai-eus2", .unavailable)])
        #expect(state.engine.state(of: "sthubeus2") == .unavailable)
        #expect(state.engine.status(of: "sthubeus2")?.source == .live)
        #expect(state.live?.recordsOutsideEstate.isEmpty == true)
        // The timeline names it as the panes do, by its estate id.
        var timeline = state
        timeline.focus = .timeline
        let rows = PaneTables().visibleRows(.timeline, timeline).filter { $0.id.hasPrefix("live:") }
        #expect(rows.contains { $0.cells[2].text == "sthubeus2" }, "\(rows.map { $0.cells[2].text })")
        #expect(!rows.contains { $0.cells[2].text == "stcontosohubeus2" })
    }

    @Test("a vault and a storage account of one Azure name each get their own record, by type")
    func sameNameOtherType() {
        var estate = ConsoleFixtures.sample
        estate.storageAccounts[estate.storageAccounts.firstIndex { $0.id == "stdataeus2" }!].azureName = "contoso"
        estate.keyVaults[estate.keyVaults.firstIndex { $0.id == "kv-contoso-ai" }!].azureName = "contoso"
        let state = Self.loaded(estate, [
            Self.record("contoso", type: "Microsoft.KeyVault/vaults", group: "rg-ai-eus2", .unavailable),
            Self.record("contoso", type: "Microsoft.Storage/storageAccounts", group: "rg-data", .available),
        ])
        #expect(state.live?.status(of: "kv-contoso-ai")?.state == .unavailable)
        #expect(state.live?.status(of: "stdataeus2")?.state == .available)
        #expect(state.engine.state(of: "kv-contoso-ai") == .unavailable)
        #expect(state.engine.state(of: "stdataeus2") != .unavailable)
    }

    @Test("two hubs of one Azure name in two resource groups each get the record of their group")
    func sameNameOtherGroup() {
        var estate = ConsoleFixtures.sample
        for index in estate.hubs.indices { estate.hubs[index].azureName = "hub" }
        let type = "Microsoft.MachineLearningServices/workspaces"
        let state = Self.loaded(estate, [
            Self.record("hub", type: type, group: "rg-ai-cus", .available),
            Self.record("hub", type: type, group: "rg-ai-eus2", .unavailable),
        ])
        #expect(state.live?.status(of: "hub-eus2")?.state == .unavailable)
        #expect(state.live?.status(of: "hub-cus")?.state == .available)
        #expect(state.engine.state(of: "hub-eus2") == .unavailable)
        #expect(state.live?.problems.isEmpty == true)
    }

    @Test("when the estate cannot tell two records apart, neither is used, and the console says so")
    func ambiguousRecordsAreNotGuessed() {
        var estate = ConsoleFixtures.sample
        let index = estate.keyVaults.firstIndex { $0.id == "kv-contoso-ai" }!
        estate.keyVaults[index].resourceGroup = nil
        let type = "Microsoft.KeyVault/vaults"
        let state = Self.loaded(estate, [
            Self.record("kv-contoso-ai", type: type, group: "rg-ai-eus2", .unavailable),
            Self.record("kv-contoso-ai", type: type, group: "rg-old", .available),
        ])
        #expect(state.live?.status(of: "kv-contoso-ai") == nil)
        #expect(state.engine.status(of: "kv-contoso-ai")?.source != .live)
        let problem = state.live?.problems.first ?? ""
        #expect(problem.contains("2 records that could be kv-contoso-ai"), "\(problem)")
        #expect(problem.contains("rg-old"))
        #expect(state.flash?.isError == true)
        #expect(state.live?.recordsOutsideEstate.isEmpty == true, "unclear records are problems, not outsiders")
        let row = PaneTables().visibleRows(.regionHealth, state).first { $0.id == "live-problem:0" }
        #expect(row?.cells.last?.text.hasPrefix("problem 1: Resource Health has 2 records") == true, "region health lists it")
        let screen = ConsoleFixtures.render(state).lines().joined(separator: "\n")
        #expect(screen.contains("live health: Resource Health has 2 records"), "the message line says it")
    }

    @Test("a record two resources could be is used for neither, and both are named, whatever the estate's order",
          arguments: [false, true])
    func recordClaimedTwice(reversed: Bool) {
        var estate = ConsoleFixtures.sample
        for index in estate.hubs.indices { estate.hubs[index].azureName = "hub" }
        let cus = estate.hubs.firstIndex { $0.id == "hub-cus" }!
        estate.hubs[cus].resourceGroup = nil
        if reversed { estate.hubs.reverse() }
        let type = "Microsoft.MachineLearningServices/workspaces"
        let state = Self.loaded(estate, [
            Self.record("hub", type: type, group: "rg-other", .available),
            Self.record("hub", type: type, group: "rg-ai-eus2", .unavailable),
        ])
        #expect(state.live?.status(of: "hub-eus2") == nil, "hub-cus, whose group is not recorded, could be it")
        #expect(state.live?.status(of: "hub-cus") == nil)
        let problems = state.live?.problems.joined(separator: "\n") ?? ""
        #expect(problems.contains("could be any of hub-cus, hub-eus2"), "\(problems)")
        #expect(problems.contains("2 records that could be hub-cus"), "\(problems)")
    }

    @Test("a subscription written with braces is the same subscription")
    func bracedSubscription() {
        var estate = ConsoleFixtures.sample
        let index = estate.keyVaults.firstIndex { $0.id == "kv-contoso-ai" }!
        estate.keyVaults[index].subscription = "{\(Self.subscription.uppercased())}"
        let state = Self.loaded(estate, [Self.record("kv-contoso-ai", type: "Microsoft.KeyVault/vaults",
                                                     group: "rg-ai-eus2", .unavailable)])
        #expect(state.live?.status(of: "kv-contoso-ai")?.state == .unavailable)
    }

    @Test("a compute's record is listed outside the estate, never given to a compute of that name elsewhere")
    func computesAreNotGuessed() {
        let estate = ConsoleFixtures.sample
        let compute = estate.computes[0].id
        let record = ResourceHealthStatus(
            resourceID: "/subscriptions/\(Self.subscription)/resourceGroups/rg-b/providers/Microsoft.MachineLearningServices/workspaces/hub-b/computes/\(compute)",
            resourceName: compute, resourceType: "microsoft.machinelearningservices/workspaces/computes",
            subscription: Self.subscription, resourceGroup: "rg-b", state: .unavailable)
        let state = Self.loaded(estate, [record])
        #expect(state.live?.status(of: compute) == nil)
        #expect(state.engine.status(of: compute)?.source != .live)
        #expect(state.live?.recordsOutsideEstate.map(\.resourceName) == [compute])
    }

    @Test("a record of another subscription is not the estate's resource of that name")
    func otherSubscription() {
        var estate = ConsoleFixtures.sample
        let index = estate.keyVaults.firstIndex { $0.id == "kv-contoso-ai" }!
        estate.keyVaults[index].subscription = Self.subscription
        let other = "11111111-1111-1111-1111-111111111111"
        let state = Self.loaded(estate, [Self.record("kv-contoso-ai", type: "Microsoft.KeyVault/vaults",
                                                     group: "rg-ai-eus2", .unavailable, subscription: other)])
        #expect(state.live?.status(of: "kv-contoso-ai") == nil)
        #expect(state.live?.recordsOutsideEstate.count == 1)
    }
}
