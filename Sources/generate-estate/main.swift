import DRTestSupport
import Foundation

// Writes a generated estate of about N resources as Azure CLI exports, one file per region, for benchmarks and
// the figures in docs/performance.md. Never shipped: only the foundry-dr product is installed.
//
// Usage: generate-estate RESOURCES OUTPUT_DIR
let arguments = CommandLine.arguments.dropFirst()
guard arguments.count == 2, let resources = Int(arguments.first ?? ""), resources > 0, let folder = arguments.last else {
    FileHandle.standardError.write(Data("usage: generate-estate RESOURCES OUTPUT_DIR\n".utf8))
    exit(2)
}
do {
    let files = try AzureExportGenerator.write(resources: resources, into: URL(fileURLWithPath: folder))
    print("wrote \(files.count) export files to \(folder)")
} catch {
    FileHandle.standardError.write(Data("generate-estate: \(error.localizedDescription)\n".utf8))
    exit(2)
}
