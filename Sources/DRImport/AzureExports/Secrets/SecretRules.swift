import Foundation

/// How secrets are recognised in exports: by the name of the member holding them and by the look of the value.
///
/// Names are compared lowercased with `_` and `-` removed. Values are matched on connection-string keywords,
/// SAS query parameters, PEM headers, JSON Web Tokens and long base64 strings that look like account keys.
enum SecretRules {
    /// Member names whose value is a secret.
    static let names: Set<String> = [
        "key", "keys", "primarykey", "secondarykey", "password", "passwd", "pwd", "secret", "secrets",
        "clientsecret", "connectionstring", "connectionstrings", "sastoken", "sas", "sasurl", "sasuri", "accesskey",
        "accountkey", "storageaccountkey", "credentials", "credential", "apikey", "token", "accesstoken",
        "refreshtoken", "idtoken", "instrumentationkey", "privatekey", "sharedaccesskey", "sharedaccesssignature",
        "authkey", "authkey1", "authkey2", "masterkey", "primarymasterkey", "secondarymasterkey",
        "primaryreadonlymasterkey", "secondaryreadonlymasterkey", "adminpassword", "adminuserpassword",
    ]

    /// Name endings that mark a secret (`adminPassword`, `primaryConnectionString`, `storageAccessKey`).
    static let nameSuffixes = [
        "password", "secret", "connectionstring", "sastoken", "accesskey", "accountkey", "apikey", "privatekey",
        "masterkey", "sharedaccesskey",
    ]

    /// Members whose values are identifiers, never keys: the base64 heuristic does not apply to them.
    static let structuralNames: Set<String> = [
        "id", "name", "type", "kind", "location", "resourcegroup", "subscriptionid", "tenantid", "principalid",
        "clientid", "etag", "skiptoken", "nextlink", "continuationtoken",
    ]

    /// Whether a member name marks its value as a secret.
    static func isSecretName(_ name: String) -> Bool {
        let key = normalise(name)
        if names.contains(key) { return true }
        if nameSuffixes.contains(where: { key.hasSuffix($0) }) { return true }
        // key1, key2, primaryKey2: numbered keys as `listKeys` returns them.
        if let range = key.range(of: "key"), key[range.upperBound...].allSatisfy(\.isNumber),
            ["", "primary", "secondary"].contains(String(key[..<range.lowerBound]))
        {
            return true
        }
        return false
    }

    /// Secret names that also name harmless things: Key Vault permission lists (`keys`, `secrets`), tags and
    /// settings called `key`, numbered `key1`. Under these names the value decides (`SecretScrubber`).
    static let ambiguousNames: Set<String> = ["key", "keys", "secret", "secrets", "token", "sas"]

    /// Whether a secret-like name is ambiguous: listed in `ambiguousNames`, or a numbered `keyN`.
    static func isAmbiguousName(_ name: String) -> Bool {
        let key = normalise(name)
        if ambiguousNames.contains(key) { return true }
        guard key.hasPrefix("key"), key.count > 3 else { return false }
        return key.dropFirst(3).allSatisfy(\.isNumber)
    }

    /// Lowercased, without `_` and `-`.
    static func normalise(_ name: String) -> String {
        name.lowercased().filter { $0 != "_" && $0 != "-" }
    }

    /// The kind of secret a string value looks like, or nil.
    ///
    /// Works on the UTF-8 bytes without allocating: exports hold millions of strings.
    static func secretKind(ofValue text: String, structural: Bool) -> String? {
        var copy = text
        return copy.withUTF8 { bytes -> String? in
            guard bytes.count >= 12 else { return nil }
            if bytes.contains(0x3D) {
                for (marker, kind) in markers where contains(bytes, marker) { return kind }
                if contains(bytes, sigMarker),
                    contains(bytes, seMarker) || contains(bytes, svMarker) || contains(bytes, spMarker)
                {
                    return "a SAS token"
                }
            }
            if contains(bytes, signatureMarker) { return "a shared access signature" }
            if contains(bytes, pemMarker) { return "a PEM key or certificate" }
            if bytes.count >= 30, bytes[0] == 0x65, bytes[1] == 0x79, bytes[2] == 0x4A, looksLikeJWT(text) {
                return "a JSON Web Token"
            }
            if !structural, bytes.count >= 40, looksLikeKey(text) { return "a base64 key" }
            return nil
        }
    }

    /// Markers of connection strings; each holds `=`, so strings without one are not searched.
    private static let markers: [([UInt8], String)] = [
        ("accountkey=", "a storage connection string"),
        ("sharedaccesskey=", "a shared access key connection string"),
        ("instrumentationkey=", "an Application Insights connection string"),
        ("password=", "a connection string with a password"),
        ("pwd=", "a connection string with a password"),
        ("accesskey=", "a connection string with an access key"),
    ].map { (Array($0.0.utf8), $0.1) }

    private static let signatureMarker = Array("sharedaccesssignature".utf8)
    private static let pemMarker = Array("-----begin".utf8)
    private static let sigMarker = Array("sig=".utf8)
    private static let seMarker = Array("se=".utf8)
    private static let svMarker = Array("sv=".utf8)
    private static let spMarker = Array("sp=".utf8)

    /// Whether `haystack` contains `needle` (lowercase ASCII), ignoring ASCII case.
    private static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        let count = needle.count
        guard haystack.count >= count, let first = needle.first else { return false }
        var index = 0
        let last = haystack.count - count
        while index <= last {
            if fold(haystack[index]) == first {
                var offset = 1
                while offset < count, fold(haystack[index + offset]) == needle[offset] { offset += 1 }
                if offset == count { return true }
            }
            index += 1
        }
        return false
    }

    private static func fold(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// Three dot-separated base64url segments, the first two starting `eyJ` (`{"` encoded).
    static func looksLikeJWT(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].hasPrefix("eyJ"), parts[1].hasPrefix("eyJ"), text.count >= 30 else {
            return false
        }
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=")
        return parts.allSatisfy { $0.allSatisfy { allowed.contains($0) } }
    }

    /// A single token of 40 or more base64 characters mixing upper case, lower case and digits.
    static func looksLikeKey(_ text: String) -> Bool {
        let body = text.hasSuffix("==") ? text.dropLast(2) : text.hasSuffix("=") ? text.dropLast() : Substring(text)
        guard body.count >= 40 else { return false }
        var upper = false, lower = false, digit = false
        for scalar in body.unicodeScalars {
            switch scalar {
            case "A"..."Z": upper = true
            case "a"..."z": lower = true
            case "0"..."9": digit = true
            case "+", "/": continue
            default: return false
            }
        }
        return upper && lower && digit
    }
}
