import DRDomain
import Foundation
import Testing

@testable import DRImport

@Suite("Azure import: the two-region deployment end to end")
struct AzureEndToEndTests {
    @Test("prints the report (diagnostic aid)")
    func printsReport() {
        let result = AzureFixtures.importTwoRegion()
        print(result.report.text)
        print(result.diagnostics.map(\.description).joined(separator: "\n"))
        if let estate = result.estate { print(EstateWriter.yaml(for: estate)) }
    }
}
