import DRImport
import Foundation
import Testing

@Suite("validate")
struct ValidateCommandTests {
    /// One planted error: the text to replace in the sample, its replacement, and the token the error points at.
    struct Plant {
        var find: String
        var replace: String
        var pointsAt: String
        var message: String
    }

    static let plants: [Plant] = [
        Plant(find: "    region: centralus\n    role: secondary", replace: "    region: centrlus\n    role: secondary",
              pointsAt: "centrlus", message: "centralus"),
        Plant(find: "    purgeProtection: true\n    resourceGroup: rg-ai-eus2\n\ncontainerRegistries",
              replace: "    purgeProtecton: true\n    resourceGroup: rg-ai-eus2\n\ncontainerRegistries",
              pointsAt: "purgeProtecton", message: "purgeProtection"),
        Plant(find: "  - id: proj-docs              # document processing\n    hub: hub-eus2",
              replace: "  - id: proj-docs              # document processing\n    hub: hub-west",
              pointsAt: "hub-west", message: "hub-west"),
        Plant(find: "  - id: proj-lab ", replace: "  - id: proj-chat ", pointsAt: "proj-chat ", message: "proj-chat"),
        Plant(find: "    sku: Premium\n", replace: "    sku: Standard\n", pointsAt: "[centralus]", message: "Premium"),
        Plant(find: "ci-dev-eus2-02, hub: hub-eus2, type: instance, zone: eastus2-az2",
              replace: "ci-dev-eus2-02, hub: hub-eus2, type: instance, zone: eastus2-az7",
              pointsAt: "eastus2-az7", message: "eastus2-az7"),
    ]

    @Test("every planted error in a broken copy of the sample is reported at its line and column")
    func reportsEveryPlantedError() throws {
        var text = SampleEstate.yaml
        for plant in Self.plants {
            let before = text
            text = text.replacingOccurrences(of: plant.find, with: plant.replace)
            #expect(text != before, "plant not applied: \(plant.find)")
        }
        let folder = try TemporaryFolder()
        let path = try folder.write("broken.yaml", text)
        let run = CLIRun.run(["validate", path])
        #expect(run.status == 2)
        let lines = text.components(separatedBy: "\n")
        for plant in Self.plants {
            // Where the error should point: the last occurrence of the token (the planted one for duplicates).
            let row = try #require(lines.lastIndex { $0.contains(plant.pointsAt) })
            let line = lines[row]
            let column = line.distance(from: line.startIndex, to: try #require(line.range(of: plant.pointsAt)).lowerBound) + 1
            let location = "\(path):\(row + 1):\(column):"
            let reported = run.stdout.components(separatedBy: "\n").filter { $0.hasPrefix(location) }
            #expect(!reported.isEmpty, "nothing reported at \(location) for \(plant.pointsAt); got:\n\(run.stdout)")
            #expect(reported.contains { $0.contains(plant.message) }, "message at \(location) lacks '\(plant.message)'")
        }
        #expect(run.stdout.contains("\(path): "))
    }

    @Test("a directory, an empty file and binary junk are bad input with a message naming the file")
    func badFiles() throws {
        let folder = try TemporaryFolder()
        let empty = try folder.write("empty.yaml", "")
        let junk = folder.url.appendingPathComponent("junk.yaml")
        try Data([0x00, 0xFF, 0xFE, 0x41, 0x00]).write(to: junk)
        for path in [folder.url.path, empty, junk.path] {
            let run = CLIRun.run(["validate", path])
            #expect(run.status == 2, "\(path)")
            #expect(run.stdout.contains(path), "\(path): \(run.stdout)")
        }
    }

    @Test("a billion-laughs alias bomb is refused quickly")
    func aliasBomb() throws {
        var text = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        let names = ["b", "c", "d", "e", "f", "g", "h", "i"]
        var previous = "a"
        for name in names {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
            previous = name
        }
        text += "name: bomb\nhubs: *i\n"
        let folder = try TemporaryFolder()
        let path = try folder.write("bomb.yaml", text)
        let started = Date()
        let run = CLIRun.run(["validate", path])
        #expect(run.status == 2)
        #expect(Date().timeIntervalSince(started) < 5)
    }
}
