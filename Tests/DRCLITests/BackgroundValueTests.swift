import Dispatch
import Foundation
import Testing

@testable import DRCLI

/// `assess` enumerates the failure modes on a second thread while it assesses and renders (issue 14).
@Suite("Background value")
struct BackgroundValueTests {
    @Test("the work runs while the caller goes on, and its value is the work's")
    func runsConcurrently() {
        let go = DispatchSemaphore(value: 0)
        // The work waits for a signal the caller sends only after starting it: done inline, it would time out.
        let value = BackgroundValue { go.wait(timeout: .now() + 5) == .success ? "ran alongside" : "ran inline" }
        go.signal()
        #expect(value.value == "ran alongside")
        #expect(value.value == "ran alongside")
    }

    @Test("assess text, Markdown and JSON with failure modes print the same bytes run after run",
          arguments: [["assess"], ["assess", "--format", "markdown"], ["assess", "--format", "json", "--failure-modes"]])
    func deterministic(arguments: [String]) {
        let first = CLIRun.run(arguments)
        #expect(first.status == 1)
        for _ in 0..<5 { #expect(CLIRun.run(arguments).stdout == first.stdout) }
    }
}
