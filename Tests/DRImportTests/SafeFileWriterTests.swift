import DRImport
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@Suite("safe file writer")
struct SafeFileWriterTests {
    private func kind(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & 0o170000 : 0
    }

    @Test("a symbolic link stays a link; its target gets the new text")
    func symlinkWritesThrough() throws {
        let directory = try AzureFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("real.yaml").path
        let link = directory.appendingPathComponent("estate.yaml").path
        try "name: old\n".write(toFile: target, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.yaml")
        try SafeFileWriter.write("name: new\n", to: link)
        #expect(kind(link) == 0o120000)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real.yaml")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "name: new\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["estate.yaml", "real.yaml"])
    }

    @Test("a chain of links and a dangling link write the final target")
    func linkChainAndDangling() throws {
        let directory = try AzureFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = directory.appendingPathComponent("a").path
        let second = directory.appendingPathComponent("b").path
        let target = directory.appendingPathComponent("c.yaml").path
        try FileManager.default.createSymbolicLink(atPath: first, withDestinationPath: second)
        try FileManager.default.createSymbolicLink(atPath: second, withDestinationPath: "c.yaml")
        try SafeFileWriter.write("name: x\n", to: first)
        #expect(kind(first) == 0o120000 && kind(second) == 0o120000)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "name: x\n")
    }

    @Test("a link loop is refused, not followed forever")
    func linkLoop() throws {
        let directory = try AzureFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = directory.appendingPathComponent("a").path
        let second = directory.appendingPathComponent("b").path
        try FileManager.default.createSymbolicLink(atPath: first, withDestinationPath: second)
        try FileManager.default.createSymbolicLink(atPath: second, withDestinationPath: first)
        #expect(throws: FileWriteError.self) { try SafeFileWriter.write("x", to: first) }
    }

    @Test("a FIFO with a reader receives the text and stays a FIFO")
    func fifoWithReader() throws {
        let directory = try AzureFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let fifo = directory.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }
        try SafeFileWriter.write("name: piped\n", to: fifo)
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = read(reader, &buffer, buffer.count)
        #expect(count > 0)
        #expect(String(decoding: buffer[0..<max(count, 0)], as: UTF8.self) == "name: piped\n")
        #expect(kind(fifo) == 0o010000)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["pipe"])
    }

    @Test("a FIFO nobody reads is refused at once and left in place")
    func fifoWithoutReader() throws {
        let directory = try AzureFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let fifo = directory.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect {
            try SafeFileWriter.write("x", to: fifo)
        } throws: { error in
            (error as? FileWriteError)?.message.contains("FIFO that nobody is reading") == true
        }
        #expect(kind(fifo) == 0o010000)
    }

    @Test("a symbolic link to a FIFO writes into the FIFO and keeps both")
    func linkToFifo() throws {
        let directory = try AzureFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let fifo = directory.appendingPathComponent("pipe").path
        let link = directory.appendingPathComponent("out.yaml").path
        #expect(mkfifo(fifo, 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: fifo)
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        defer { close(reader) }
        try SafeFileWriter.write("abc", to: link)
        var buffer = [UInt8](repeating: 0, count: 16)
        #expect(read(reader, &buffer, buffer.count) == 3)
        #expect(kind(link) == 0o120000 && kind(fifo) == 0o010000)
    }

    @Test("an existing file keeps its permissions")
    func keepsMode() throws {
        let directory = try AzureFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("estate.yaml").path
        try "old".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(chmod(path, 0o600) == 0)
        try SafeFileWriter.write("new", to: path)
        var info = stat()
        #expect(lstat(path, &info) == 0 && info.st_mode & 0o777 == 0o600)
    }
}
