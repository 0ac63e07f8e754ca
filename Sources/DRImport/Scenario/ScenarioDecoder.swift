import DRDomain
import DRSimulation
import Foundation

/// Reads a scenario document into a `Scenario`, reporting every wrong type, bad value, unknown key, bad fault or
/// action text and inconsistent inject, each at its line and column.
struct ScenarioDecoder {
    let reader: YAMLReader
    let estate: Estate?

    /// Decodes the whole document; the result is only meaningful when no diagnostic was recorded.
    func decode() -> Scenario? {
        guard case .mapping = reader.root else {
            reader.error(
                "a scenario file is a mapping with keys such as name, injects and stop; "
                    + "found \(reader.root.kindDescription) at the top level",
                at: reader.root)
            return nil
        }
        guard let root = reader.mapping(reader.root, context: "the scenario", keys: ScenarioKeys.root) else { return nil }
        let name = root.string("name", required: true) ?? ""
        root.name = name.isEmpty ? nil : name
        var scenario = Scenario(name: name, title: root.string("title") ?? "", summary: root.string("summary") ?? "")
        scenario.estate = root.string("estate")
        if let estate, let written = scenario.estate, written != estate.name {
            root.error("the scenario is written for estate '\(written)', but the estate is '\(estate.name)'", at: "estate")
        }
        if let objectives = root.mapping("objectives", context: "objectives", keys: Disruption.allCases.map(\.rawValue)) {
            scenario.objectives = EstateDecoder(reader: reader).decodeOverrides(objectives)
        }
        scenario.duration = root.duration("duration")
        scenario.keyVaultFailoverDelay = root.duration("keyvault-failover-delay")
        let nodes = root.list("injects", required: true) ?? []
        if root.contains("injects") && nodes.isEmpty {
            root.error("\(root.describe("injects")): a scenario needs at least one inject", at: "injects")
        }
        var ids: [String: SourcePosition] = [:]
        for (index, node) in nodes.enumerated() {
            guard let m = reader.mapping(node, context: "inject", keys: ScenarioKeys.inject),
                let inject = decodeInject(m, index: index, duration: scenario.duration)
            else { continue }
            if let earlier = ids[inject.id] {
                m.error("inject id '\(inject.id)' is used twice (first at line \(earlier.line))", at: "id")
            } else {
                ids[inject.id] = m.valuePosition("id")
            }
            scenario.injects.append(inject)
        }
        for (index, node) in (root.list("stop") ?? []).enumerated() {
            guard let m = reader.mapping(node, context: "stop condition \(index + 1)", keys: ScenarioKeys.stop) else { continue }
            if let condition = decodeStop(m) { scenario.stopConditions.append(condition) }
        }
        return scenario
    }

    private func decodeInject(_ m: MappingReader, index: Int, duration: TimeInterval?) -> ScenarioInject? {
        let id = m.string("id") ?? "\(index + 1)"
        m.name = id
        guard let at = m.duration("at", required: true) else { return nil }
        if let duration, at > duration {
            m.error("\(m.describe("at")): \(ISODuration.format(at)) is after the scenario's duration "
                        + "\(ISODuration.format(duration))", at: "at")
        }
        let fault = faultValue(m, "fault")
        let clear = faultValue(m, "clear")
        let message = m.string("message")
        let until = m.duration("until")
        var event = ScenarioEvent.message
        switch (fault, clear) {
        case (.some, .some):
            m.error("\(m.subject) has both 'fault' and 'clear'; write two injects", at: "clear")
            return nil
        case (.some(let fault), nil):
            if let until, until <= at {
                m.error("\(m.describe("until")): \(ISODuration.format(until)) must come after 'at' "
                            + "(\(ISODuration.format(at)))", at: "until")
            }
            event = .fault(fault, until: until)
        case (nil, .some(let clear)):
            event = .clear(clear)
        case (nil, nil):
            if m.isWritten("fault") || m.isWritten("clear") { return nil }
            if message == nil {
                reader.error("\(m.subject) needs a 'fault', a 'clear' or a 'message'", at: m.position)
                return nil
            }
        }
        if until != nil, fault == nil {
            m.error("\(m.describe("until")): only a 'fault' inject can say when it clears", at: "until")
        }
        return ScenarioInject(
            id: id, at: at, event: event, message: message, to: m.string("to"), expect: m.string("expect"),
            expectedAction: actionValue(m, at: at))
    }

    /// A fault in the inject grammar, without an offset; reported at the value when it does not parse.
    private func faultValue(_ m: MappingReader, _ key: String) -> Fault? {
        guard let text = m.string(key) else { return nil }
        do {
            return try SimulationInput.parseFault(text, estate: estate)
        } catch {
            m.error("\(m.describe(key)): \(error.message)", at: key)
            return nil
        }
    }

    /// The expected action; its offset defaults to the inject's and may not come before it.
    private func actionValue(_ m: MappingReader, at: TimeInterval) -> TimedAction? {
        guard let text = m.string("action") else { return nil }
        do {
            var action = try SimulationInput.parseAction(text, estate: estate)
            if !text.contains("@") {
                action.at = at
            } else if action.at < at {
                m.error("\(m.describe("action")): its offset \(ISODuration.format(action.at)) comes before the "
                            + "inject's 'at' (\(ISODuration.format(at)))", at: "action")
                return nil
            }
            return action
        } catch {
            m.error("\(m.describe("action")): \(error.message)", at: "action")
            return nil
        }
    }

    private func decodeStop(_ m: MappingReader) -> StopCondition? {
        let written = ["after", "allCriticalServing", "resource"].filter(m.isWritten)
        guard written.count == 1 else {
            reader.error("a stop condition is one of 'after', 'allCriticalServing' or 'resource' with 'state'", at: m.position)
            return nil
        }
        if m.isWritten("state") && written != ["resource"] {
            m.error("\(m.describe("state")): 'state' goes with 'resource'", at: "state")
        }
        switch written[0] {
        case "after":
            return m.duration("after", required: true).map(StopCondition.after)
        case "allCriticalServing":
            guard let flag = m.bool("allCriticalServing", required: true) else { return nil }
            guard flag else {
                m.error("\(m.describe("allCriticalServing")): write true, or leave the condition out", at: "allCriticalServing")
                return nil
            }
            return .allCriticalServing
        default:
            let id = m.string("resource", required: true)
            let state = m.enumeration("state", as: ResourceState.self, required: true)
            if let estate, let id, !estate.allResources.contains(where: { $0.id == id }) {
                m.error("\(m.describe("resource")): no resource '\(id)' in the estate"
                            + Suggestion.didYouMean(id, in: estate.allResources.map(\.id)), at: "resource")
                return nil
            }
            guard let id, let state else { return nil }
            return .resourceState(id, state)
        }
    }
}
