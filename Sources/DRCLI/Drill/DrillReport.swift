import ArgumentParser
import DRConsole
import DRDrill
import DRJournal
import DRImport
import DRTeam
import Foundation

/// `foundry-dr drill report --journal PATH --format markdown|html|json [-o FILE]`.
struct DrillReport: ParsableCommand, ContextCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the after-action report of a drill or incident journal.",
        discussion: """
            Reads the journal without locking it, so a report can be taken while the drill runs. Markdown for a \
            wiki, HTML (one self-contained file that prints well) for management, JSON for tools \
            (docs/drill-format.md).
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, html, json
    }

    @Option(name: .long, help: ArgumentHelp("The journal: a file, or postgres://USER@HOST/DB?drill=NAME (default: $FOUNDRY_DR_JOURNAL).", valueName: "PATH|URL"))
    var journal: String?

    @Option(name: .long, help: "markdown, html or json.")
    var format: Format = .markdown

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "FILE"))
    var output: String?

    init() {}

    func execute(in context: CommandContext) -> Int32 {
        guard let journal = TeamJournalOpening.journal(journal, context: context) else {
            context.printError("foundry-dr: drill report needs --journal PATH|URL (or FOUNDRY_DR_JOURNAL)")
            return ExitStatus.badInput
        }
        let session: DrillSession
        do {
            session = PostgresJournalURL.isPostgres(journal)
                ? try TeamJournalOpening.read(journal, context: context) : try OpenedJournal.read(path: journal)
        } catch {
            context.printError("foundry-dr: \(error)")
            return ExitStatus.badInput
        }
        let report = AfterActionReport(session: session)
        let text: String
        switch format {
        case .markdown: text = MarkdownReportRenderer.render(report)
        case .html:
            let mask = WorldMap.landMask
            text = HTMLReportRenderer.render(report) { mask.isLand(longitude: $0, latitude: $1) }
        case .json:
            do {
                text = try JSONReportRenderer.render(report)
            } catch {
                context.printError("foundry-dr: cannot encode the report: \(error)")
                return ExitStatus.badInput
            }
        }
        guard let output, output != "-" else {
            context.print(text)
            return ExitStatus.success
        }
        do {
            try SafeFileWriter.write(text, to: output)
        } catch {
            context.printError("foundry-dr: \(error)")
            return ExitStatus.badInput
        }
        context.printError("wrote \(output)")
        return ExitStatus.success
    }
}

/// `foundry-dr drill list`: the journals in the data folder.
struct DrillList: ParsableCommand, ContextCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the journals in the data folder: scenario, started, state, score.")

    @Option(name: .long, help: ArgumentHelp("The folder to list (default: the data folder).", valueName: "PATH"))
    var folder: String?

    init() {}

    func execute(in context: CommandContext) -> Int32 {
        let folder = folder ?? JournalFolder.path(environment: context.environment)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".sqlite") }.sorted()
        guard !names.isEmpty else {
            context.print("no journals in \(folder)")
            return ExitStatus.success
        }
        var rows = [["JOURNAL", "SCENARIO", "STARTED", "STATE", "SCORE"]]
        for name in names {
            let path = (folder as NSString).appendingPathComponent(name)
            rows.append(Self.row(path: path, name: name))
        }
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        for row in rows {
            context.print(row.enumerated().map { $0.offset == row.count - 1 ? $0.element : $0.element.padding(toLength: widths[$0.offset], withPad: " ", startingAt: 0) }
                .joined(separator: "  "))
        }
        context.print("folder: \(folder)")
        return ExitStatus.success
    }

    private static func row(path: String, name: String) -> [String] {
        let session: DrillSession
        do {
            session = try OpenedJournal.read(path: path)
        } catch {
            return [name, "-", "-", "unreadable: \(error)", "-"]
        }
        let progress = session.progress
        let scenario = progress.setup.scenarioName ?? "(incident)"
        let started = JournalTime.formatSeconds(progress.setup.startedAt)
        let clock = "T+\(ReportTime.offset(session.engine.now))"
        let state: String
        if let pid = SQLiteJournalStore.writer(of: path) {
            state = "running (process \(pid)) at \(clock)"
        } else if let end = progress.endTime, session.engine.now >= end {
            state = "finished at \(clock)"
        } else {
            state = "stopped at \(clock)"
        }
        let score = AfterActionReport(session: session).score.score.map { "\($0)/100" } ?? "-"
        return [name, scenario, started, state, score]
    }
}
