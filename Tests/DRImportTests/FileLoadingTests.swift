import DRDomain
import Foundation
import Testing

@testable import DRImport

@Suite("Loading estate files from disk")
struct FileLoadingTests {
    /// A fresh, empty directory for one test.
    private func scratchDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("estate-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("a valid file loads, and diagnostics name it")
    func validFile() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("estate.yaml").path
        try SampleEstate.yaml.write(toFile: path, atomically: true, encoding: .utf8)
        let result = EstateFile.load(path: path)
        #expect(result.diagnostics.isEmpty)
        #expect(result.estate?.hubs.count == 2)
        #expect(result.file == path)

        try EstateFixture.base.replacingOccurrences(of: "eastus2", with: "eastus9").write(
            toFile: path, atomically: true, encoding: .utf8)
        let broken = EstateFile.load(path: path)
        #expect(broken.estate == nil)
        #expect(broken.diagnostics.first?.description.hasPrefix("\(path):4:13: ") == true,
            "\(broken.diagnostics)")
    }

    @Test("a missing file is a diagnostic naming it")
    func missingFile() {
        let result = EstateFile.load(path: "/nonexistent/estate.yaml")
        #expect(result.estate == nil)
        #expect(result.diagnostics.map(\.description) == ["/nonexistent/estate.yaml: no such file"])
    }

    @Test("a directory is not a file")
    func directory() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = EstateFile.load(path: directory.path)
        #expect(result.diagnostics.map(\.description) == ["\(directory.path): is a directory, not a file"])
    }

    @Test("a file over the 8 MiB cap is refused without being read")
    func tooLarge() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("huge.yaml").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(9 << 20))
        try handle.close()
        let result = EstateFile.load(path: path)
        #expect(result.diagnostics.map(\.message) == ["file is too large: 9437184 bytes, over the limit of 8 MiB"])
    }

    @Test("a device is not a regular file")
    func device() {
        let result = EstateFile.load(path: "/dev/null")
        #expect(result.diagnostics.map(\.message) == ["is not a regular file"])
    }

    @Test("an empty file is reported as empty")
    func emptyFile() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("empty.yaml").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        #expect(EstateFile.load(path: path).diagnostics.map(\.description) == ["\(path): file is empty"])
    }

    @Test("binary content is refused with its offset")
    func binaryFile() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("binary.yaml").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data([0x6E, 0x3A, 0x20, 0xFF, 0x00])))
        let message = EstateFile.load(path: path).diagnostics.first?.message ?? ""
        #expect(message.contains("byte 0xFF at byte offset 3"), "\(message)")
    }
}
