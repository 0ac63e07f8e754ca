import Foundation

/// One export file, read and parsed.
struct ExportDocument: Sendable {
    /// The path as the user will see it in messages.
    var file: String
    /// The bytes parsed (UTF-8), kept to turn offsets into lines and columns.
    var bytes: [UInt8]
    var root: JSONNode
    /// Whether the file was named by the user, rather than found in a directory.
    var explicit = true
    /// Finds lines and columns without rescanning the file for each (shared by copies).
    let locator = PositionLocator()

    /// The line and column of a byte offset in this file.
    func position(of offset: Int) -> SourcePosition { locator.position(of: offset, in: bytes) }

    /// A diagnostic at the place where `node` starts.
    func diagnostic(at node: JSONNode, _ message: String) -> Diagnostic {
        Diagnostic(file: file, at: position(of: node.offset), message: message)
    }
}

/// What reading one path gave.
enum ExportFileOutcome: Sendable {
    case document(ExportDocument)
    /// A file in a directory that is not JSON (a README, an archive), with the reason.
    case skipped(file: String, reason: String)
    case failed(Diagnostic)
}

/// Reads files and directories of exports: recursing in sorted order, refusing oversized files before reading,
/// checking encoding (UTF-8, UTF-16 with a byte-order mark, NUL bytes) and parsing JSON with located errors.
///
/// A path named explicitly must be a JSON export. Inside a directory, a file is examined when its name ends in
/// `.json` or its first character is `{` or `[`; anything else is skipped and reported, never guessed at.
struct ExportFileReader {
    var limits: ImportLimits

    /// Reads every path in order, expanding directories.
    func read(paths: [String]) -> [ExportFileOutcome] { read(paths: paths) { $0 } }

    /// Reads every path in order, expanding directories, and passes each outcome through `process`.
    /// The directory walk decides which files to read, in order; the files are then read, parsed and processed
    /// on every core, and the results come back in the walk's order.
    func read<Result: Sendable>(
        paths: [String], then process: @escaping @Sendable (ExportFileOutcome) -> Result
    ) -> [Result] {
        var slots: [Slot] = []
        var visited: Set<String> = []
        for path in paths {
            collect(path: path, explicit: true, depth: 0, visited: &visited, into: &slots)
        }
        return ParallelMap.map(slots) { slot -> Result? in
            switch slot {
            case .outcome(let outcome): process(outcome)
            case .file(let path, let explicit): readFile(path: path, explicit: explicit).map(process)
            }
        }.compactMap { $0 }
    }

    /// A place in the order of outcomes: known from the walk, or a file still to read.
    private enum Slot {
        case outcome(ExportFileOutcome)
        case file(path: String, explicit: Bool)
    }

