import Benchmark
import DRImport
import DRTestSupport
import Foundation

/// Issue 14: about 10,000 resources written as Azure CLI exports (one `az resource list` file per region), and
/// the estate file their import writes.
func largeExports() -> (folder: String, estateFile: String) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fdr-import-bench-10k")
    let exports = folder.appendingPathComponent("exports")
    let estateFile = folder.appendingPathComponent("estate.yaml").path
    if !FileManager.default.fileExists(atPath: estateFile) {
        _ = try? AzureExportGenerator.write(resources: 10_000, into: exports)
        let result = AzureImport.run(paths: [exports.path], referenceTime: referenceTime)
        if let estate = result.estate { try? EstateWriter.yaml(for: estate).write(toFile: estateFile, atomically: true, encoding: .utf8) }
    }
    return (exports.path, estateFile)
}

/// A folder holding one `az resource list`-shaped export of `count` storage accounts, each carrying a
/// connection string (a secret the import drops and reports) and a tag named `key` (kept: judged by value).
func exportFolder(items count: Int) -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fdr-import-bench-\(count)")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    var text = "[\n"
    for index in 0..<count {
        if index > 0 { text += ",\n" }
        text += """
              {"id": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-\(index % 50)/providers/Microsoft.Storage/storageAccounts/st\(index)",
               "name": "st\(index)", "type": "Microsoft.Storage/storageAccounts", "location": "eastus2",
               "sku": {"name": "Standard_ZRS"}, "tags": {"key": "value"},
               "properties": {"connectionString": "DefaultEndpointsProtocol=https;AccountName=st\(index);AccountKey=bm90LWEta2V5"}}
            """
    }
    text += "\n]\n"
    let file = folder.appendingPathComponent("resources.json")
    try? text.write(to: file, atomically: true, encoding: .utf8)
    return folder.path
}

let referenceTime = Date(timeIntervalSince1970: 1_795_856_400)

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal],
        maxDuration: .seconds(10), maxIterations: 100)

    Benchmark("Import about 10,000 resources of Azure CLI exports (issue 14)",
              configuration: .init(maxIterations: 20)) { benchmark in
        let (folder, _) = largeExports()
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            let result = AzureImport.run(paths: [folder], referenceTime: referenceTime)
            blackHole(result.estate?.hubs.count)
        }
        benchmark.stopMeasurement()
    }

    Benchmark("Load and validate the estate file of about 10,000 resources (issue 14)",
              configuration: .init(maxIterations: 50)) { benchmark in
        let (_, estateFile) = largeExports()
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            let result = EstateFile.load(path: estateFile)
            blackHole(result.estate?.hubs.count)
        }
        benchmark.stopMeasurement()
    }

    // 1x and 4x: the figures of each should differ by about four times if the import grows linearly.
    for count in [2_000, 8_000] {
        Benchmark("Import \(count) items, each with a secret to drop",
                  configuration: .init(scalingFactor: .one)) { benchmark in
            let folder = exportFolder(items: count)
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                let result = AzureImport.run(paths: [folder], referenceTime: referenceTime)
                blackHole(result.report.droppedSecrets.count)
            }
            benchmark.stopMeasurement()
        }
    }
}
