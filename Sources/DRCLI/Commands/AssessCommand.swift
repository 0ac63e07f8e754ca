import ArgumentParser
import DRDomain
import DRSimulation
import Foundation

/// `foundry-dr assess`: the estate's DR posture against the guidance, with the rule behind each finding.
struct AssessCommand: ParsableCommand, ContextCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "Check an estate's DR posture against the guidance.",
        discussion: """
            Prints findings with severities, rules and remedies, then (text and markdown) the failure modes: \
            every single fault of the estate (each region, zone, service in a region, resource deletion) with \
            what it takes down, and the resilience figure. Exit 0 without error findings, 1 with any, 2 for bad \
            input or usage. Soft-delete countdowns are measured from --at, else the estate's snapshotTime, else \
            the current time.
            """ + "\n\nRules cited:\n" + RuleID.allCases.map { "  \($0.rawValue) \($0.title)" }.joined(separator: "\n"))

    @Option(name: .long, help: ArgumentHelp("The estate file (default: the built-in sample).", valueName: "FILE"))
    var estate: String?

    @Option(name: .long, help: "Output format: text, json or markdown.")
    var format: AssessmentFormat = .text

    @Option(name: .long, help: ArgumentHelp("Assess as of this ISO 8601 time.", valueName: "TIME"))
    var at: String?

    @Flag(name: .long, help: "JSON only: add the failure modes and the resilience figure (keys failureModes, resilience).")
    var failureModes = false

    init() {}

    func validate() throws {
        if let at, Timestamp.parse(at) == nil {
            throw ValidationError(Timestamp.impossibility(in: at).map { "--at: '\(at)' is not a real time: \($0)" }
                                  ?? "--at: '\(at)' is not an ISO 8601 time such as 2026-11-28T09:00:00Z")
        }
    }

    func execute(in context: CommandContext) -> Int32 {
        guard let estate = EstateSource.load(path: estate, context: context) else { return ExitStatus.badInput }
        let assessor = at.flatMap(Timestamp.parse).map { Assessor(at: $0) } ?? Assessor(now: context.now)
        // The single-fault enumeration runs only where its result is printed, on a second thread while the
        // assessment is made and rendered (they share only the immutable estate).
        switch format {
        case .text:
            let failureModes = BackgroundValue { BlastRadius.enumerate(estate).text() }
            let assessment = assessor.assess(estate)
            context.print(render(assessment, as: .text) + "\n" + failureModes.value)
            return Self.exitStatus(assessment)
        case .markdown:
            let failureModes = BackgroundValue { FailureModeSection.markdown(BlastRadius.enumerate(estate)) }
            let assessment = assessor.assess(estate)
            context.print(render(assessment, as: .markdown) + "\n" + failureModes.value)
            return Self.exitStatus(assessment)
        case .json where failureModes:
            let section = BackgroundValue {
                let report = BlastRadius.enumerate(estate)
                return (report, FailureModeSection.failureModesText(report))
            }
            let assessment = assessor.assess(estate)
            let (report, modes) = section.value
            context.print(Self.json(assessment, adding: FailureModeSection.resilience(report), failureModes: modes))
            return Self.exitStatus(assessment)
        case .json:
            let assessment = assessor.assess(estate)
            context.print(render(assessment, as: .json))
            return Self.exitStatus(assessment)
        }
    }

    /// 1 when the assessment has error findings, else 0.
    private static func exitStatus(_ assessment: Assessment) -> Int32 {
        assessment.hasErrors ? ExitStatus.findings : ExitStatus.success
    }
}

extension AssessCommand {
    /// The assessment's JSON with `resilience` and the `failureModes` list already written as pretty JSON text
    /// (`FailureModeSection.failureModesText`): the list stands in as a placeholder string while Foundation writes
    /// the rest, then takes its place, so the bytes are those of writing the whole object with `JSONSerialization`.
    static func json(_ assessment: Assessment, adding resilience: [String: Any], failureModes: String) -> String {
        let placeholder = "failure-modes-" + UUID().uuidString.lowercased()
        let text = Array(json(assessment, adding: ["resilience": resilience, "failureModes": placeholder]).utf8)
        let quoted = Array("\"\(placeholder)\"".utf8)
        guard let start = text.indices.first(where: { text[$0...].starts(with: quoted) }) else {
            return String(decoding: text, as: UTF8.self)
        }
        return String(decoding: text[..<start] + Array(failureModes.utf8) + text[(start + quoted.count)...], as: UTF8.self)
    }

    /// The assessment's JSON with extra top-level keys, in the same sorted, pretty form.
    static func json(_ assessment: Assessment, adding extra: [String: Any]) -> String {
        let base = render(assessment, as: .json)
        guard var object = (try? JSONSerialization.jsonObject(with: Data(base.utf8))) as? [String: Any] else { return base }
        object.merge(extra) { _, new in new }
        guard let data = try? JSONSerialization.data(
            withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        else { return base }
        return String(decoding: data, as: UTF8.self)
    }
}

extension AssessmentFormat: ExpressibleByArgument {}
