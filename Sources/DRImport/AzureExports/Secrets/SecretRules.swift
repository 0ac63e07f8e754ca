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
            ["", "primary", "secondary"].contains(String(key[..<range.lowerBound])) {
            return true
        }
        return false
    }

    /// Lowercased, without `_` and `-`.
    static func normalise(_ name: String) -> String {
        name.lowercased().filter { $0 != "_" && $0 != "-" }
    }

    /// The kind of secret a string value looks like, or nil.
    static func secretKind(ofValue text: String, structural: Bool) -> String? {
        let lower = text.lowercased()
        for (marker, kind) in markers where lower.contains(marker) { return kind }
        if lower.contains("sig="), lower.contains("se=") || lower.contains("sv=") || lower.contains("sp=") {
            return "a SAS token"
        }
        if looksLikeJWT(text) { return "a JSON Web Token" }
        if !structural, looksLikeKey(text) { return "a base64 key" }
        return nil
    }

    private static let markers: [(String, String)] = [
        ("accountkey=", "a storage connection string"),
        ("sharedaccesskey=", "a shared access key connection string"),
        ("sharedaccesssignature", "a shared access signature"),
        ("instrumentationkey=", "an Application Insights connection string"),
        ("password=", "a connection string with a password"),
        ("pwd=", "a connection string with a password"),
        ("accesskey=", "a connection string with an access key"),
        ("-----begin", "a PEM key or certificate"),
    ]

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
