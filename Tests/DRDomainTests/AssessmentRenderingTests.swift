import Foundation
import Testing
@testable import DRDomain

@Suite("Assessment: rendering")
struct AssessmentRenderingTests {
    /// Two findings given out of order; the assessment sorts them.
    static let tiny = Assessment(estate: "tiny", findings: [
        Finding(id: "hub-not-soft-deletable:hub-a", severity: .info, rule: .r9, resources: ["hub-a"],
                message: "Hub hub-a cannot be soft-deleted.", remedy: "Lock it:\naz lock create --name x"),
        Finding(id: "no-secondary-hub:hub-a", severity: .error, rule: .r1, resources: ["hub-a", "proj-a"],
                message: "No secondary; see https://learn.microsoft.com/azure.", remedy: "Create one."),
    ])

    @Test("JSON is the exact contract: sorted keys, pretty-printed, slashes unescaped")
    func jsonExact() {
        let expected = """
            {
              "estate" : "tiny",
              "findings" : [
                {
                  "id" : "no-secondary-hub:hub-a",
                  "message" : "No secondary; see https://learn.microsoft.com/azure.",
                  "remedy" : "Create one.",
                  "resources" : [
                    "hub-a",
                    "proj-a"
                  ],
                  "rule" : "R1",
                  "severity" : "error"
                },
                {
                  "id" : "hub-not-soft-deletable:hub-a",
                  "message" : "Hub hub-a cannot be soft-deleted.",
                  "remedy" : "Lock it:\\naz lock create --name x",
                  "resources" : [
                    "hub-a"
                  ],
                  "rule" : "R9",
                  "severity" : "info"
                }
              ],
              "summary" : {
                "error" : 1,
                "info" : 1,
                "warning" : 0
              }
            }

            """
        #expect(render(Self.tiny, as: .json) == expected)
    }

