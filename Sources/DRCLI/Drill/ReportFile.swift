import Foundation

/// Writes a report to `-o FILE` safely: symlinks are resolved first, a target that is not a regular file is
/// refused, and the text goes to a temporary file in the same folder that is renamed over the target, so a
/// reader never sees half a report and a failure leaves the old file as it was.
enum ReportFile {
    struct Refusal: Error, CustomStringConvertible {
        var description: String
    }

    static func write(_ text: String, to path: String) throws {
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        var info = stat()
        if lstat(target, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG {
            throw Refusal(description: "\(path): not a regular file; refusing to write the report over it")
        }
        let folder = (target as NSString).deletingLastPathComponent
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.isEmpty ? "." : folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw Refusal(description: "\(path): no such folder \(folder)")
        }
        let temporary = (folder as NSString).appendingPathComponent(".\((target as NSString).lastPathComponent).\(getpid()).tmp")
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Refusal(description: "\(path): cannot write: \(String(cString: strerror(errno)))") }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: Data(text.utf8))
            try handle.synchronize()
            try handle.close()
        } catch {
            unlink(temporary)
            throw Refusal(description: "\(path): cannot write: \(error)")
        }
        guard rename(temporary, target) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Refusal(description: "\(path): cannot write: \(reason)")
        }
    }
}
