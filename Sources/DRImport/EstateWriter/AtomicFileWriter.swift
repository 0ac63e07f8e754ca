import Foundation

/// Why an estate file could not be written.
public struct EstateWriteError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String

    public var description: String { "\(path): \(message)" }
}

extension EstateWriter {
    /// Writes `text` to `path` atomically: to a temporary file in the same directory, flushed, then renamed
    /// over the target, so readers see the old file or the whole new one and never a partial estate. On any
    /// failure the temporary file is removed and the target is left as it was.
    public static func writeAtomically(_ text: String, to path: String) throws {
        let manager = FileManager.default
        let target = URL(fileURLWithPath: path)
        let directory = target.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw EstateWriteError(path: path, message: "is a directory; give a file name such as estate.yaml")
        }
        guard manager.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw EstateWriteError(path: path, message: "the directory \(directory.path) does not exist")
        }
        let temporary = directory.appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp")
        guard manager.createFile(atPath: temporary.path, contents: nil) else {
            throw EstateWriteError(path: path, message: "cannot create a file in \(directory.path)")
        }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            defer { try? handle.close() }
            try handle.write(contentsOf: Data(text.utf8))
            try handle.synchronize()
        } catch {
            try? manager.removeItem(at: temporary)
            throw EstateWriteError(path: path, message: "cannot write: \(error.localizedDescription)")
        }
        if rename(temporary.path, target.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? manager.removeItem(at: temporary)
            throw EstateWriteError(path: path, message: "cannot replace the file: \(reason)")
        }
    }
}
