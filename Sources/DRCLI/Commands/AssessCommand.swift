import ArgumentParser
import DRDomain
import Foundation

/// `foundry-dr assess`: the estate's DR posture against the guidance, with the rule behind each finding.
struct AssessCommand: ParsableCommand, ContextCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "Check an estate's DR posture against the guidance.",
        discussion: """
            Prints findings with severities, rules and remedies. Exit 0 without error findings, 1 with any,
            2 for bad input or usage. Soft-delete countdowns are measured from --at, else the estate's
            snapshotTime, else the current time.
            """)

    @Option(name: .long, help: ArgumentHelp("The estate file (default: the built-in sample).", valueName: "FILE"))
    var estate: String?

    @Option(name: .long, help: "Output format: text, json or markdown.")
    var format: AssessmentFormat = .text

    @Option(name: .long, help: ArgumentHelp("Assess as of this ISO 8601 time.", valueName: "TIME"))
    var at: String?

    init() {}

    func validate() throws {
        if let at, Timestamp.parse(at) == nil {
            throw ValidationError("--at: '\(at)' is not an ISO 8601 time such as 2026-11-28T09:00:00Z")
        }
    }

    func execute(in context: CommandContext) -> Int32 {
        guard let estate = EstateSource.load(path: estate, context: context) else { return ExitStatus.badInput }
        let assessor = at.flatMap(Timestamp.parse).map { Assessor(at: $0) } ?? Assessor(now: context.now)
        let assessment = assessor.assess(estate)
        context.print(render(assessment, as: format))
        return assessment.hasErrors ? ExitStatus.findings : ExitStatus.success
    }
}

extension AssessmentFormat: ExpressibleByArgument {}
