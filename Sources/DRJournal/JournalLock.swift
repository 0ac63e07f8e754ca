import Foundation

/// One writer per journal: an advisory lock on `<journal>.lock` holding the writer's process id.
///
/// The lock is the kernel's (`flock`), so it goes away with its process, even one killed with SIGKILL; the pid in
/// the file only names the holder in the message a second process gets.
final class JournalLock {
    private let descriptor: Int32

    /// Takes the lock for `journal`, or throws `inUse` naming the process that holds it.
    init(journal: String) throws(JournalOpenError) {
        let path = journal + ".lock"
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw .cannotCreate(path, detail: String(cString: strerror(errno)))
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let holder = Self.readPID(fd)
            close(fd)
            throw .inUse(journal, pid: holder)
        }
        let text = "\(getpid())\n"
        _ = ftruncate(fd, 0)
        _ = text.withCString { pwrite(fd, $0, strlen($0), 0) }
        descriptor = fd
    }

    deinit {
        _ = ftruncate(descriptor, 0)
        close(descriptor)
    }

    /// The process holding the lock of `journal`, or nil when nobody holds it (a listing's "running" state).
    static func holder(of journal: String) -> Int32? {
        let fd = open(journal + ".lock", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        if flock(fd, LOCK_SH | LOCK_NB) == 0 {
            flock(fd, LOCK_UN)
            return nil
        }
        return readPID(fd) ?? -1
    }

    private static func readPID(_ fd: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = pread(fd, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        return Int32(String(decoding: buffer.prefix(count), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