    @Test("JSON parses back with the contract's keys and values")
    func jsonParses() throws {
        let text = render(Self.tiny, as: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["estate", "findings", "summary"])
        #expect(object["estate"] as? String == "tiny")
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.count == 2)
        for finding in findings {
            #expect(Set(finding.keys) == ["id", "severity", "rule", "resources", "message", "remedy"])
        }
        #expect(findings.map { $0["id"] as? String } == ["no-secondary-hub:hub-a", "hub-not-soft-deletable:hub-a"])
        #expect(findings.map { $0["severity"] as? String } == ["error", "info"])
        #expect(findings.map { $0["rule"] as? String } == ["R1", "R9"])
        #expect(findings[0]["resources"] as? [String] == ["hub-a", "proj-a"])
        #expect(findings[1]["remedy"] as? String == "Lock it:\naz lock create --name x")
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary == ["error": 1, "warning": 0, "info": 1])
    }

    @Test("JSON orders findings by severity, then rule, then id, for the sample too")
    func jsonOrdering() throws {
        let assessment = Assessor(now: AssessmentFixtures.t0).assess(AssessmentSample.estate)
        let text = render(assessment, as: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        let rank = ["error": 0, "warning": 1, "info": 2]
        let keys = findings.compactMap { f -> (Int, Int, String)? in
            guard let severity = (f["severity"] as? String).flatMap({ rank[$0] }),
                let rule = (f["rule"] as? String).flatMap({ Int($0.dropFirst()) }), let id = f["id"] as? String
            else { return nil }
            return (severity, rule, id)
        }
        #expect(keys.count == findings.count)
        #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 < $1 })
        #expect(findings.map { $0["id"] as? String } == assessment.ids)
    }

    @Test("text: grouped by severity under [SEVERITY] rule id headers, closing with the summary")
    func text() {
        let text = render(Self.tiny, as: .text)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "DR assessment of tiny")
        #expect(lines.contains("ERRORS (1)"))
        #expect(lines.contains("INFO (1)"))
        #expect(!lines.contains { $0.hasPrefix("WARNINGS") })
        #expect(lines.contains("[ERROR] R1 no-secondary-hub:hub-a"))
        #expect(lines.contains("[INFO] R9 hub-not-soft-deletable:hub-a"))
        #expect(lines.contains("    Remedy: Lock it:"))
        #expect(lines.contains("      az lock create --name x"))
        #expect(text.hasSuffix("Summary: 1 error, 0 warnings, 1 info (tiny)\n"))
        let error = lines.firstIndex(of: "[ERROR] R1 no-secondary-hub:hub-a") ?? 0
        let info = lines.firstIndex(of: "[INFO] R9 hub-not-soft-deletable:hub-a") ?? 0
        #expect(error < info)
    }

    @Test("text fits 80 columns, and wrapped commands still paste as the same command")
    func textWidth() {
        let assessment = Assessor(now: AssessmentFixtures.t0).assess(AssessmentSample.estate)
        let lines = render(assessment, as: .text).split(separator: "\n").map(String.init)
        // Only a command's unbreakable `$(...)` may run past the edge.
        #expect(lines.allSatisfy { $0.count <= 80 || $0.contains("$(") })
        for finding in assessment.findings {
            for case .command(let command) in RemedyPart.parts(of: finding.remedy) {
                let wrapped = TextWrap.wrapCommand(command, width: 80, indent: "      ", continuation: "          ")
                let joined = wrapped.map { $0.trimmingCharacters(in: .whitespaces) }
                    .map { $0.hasSuffix(" \\") ? String($0.dropLast(2)) : $0 }
                    .joined(separator: " ")
                #expect(joined == command)
            }
        }
    }

    @Test("commands break at top-level spaces only, keeping options with their values")
    func shellTokens() {
        let tokens = TextWrap.shellTokens(
            "az x show --name a --query \"{a: b, c: d}\" --scope $(az y --name b --query id) --yes")
        #expect(tokens == [
            "az", "x", "show", "--name a", "--query \"{a: b, c: d}\"", "--scope $(az y --name b --query id)", "--yes",
        ])
    }

    @Test("prose wraps at spaces within the width")
    func wrap() {
        let lines = TextWrap.wrap("aaa bbb ccc ddd", width: 11, firstIndent: "  ", indent: "    ")
        #expect(lines == ["  aaa bbb", "    ccc ddd"])
    }

    @Test("no findings: text and Markdown say so; JSON has an empty list")
    func empty() {
        let none = Assessment(estate: "calm", findings: [])
        #expect(render(none, as: .text).contains("No findings"))
        #expect(render(none, as: .text).hasSuffix("Summary: 0 errors, 0 warnings, 0 info (calm)\n"))
        #expect(render(none, as: .markdown).contains("No findings"))
        #expect(render(none, as: .json).contains("\"findings\" : [\n\n  ]") || render(none, as: .json).contains("\"findings\" : []"))
    }

    @Test("Markdown: heading, summary table, findings by severity, commands in shell blocks")
    func markdown() throws {
        let text = render(Self.tiny, as: .markdown)
        #expect(text.hasPrefix("# DR assessment: tiny\n"))
        #expect(text.contains("| Errors | 1 |\n| Warnings | 0 |\n| Info | 1 |"))
        #expect(text.contains("## Errors (1)\n\n### ERROR R1 `no-secondary-hub:hub-a`"))
        #expect(text.contains("## Info (1)"))
        #expect(!text.contains("## Warnings"))
        #expect(text.contains("```sh\naz lock create --name x\n```"))
        #expect(text.contains("Resources: `hub-a`, `proj-a`"))
        #expect(text.contains("## Rules cited"))
        let errors = try #require(text.range(of: "## Errors")?.lowerBound)
        let info = try #require(text.range(of: "## Info")?.lowerBound)
        #expect(errors < info)
    }

    @Test("Markdown escapes syntax outside code spans and keeps code spans as written")
    func markdownEscape() {
        #expect(MarkdownAssessmentRenderer.escape("Standard_LRS <x> `a_b`") == "Standard\\_LRS \\<x\\> `a_b`")
        #expect(MarkdownAssessmentRenderer.code("a`b") == "`` a`b ``")
    }

    @Test("every format ends with one newline and is stable")
    func stable() {
        let assessment = Assessor(now: AssessmentFixtures.t0).assess(AssessmentSample.estate)
        for format in AssessmentFormat.allCases {
            let text = render(assessment, as: format)
            #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"))
            #expect(text == render(Assessor(now: AssessmentFixtures.t0).assess(AssessmentSample.estate), as: format))
        }
    }
}
