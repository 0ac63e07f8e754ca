import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why a file could not be written. Its description names the path and the exact problem.
public struct FileWriteError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}

/// The one way the tool writes an output file (`import -o`, and reports and journals).
///
/// What is at the path decides how:
/// - nothing, or a regular file: the text goes to a temporary file in the same directory, is flushed, and is
///   renamed over the target, so a reader sees the old file or the whole new one and never a partial one; an
///   existing file keeps its permissions;
/// - a symbolic link: the link stays; its final target (followed through any chain, created if missing) is
///   written as above;
/// - a FIFO or a character device (a pipe a reader holds open, `/dev/null`, a terminal): written directly, never
///   replaced; a FIFO nobody reads is refused rather than waited on;
/// - a directory, a socket or a block device: refused.
///
/// Any failure leaves the target as it was and no temporary file behind.
public enum SafeFileWriter {
    /// How many symbolic links are followed before the chain is taken for a loop (Linux's own limit).
    static let maximumLinkHops = 40

    /// Writes `text` as UTF-8 to `path`.
    public static func write(_ text: String, to path: String) throws(FileWriteError) {
        try write(Data(text.utf8), to: path)
    }

    /// Writes `data` to `path`.
    public static func write(_ data: Data, to path: String) throws(FileWriteError) {
        guard !path.isEmpty else { throw FileWriteError(path: path, message: "no file name given") }
        let target = try resolveLinks(path)
        switch FileKind(path: target) {
        case .missing: try replaceAtomically(data, at: target, reportedAs: path, mode: nil)
        case .regular(let mode): try replaceAtomically(data, at: target, reportedAs: path, mode: mode)
        case .fifo, .characterDevice: try writeInPlace(data, at: target, reportedAs: path)
        case .directory:
            throw FileWriteError(path: path, message: "is a directory; give a file name")
        case .socket: throw FileWriteError(path: path, message: "is a socket; give a regular file")
        case .blockDevice: throw FileWriteError(path: path, message: "is a block device; give a regular file")
        case .symbolicLink, .other:
            throw FileWriteError(path: path, message: "is not a regular file; give a regular file")
        }
    }

    /// The path with every symbolic link followed to its final target (which may not exist yet).
    static func resolveLinks(_ path: String) throws(FileWriteError) -> String {
        var current = path
        for _ in 0..<maximumLinkHops {
            guard case .symbolicLink = FileKind(path: current) else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count >= 0 else {
                throw FileWriteError(path: path, message: "cannot read the symbolic link: \(lastError())")
            }
            let destination = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current =
                destination.hasPrefix("/")
                ? destination
                : URL(fileURLWithPath: current).deletingLastPathComponent().appendingPathComponent(destination).path
        }
        throw FileWriteError(path: path, message: "too many levels of symbolic links")
    }

    private static func replaceAtomically(
        _ data: Data, at target: String, reportedAs path: String, mode: mode_t?
    ) throws(FileWriteError) {
        let url = URL(fileURLWithPath: target)
        let directory = url.deletingLastPathComponent().path
        guard case .directory = FileKind(path: directory) else {
            throw FileWriteError(path: path, message: "the directory \(directory) does not exist")
        }
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode ?? 0o644)
        guard descriptor >= 0 else {
            throw FileWriteError(path: path, message: "cannot create a file in \(directory): \(lastError())")
        }
        var failure: String?
        if let mode, fchmod(descriptor, mode) != 0 { failure = "cannot keep the file's permissions: \(lastError())" }
        if failure == nil { failure = writeAll(data, to: descriptor) }
        if failure == nil, fsync(descriptor) != 0 { failure = "cannot flush: \(lastError())" }
        close(descriptor)
        if failure == nil, rename(temporary, target) != 0 { failure = "cannot replace the file: \(lastError())" }
        if let failure {
            unlink(temporary)
            throw FileWriteError(path: path, message: failure)
        }
    }

    /// Writes to a FIFO or character device where it is. Opening without blocking means a FIFO that nobody
    /// reads is refused at once instead of hanging the command.
    private static func writeInPlace(_ data: Data, at target: String, reportedAs path: String) throws(FileWriteError) {
        let descriptor = open(target, O_WRONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else {
            let reason = errno == ENXIO ? "is a FIFO that nobody is reading" : lastError()
            throw FileWriteError(path: path, message: "cannot write: \(reason)")
        }
        defer { close(descriptor) }
        let flags = fcntl(descriptor, F_GETFL)
        if flags >= 0 { _ = fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK) }
        if let failure = writeAll(data, to: descriptor) { throw FileWriteError(path: path, message: failure) }
    }

    /// Writes every byte, retrying short writes and interruptions; the failure's text, or nil.
    private static func writeAll(_ data: Data, to descriptor: Int32) -> String? {
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> String? in
            guard let base = bytes.baseAddress else { return nil }
            var offset = 0
            while offset < bytes.count {
                #if canImport(Glibc)
                    let written = Glibc.write(descriptor, base + offset, bytes.count - offset)
                #else
                    let written = Darwin.write(descriptor, base + offset, bytes.count - offset)
                #endif
                if written < 0 {
                    if errno == EINTR { continue }
                    return "cannot write: \(lastError())"
                }
                offset += written
            }
            return nil
        }
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }
}

/// What a path names, read without following a final symbolic link (`lstat`).
enum FileKind {
    case missing
    case regular(mode: mode_t)
    case directory
    case symbolicLink
    case fifo
    case characterDevice
    case blockDevice
    case socket
    case other

    init(path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            self = .missing
            return
        }
        switch info.st_mode & 0o170000 {
        case 0o100000: self = .regular(mode: info.st_mode & 0o7777)
        case 0o040000: self = .directory
        case 0o120000: self = .symbolicLink
        case 0o010000: self = .fifo
        case 0o020000: self = .characterDevice
        case 0o060000: self = .blockDevice
        case 0o140000: self = .socket
        default: self = .other
        }
    }
}
