import Foundation

/// A private tmux server driving a program in a real terminal, for end-to-end tests.
///
/// Each harness has its own socket (no user configuration), polls the screen with a bounded wait, and
/// kills its server when closed.
final class TmuxHarness {
    private let directory: URL
    private let socket: String
    private let tmux: String
    let sessionName = "t"

    /// Starts `command` (a shell command line) in a detached session of the given size.
    init(command: String, width: Int, height: Int, environment: [String: String] = [:]) throws {
        guard let tmux = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].first(where: {
            FileManager.default.isExecutableFile(atPath: $0)
        }) else {
            throw HarnessError("tmux is not installed (.ci/run installs it)")
        }
        self.tmux = tmux
        // Keep the socket path short: unix sockets allow about 108 bytes.
        directory = URL(fileURLWithPath: "/tmp").appendingPathComponent("fdr-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        socket = directory.appendingPathComponent("s").path
        let exports = environment.map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
        let wrapped = "env \(exports) \(command); echo \"EXITED rc=$?\"; sleep 30"
        try tmuxCommand(["new-session", "-d", "-s", sessionName, "-x", "\(width)", "-y", "\(height)", wrapped])
    }

    /// The screen's text now.
    func capture() throws -> String {
        try tmuxCommand(["capture-pane", "-p", "-t", sessionName]).stdout
    }

    /// Waits until the screen contains `text`, up to `timeout` seconds; returns the screen.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = try capture()
            if screen.contains(text) { return screen }
            usleep(50_000)
        }
        throw HarnessError("timed out after \(timeout)s waiting for '\(text)'; screen was:\n\(screen)")
    }

    /// Types keys (tmux key names such as `Enter`, `Tab`, `C-c`, or literal text).
    func send(_ keys: String...) throws {
        try tmuxCommand(["send-keys", "-t", sessionName] + keys)
    }

    /// Types literal text, character by character.
    func type(_ text: String) throws {
        try tmuxCommand(["send-keys", "-t", sessionName, "-l", text])
    }

    /// Types a console command: `:`, the text, Enter.
    func command(_ text: String) throws {
        try send(":")
        try type(text)
        try send("Enter")
    }

    /// Resizes the window.
    func resize(width: Int, height: Int) throws {
        try tmuxCommand(["resize-window", "-t", sessionName, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Kills the server and removes the socket folder.
    func close() {
        _ = try? tmuxCommand(["kill-server"])
        try? FileManager.default.removeItem(at: directory)
    }

    deinit { close() }

    @discardableResult
    private func tmuxCommand(_ arguments: [String]) throws -> SpawnedProcess.Outcome {
        let outcome = try SpawnedProcess.run(tmux, ["-S", socket, "-f", "/dev/null"] + arguments, timeout: 10)
        if outcome.status != 0 && arguments.first != "kill-server" {
            throw HarnessError("tmux \(arguments.first ?? "") failed (\(outcome.status)): \(outcome.stderr)")
        }
        return outcome
    }
}

/// A failure of the test harness itself, with what went wrong.
struct HarnessError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
