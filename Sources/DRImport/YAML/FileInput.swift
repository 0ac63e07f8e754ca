import Foundation

/// Reads a whole input file with the checks a console needs before trusting a path.
///
/// A directory, a device or a FIFO is refused before it is opened (opening a FIFO with no writer would block),
/// and no more than the cap plus one byte is ever read, even when the size changes underneath.
enum FileInput {
    /// Why a file could not be read.
    struct Problem: Error, Equatable {
        var message: String
    }

    /// The file's bytes, or the problem that prevented reading them.
    static func read(path: String, maxBytes: Int) -> Result<Data, Problem> {
        guard !path.isEmpty else { return .failure(Problem(message: "no file name given")) }
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(Problem(message: "no such file"))
        }
        if isDirectory.boolValue {
            return .failure(Problem(message: "is a directory, not a file"))
        }
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        guard let attributes = try? manager.attributesOfItem(atPath: resolved) else {
            return .failure(Problem(message: "cannot be read: its attributes are not accessible"))
        }
        if let type = attributes[.type] as? FileAttributeType, type != .typeRegular {
            return .failure(Problem(message: "is not a regular file"))
        }
        if let size = (attributes[.size] as? NSNumber)?.intValue, size > maxBytes {
            return .failure(Problem(message: tooLarge(size, maxBytes: maxBytes)))
        }
        guard manager.isReadableFile(atPath: resolved), let handle = FileHandle(forReadingAtPath: resolved) else {
            return .failure(Problem(message: "cannot be read: permission denied"))
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: maxBytes + 1) ?? Data()
        } catch {
            return .failure(Problem(message: "cannot be read: \(error.localizedDescription)"))
        }
        if data.count > maxBytes {
            return .failure(Problem(message: tooLarge(data.count, maxBytes: maxBytes)))
        }
        return .success(data)
    }

    private static func tooLarge(_ size: Int, maxBytes: Int) -> String {
        InputScreen.tooLarge(size, limits: YAMLLimits(maxBytes: maxBytes))
    }
}
