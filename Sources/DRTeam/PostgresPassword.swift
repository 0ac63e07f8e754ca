import Foundation

/// Where the journal's password comes from, in libpq's order: `PGPASSWORD`, then the password file
/// (`PGPASSFILE` or `~/.pgpass`), then a prompt on the terminal. The password is only ever handed to the
/// connection: never printed, logged or stored.
public enum PostgresPassword {
    /// The password for `url`, or nil when none is configured and there is no terminal to ask on.
    public static func find(
        for url: PostgresJournalURL, environment: [String: String], prompt: ((String) -> String?)? = nil
    ) -> String? {
        if let password = environment["PGPASSWORD"] { return password }
        let home = environment["HOME"] ?? NSHomeDirectory()
        let file = environment["PGPASSFILE"] ?? (home as NSString).appendingPathComponent(".pgpass")
        if let text = readPrivateFile(file), let password = lookUp(url, in: text) { return password }
        return prompt?("Password for \(url.user)@\(url.host):\(url.port)/\(url.database): ")
    }

    /// The password of the first line of a password file matching the URL (`host:port:db:user:password`, `*` for
    /// any, `\:` and `\\` escaped).
    public static func lookUp(_ url: PostgresJournalURL, in text: String) -> String? {
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = split(String(line))
            guard fields.count == 5 else { continue }
            let wanted = [url.host, String(url.port), url.database, url.user]
            if zip(fields, wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    /// Asks on the controlling terminal without echo; nil without a terminal.
    public static func promptOnTerminal(_ message: String) -> String? {
        guard isatty(STDIN_FILENO) == 1 else { return nil }
        guard let answer = getpass(message) else { return nil }
        return String(cString: answer)
    }

    /// A password file's text, only when it is private (libpq ignores a file others can read, and so do we).
    private static func readPrivateFile(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & 0o077 == 0 else { return nil }
        return try? String(contentsOfFile: path, encoding: .utf8)
    }

    private static func split(_ line: String) -> [String] {
        var fields: [String] = []
        var current = ""
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current)
        return fields
    }
}
