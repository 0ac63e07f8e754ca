import ArgumentParser
import DRDomain
import DRImport
import DRSimulation
import Foundation

/// `foundry-dr simulate`: runs faults, a scenario and operator actions headless, and prints the timeline and the
/// final state.
struct SimulateCommand: ParsableCommand, ContextCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Run a simulation headless: timeline and final state, as text or JSON.",
        discussion: SimulateHelp.discussion)

    @Option(name: .long, help: ArgumentHelp("A scenario file, or a built-in name (see `sample scenario`).", valueName: "FILE|NAME"))
    var scenario: String?

    @Option(name: .long, help: ArgumentHelp("The estate file (default: the built-in sample).", valueName: "FILE"))
    var estate: String?

    @Option(name: .customLong("inject"), help: ArgumentHelp("A fault: KIND:TARGET[@OFFSET]; repeatable.", valueName: "FAULT"))
    var injects: [String] = []

    @Option(name: .customLong("action"), help: ArgumentHelp("An operator action: VERB:TARGET[@OFFSET]; repeatable.", valueName: "ACTION"))
    var actions: [String] = []

    @Option(name: .long, help: ArgumentHelp("Stop the clock at this offset (ISO 8601 duration).", valueName: "OFFSET"))
    var until: String?

    @Option(name: .long, help: "Seed of the simulation's random choices.")
    var seed: UInt64 = 0

    @Option(name: .long, help: "Output format: text or json.")
    var format: SimulationFormat = .text

    @Flag(name: .long, help: "Also perform each scenario inject's expected player action (a what-if of a well-run drill).")
    var playExpected = false

    init() {}

    /// The output formats of `simulate`.
    enum SimulationFormat: String, CaseIterable, ExpressibleByArgument {
        case text
        case json
    }

    func validate() throws {
        if let until, ISODuration.seconds(from: until) == nil {
            throw ValidationError("--until: '\(until)' is not an ISO 8601 duration such as PT2H")
        }
        if scenario == nil && injects.isEmpty && actions.isEmpty {
            throw ValidationError("nothing to simulate: give --scenario, --inject or --action")
        }
    }

    func execute(in context: CommandContext) -> Int32 {
        guard let estate = EstateSource.load(path: estate, context: context) else { return ExitStatus.badInput }
        guard case .success(let loadedScenario) = ScenarioSource.optional(scenario, estate: estate, context: context)
        else { return ExitStatus.badInput }
        var faults: [TimedFault] = []
        var timedActions: [TimedAction] = []
        var problems: [String] = []
        for text in injects {
            do { faults.append(try SimulationInput.parseInject(text, estate: estate)) } catch { problems.append(error.description) }
        }
        for text in actions {
            do { timedActions.append(try SimulationInput.parseAction(text, estate: estate)) } catch { problems.append(error.description) }
        }
        guard problems.isEmpty else {
            problems.forEach(context.printError)
            return ExitStatus.badInput
        }
        let runner = SimulationRunner(
            estate: estate, seed: seed, scenario: loadedScenario, injects: faults, actions: timedActions,
            until: until.flatMap(ISODuration.seconds(from:)), playExpectedActions: playExpected)
        let report = runner.run()
        switch format {
        case .text:
            context.print(report.text(until: runner.until))
        case .json:
            do { context.print(try report.jsonText()) } catch {
                context.printError("foundry-dr: cannot encode the report: \(error)")
                return ExitStatus.badInput
            }
        }
        return ExitStatus.success
    }
}
