import Foundation
import Testing

/// Command lines and files found by fuzzing that once crashed or were wrongly accepted.
@Suite("hostile command lines")
struct HostileCommandLineTests {
    /// The sample estate with a job that names no compute.
    static func computelessJobEstate(in folder: TemporaryFolder) throws -> String {
        let sample = CLIRun.run(["sample", "estate"]).stdout
        let estate = sample.replacingOccurrences(of: "jobs:\n", with: "jobs:\n  - { id: j, project: proj-chat }\n")
        #expect(estate != sample)
        return try folder.write("computeless.yaml", estate)
    }

    @Test("simulate: resubmitting a job with no compute after a region outage runs on its home hub")
    func resubmitJobWithoutCompute() throws {
        let folder = try TemporaryFolder()
        let estate = try Self.computelessJobEstate(in: folder)
        #expect(CLIRun.run(["validate", estate]).status == 0)
        let run = CLIRun.run(["simulate", "--estate", estate, "--inject", "region:eastus2@PT0S..PT1H",
                              "--action", "resubmit:j@PT2H"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("resubmitted in its project proj-chat"))
    }
}
