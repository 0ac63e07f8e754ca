import DRConsole
import DRConsoleFiles
import DRTeam
import Foundation
import NCursesBackend

/// `drill join` on a terminal: the full-screen console on the shared journal. Every key works as in a drill of
/// one; what it plays is submitted with this participant as author, and the screen shows the drill in the
/// server's order, with who did what, who is here, and refusals on the message line.
enum TeamFullScreen {
    /// Runs the console until it quits; answers the exit code (2 when no terminal console can open).
    static func run(console: TeamConsole, link: TeamScreenLink, context: CommandContext, noMouse: Bool) -> Int32 {
        let backend: NCursesBackend
        do {
            backend = try NCursesBackend(options: NCursesBackend.Options(enablesMouse: !noMouse, environment: context.environment))
        } catch {
            link.leave()
            context.printError("foundry-dr: cannot open the console: \(error)")
            context.printError("hint: add --lines for the line console")
            return ExitStatus.badInput
        }
        defer { backend.shutdown() }
        let themeFolder = (ConfigFolder.path(environment: context.environment) as NSString).appendingPathComponent("themes")
        let resolved = BuiltInThemes.resolve(backend.colorCapability == .monochrome ? "mono" : "default", userThemeFolder: themeFolder)
        let participant = console.participant ?? TeamParticipant(name: "?", role: .observer)
        var state = AppState.joining(
            link.current, seat: TeamSeat(name: participant.name, role: participant.role.rawValue, drill: console.store.url.drill),
            theme: resolved.theme, themeNames: BuiltInThemes.names, size: backend.size)
        state.journalPath = console.store.url.description
        state.mouseEnabled = !noMouse
        let files = ConsoleFiles.disk(
            userThemeFolder: themeFolder, keysFile: KeyMapFile.defaultPath(environment: context.environment),
            health: [], regions: state.estate.regions)
        let runtime = ConsoleRuntime(state: state, backend: backend, clock: { ProcessInfo.processInfo.systemUptime },
                                     files: files, shared: link)
        let status: Int32
        do {
            status = try runtime.run(interrupt: { backend.pendingSignal })
        } catch {
            backend.shutdown()
            link.leave()
            context.printError("foundry-dr: the terminal failed: \(error)")
            return ExitStatus.badInput
        }
        backend.shutdown()
        link.leave()
        context.print("left \(console.store.url.drill) at #\(console.position); report: foundry-dr drill report --journal '\(console.store.url)'")
        return status
    }
}
