import DRCLI
import Foundation

/// What one in-process run of the command line printed and returned.
struct CLIRun {
    var status: Int32
    var stdout: String
    var stderr: String

    /// Runs `foundry-dr` with `arguments` in-process, capturing both streams; "now" is fixed.
    static func run(
        _ arguments: [String], now: Date = Date(timeIntervalSince1970: 1_795_000_000), environment: [String: String] = [:]
    ) -> CLIRun {
        final class Box: @unchecked Sendable { var out = ""; var err = "" }
        let box = Box()
        let context = CommandContext(now: now, environment: environment, out: { box.out += $0 }, err: { box.err += $0 })
        let status = EntryPoint.run(arguments, context: context)
        return CLIRun(status: status, stdout: box.out, stderr: box.err)
    }
}

/// A temporary folder for files a test writes, removed when the test ends.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("fdr-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes `text` to `name` in the folder and returns its path.
    func write(_ name: String, _ text: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
