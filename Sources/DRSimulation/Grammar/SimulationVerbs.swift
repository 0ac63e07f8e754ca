import DRDomain

/// What a simulation command asks of the engine, already checked against the estate.
public enum SimulationCommand: Sendable, Hashable {
    /// Start a fault now.
    case inject(Fault)
    /// Clear these active faults.
    case clear([Fault])
    /// Clear every active fault.
    case clearAll
    /// Take an operator action now.
    case perform(OperatorAction)
    /// Resubmit every job that must be resubmitted (R4).
    case resubmitAll
    /// Write a note in the timeline.
    case note(String)
}

/// The verbs that drive the simulation, in help order. The console's `:` line reads them (with its own verbs
/// added); `simulate --inject/--action` and scenario files read the same fault and action tables through
/// `SimulationInput`.
public enum SimulationVerbs {
    public static let all: [Verb<SimulationCommand>] = [inject, delete, clear] + ActionKinds.all.map(action) + [note]

    /// `inject KIND ARGS...`, or `inject KIND:TARGET` in the `simulate` spelling.
    static let inject = Verb<SimulationCommand>(
        name: "inject", usage: "inject KIND ARGS... (or KIND:TARGET, as simulate writes it)",
        summary: "start a simulated fault", mutates: true,
        details: FaultKinds.all.map { "inject \($0.consoleShape.padding(toLength: 32, withPad: " ", startingAt: 0)) \($0.summary)" },
        slot: { position, earlier in
            if position == 0 { return .faultKind }
            guard let kind = FaultKinds.kind(earlier[0].lowercased()) else { return nil }
            return kind.slots.indices.contains(position - 1) ? kind.slots[position - 1] : nil
        },
        parse: { input, context throws(GrammarError) in
            guard let first = input.words.first else {
                throw GrammarError("expected inject KIND ARGS...; kinds are \(FaultKinds.words.joined(separator: ", "))")
            }
            if input.words.count == 1, first.contains(":") {
                return .inject(try SimulationInput.fault(first, in: context))
            }
            let word = try ArgumentSlot.faultKind.resolve(first, in: context)
            guard let kind = FaultKinds.kind(word) else { throw GrammarError("expected inject KIND ARGS...") }
            let arguments = Array(input.words.dropFirst())
            guard arguments.count == kind.slots.count else { throw GrammarError("expected inject \(kind.consoleShape)") }
            return .inject(try kind.fault(arguments, in: context))
        })

    /// `delete ID`: the console's short form of `inject delete ID`.
    static let delete = Verb<SimulationCommand>(
        name: "delete", usage: "delete ID", summary: "simulate deleting a resource", mutates: true,
        slot: { position, _ in position == 0 ? .resource : nil },
        parse: { input, context throws(GrammarError) in
            guard input.words.count == 1, let kind = FaultKinds.kind("delete") else {
                throw GrammarError("expected delete ID")
            }
            return .inject(try kind.fault(input.words, in: context))
        })

    /// `clear`, `clear all`, or `clear FAULT` (a target, `kind:target`, or a service or check in every region).
    static let clear = Verb<SimulationCommand>(
        name: "clear", usage: "clear [FAULT|all]", summary: "clear one fault, or all", mutates: true,
        slot: { position, _ in position == 0 ? .activeFault : nil },
        parse: { input, context throws(GrammarError) in
            switch input.words.count {
            case 0: return .clearAll
            case 1 where input.words[0].lowercased() == "all": return .clearAll
            case 1:
                let word = try ArgumentSlot.activeFault.resolve(input.words[0], in: context)
                return .clear(context.activeFaults.filter { ArgumentSlot.clears($0, word) }.sorted())
            default: throw GrammarError("expected clear [FAULT|all]")
            }
        })

    /// `VERB TARGET` for an operator action; `resubmit all` resubmits every job that needs it.
    static func action(_ kind: ActionKind) -> Verb<SimulationCommand> {
        let takesAll = kind.verb == "resubmit"
        let usage = "\(kind.verb) \(kind.slot.placeholder)\(takesAll ? "|all" : "")"
        return Verb<SimulationCommand>(
            name: kind.verb, usage: usage, summary: kind.summary, mutates: true,
            slot: { position, _ in position == 0 ? kind.slot : nil },
            parse: { input, context throws(GrammarError) in
                guard input.words.count == 1 else { throw GrammarError("expected \(usage)") }
                if takesAll, input.words[0].lowercased() == "all" { return .resubmitAll }
                return .perform(try kind.action(input.words[0], in: context))
            })
    }

    /// `note TEXT`: a note in the timeline.
    static let note = Verb<SimulationCommand>(
        name: "note", usage: "note TEXT", summary: "write a note in the timeline (decision, observation, follow-up)",
        mutates: false, slot: { _, _ in .text },
        parse: { input, _ throws(GrammarError) in
            guard !input.rest.isEmpty else { throw GrammarError("expected note TEXT") }
            return .note(input.rest)
        })
}
