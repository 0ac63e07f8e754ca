import Foundation

/// What every run of the command line must satisfy, whatever the input: an exit code of 0, 1 or 2, a message
/// that names the file (with line and column where the problem has one) for 2, and a bounded time.
struct FuzzOracle {
    /// The longest one command may take on a small input (debug build, shared machine).
    static let timeLimit: Duration = .seconds(20)

    var problems: [String] = []
    /// Exit-2 messages that named the file but no line and column, by first line (reported, not failed).
    var withoutLineColumn: [String: Int] = [:]
    var runs = 0
    var exitCodes: [Int32: Int] = [:]

    /// Runs the command line and checks it; `file` is the input whose problems must be located.
    mutating func run(_ arguments: [String], file: String?, label: String) -> CLIRun {
        let clock = ContinuousClock()
        var result = CLIRun(status: -1, stdout: "", stderr: "")
        let elapsed = clock.measure { result = CLIRun.run(arguments) }
        runs += 1
        exitCodes[result.status, default: 0] += 1
        if ![0, 1, 2].contains(result.status) { problems.append("\(label): exit \(result.status) for \(arguments)") }
        if elapsed > Self.timeLimit { problems.append("\(label): took \(elapsed) for \(arguments)") }
        // `validate` reports on standard output, every other command on standard error.
        if result.status == 2 { checkMessage(result.stderr + result.stdout, file: file, label: label, arguments: arguments) }
        return result
    }

    private mutating func checkMessage(_ output: String, file: String?, label: String, arguments: [String]) {
        guard !output.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            problems.append("\(label): exit 2 with no message for \(arguments)")
            return
        }
        guard let file else { return }
        guard output.contains(file) else {
            problems.append("\(label): exit 2 without naming \(file): \(output.prefix(300))")
            return
        }
        let located = (try? NSRegularExpression(pattern: NSRegularExpression.escapedPattern(for: file) + #":\d+:\d+"#))
            .map { $0.firstMatch(in: output, range: NSRange(output.startIndex..., in: output)) != nil } ?? false
        if !located {
            let first = output.split(separator: "\n").first.map(String.init) ?? ""
            withoutLineColumn[first.replacingOccurrences(of: file, with: "FILE"), default: 0] += 1
        }
    }

    /// A one-paragraph account of the run, for the test log.
    func summary(_ kind: String) -> String {
        let codes = exitCodes.sorted { $0.key < $1.key }.map { "exit \($0.key): \($0.value)" }.joined(separator: ", ")
        var out = "fuzz \(kind): \(runs) runs (\(codes)), \(problems.count) problems"
        if !withoutLineColumn.isEmpty {
            out += "; exit-2 messages naming the file without line:column: "
                + withoutLineColumn.sorted { $0.value > $1.value }.prefix(5).map { "\($0.value)x \($0.key.prefix(120))" }
                .joined(separator: " | ")
        }
        return out
    }
}