    private func collect(
        path: String, explicit: Bool, depth: Int, visited: inout Set<String>, into outcomes: inout [Slot]
    ) {
        guard outcomes.count < limits.maxFiles else {
            if outcomes.count == limits.maxFiles {
                outcomes.append(.outcome(
                    .skipped(file: path, reason: "more than \(limits.maxFiles) files; this and the rest were not read")))
            }
            return
        }
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            outcomes.append(.outcome(.failed(Diagnostic(file: path, at: nil, message: "no such file or directory"))))
            return
        }
        if isDirectory.boolValue {
            let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            guard !visited.contains(real) else { return }
            visited.insert(real)
            guard depth < limits.maxDirectoryDepth else {
                outcomes.append(.outcome(
                    .skipped(file: path, reason: "directory nested deeper than \(limits.maxDirectoryDepth) levels")))
                return
            }
            let names: [String]
            do {
                names = try manager.contentsOfDirectory(atPath: path).filter { !$0.hasPrefix(".") }.sorted()
            } catch {
                outcomes.append(.outcome(.failed(Diagnostic(file: path, at: nil, message: "cannot list the directory"))))
                return
            }
            for name in names {
                let child = path.hasSuffix("/") ? path + name : path + "/" + name
                collect(path: child, explicit: false, depth: depth + 1, visited: &visited, into: &outcomes)
            }
            return
        }
        outcomes.append(.file(path: path, explicit: explicit))
    }

    /// Reads one file; nil when a directory walk should pass over it silently (never happens for explicit paths).
    func readFile(path: String, explicit: Bool) -> ExportFileOutcome? {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let type = attributes?[.type] as? FileAttributeType
        let followsLink = type == .typeSymbolicLink
        if let type, type != .typeRegular, !followsLink {
            return .failed(Diagnostic(file: path, at: nil, message: "not a regular file"))
        }
        let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
        let namedJSON = path.lowercased().hasSuffix(".json")
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .failed(Diagnostic(file: path, at: nil, message: "cannot open the file for reading"))
        }
        defer { try? handle.close() }
        if size > limits.maxFileBytes && !followsLink {
            if !explicit && !namedJSON && !Self.looksLikeJSON(Self.head(of: handle)) {
                return .skipped(file: path, reason: "not JSON")
            }
            return .failed(tooLarge(path: path, size: size))
        }
        let data: Data
        do {
            data = try handle.read(upToCount: limits.maxFileBytes + 1) ?? Data()
        } catch {
            return .failed(Diagnostic(file: path, at: nil, message: "cannot read the file"))
        }
        guard data.count <= limits.maxFileBytes else { return .failed(tooLarge(path: path, size: data.count)) }
        return decode(bytes: [UInt8](data), path: path, explicit: explicit, namedJSON: namedJSON)
    }

    private func tooLarge(path: String, size: Int) -> Diagnostic {
        let mebibytes = { (bytes: Int) in String(format: "%.1f MiB", Double(bytes) / 1_048_576) }
        return Diagnostic(
            file: path, at: nil,
            message: "the file is \(mebibytes(size)), over the \(mebibytes(limits.maxFileBytes)) limit for one export; "
                + "export fewer resource groups per file")
    }

    /// Checks the encoding and parses; skips non-JSON files found in directories.
    func decode(bytes raw: [UInt8], path: String, explicit: Bool, namedJSON: Bool) -> ExportFileOutcome? {
        var bytes = raw
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            guard let text = String(data: Data(bytes), encoding: .utf16) else {
                return .failed(
                    Diagnostic(file: path, at: nil, message: "invalid UTF-16 text (after a UTF-16 byte-order mark)"))
            }
            bytes = Array(text.utf8)
        }
        if let nul = bytes.firstIndex(of: 0) {
            if !explicit && !namedJSON { return .skipped(file: path, reason: "binary file") }
            let position = ByteLocation.position(of: nul, in: bytes)
            let utf16 = nul <= 1 && bytes.count > 2
            let hint =
                utf16
                ? "it looks like UTF-16 without a byte-order mark; export as UTF-8" : "a binary file, not a JSON export"
            return .failed(Diagnostic(file: path, at: position, message: "NUL byte at byte offset \(nul): \(hint)"))
        }
        if !explicit && !namedJSON && !Self.looksLikeJSON(bytes) {
            return .skipped(file: path, reason: "not JSON")
        }
        do {
            let root = try JSONParser.parse(bytes)
            return .document(ExportDocument(file: path, bytes: bytes, root: root, explicit: explicit))
        } catch let error as JSONParseError {
            let position = ByteLocation.position(of: error.offset, in: bytes)
            return .failed(
                Diagnostic(
                    file: path, at: position, message: "invalid JSON: \(error.message) (byte offset \(error.offset))"))
        } catch {
            return .failed(Diagnostic(file: path, at: nil, message: "invalid JSON"))
        }
    }

    private static func head(of handle: FileHandle) -> [UInt8] {
        [UInt8]((try? handle.read(upToCount: 512)) ?? Data())
    }

    /// Whether the first significant character (after a byte-order mark and whitespace) opens an object or array.
    static func looksLikeJSON(_ bytes: [UInt8]) -> Bool {
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        guard index < bytes.count else { return false }
        return bytes[index] == UInt8(ascii: "{") || bytes[index] == UInt8(ascii: "[")
    }
}
