import Foundation
import Testing

@testable import DRImport

/// The byte-level fast paths the import takes for speed (issue 14) give exactly what the character-level code
/// they replace gave. Each reference below is the earlier implementation, kept here as the specification.
@Suite("Import fast paths: same answers as the character-level code")
struct FastPathEquivalenceTests {
    /// Texts around every branch of the quoting decision: reserved words, numbers in every YAML spelling, dates,
    /// UUIDs, spaces, symbols, non-ASCII, and `\r\n`.
    static let scalars: [String] = [
        "", " ", "a", "n", "N", "y", "Yes", "NO", "on", "Off", "true", "FALSE", "null", "~", "nul", "nulls",
        "0", "42", "-1", "+1", "1e3", "1E3", "1.5", ".5", "5.", "1_000", "_1", "0x1F", "0X1f", "0o17", "0b101", "0x",
        "0b", "inf", "Inf", "infinity", "INFINITY", "nan", "NaN", "nano", "info", "i", "in", ".inf", "-inf",
        "2026-11-28", "2026-11-28T09:00:00Z", "1234-56-78", "123-45-67", "2026-1-2", "2026-11", "20261128",
        "00000000-0000-0000-0000-000000000000", "3f2b1c4d-0000-1111-2222-333344445555",
        "12345678-1234-1234-1234-123456789012", "1e2e3", "1-2", "1+2", "1..2", "12abc", "1a", "9/9",
        "East US 2", "a  b", "b ", " b", "a b c", "-x", ".x", "/x", "_x", "x/y z", "hot/hot", "v1.2", "rg-ai-eus2",
        "Standard_DS3_v2", "eastus2-az1", "a: b", "x # y", "{x}", "a,b", "say \"hi\"", "back\\slash", "tab\there",
        "line\nbreak", "cr\r\nlf", "ünïcode", "é", "x\u{301}", "\u{212A}", "e\u{301}1", "1\u{301}", "٣", "１２",
        "\u{7F}", "\u{85}", "\u{FEFF}x", "\u{2028}",
    ]

    @Test("quoting decides as before", arguments: scalars)
    func quoting(_ text: String) {
        #expect(YAMLScalar.needsQuotes(text) == Reference.needsQuotes(text))
        #expect(YAMLScalar.looksNumeric(text) == YAMLScalar.looksNumeric(text, byCharacter: true))
        #expect(YAMLScalar.quoted(text) == YAMLScalar.quotedByScalar(text))
    }

    @Test(
        "ARM ids split into the same segments",
        arguments: [
            "/subscriptions/S1/resourceGroups/RG1/providers/Microsoft.Storage/storageAccounts/st1",
            "/subscriptions/S1/RESOURCEGROUPS/rg1/providers/Microsoft.KeyVault/vaults/kv1/",
            "//subscriptions//s1///resourceGroups/rg//providers/Microsoft.ContainerRegistry/registries/acr1/replications/eastus//",
            "/subscriptions/s1/resourceGroups/rg ü/providers/Microsoft.MachineLearningServices/workspaces/hub/connections/c1",
            "/subscriptions/s1/resourcegroups/rg1/providers/Microsoft.Web/sites/a/\u{301}b",
            "/subscriptions/s1/\u{212A}eys/x", "/a", "/a/b", "  /a/b/c  ",
        ])
    func armIDs(_ text: String) throws {
        let id = try #require(ArmID(text))
        let segments = id.raw.utf8.split(separator: UInt8(ascii: "/")).map { Substring($0) }
        #expect(id.name == segments.last.map(String.init))
        for label in ["subscriptions", "resourceGroups", "providers", "keys", "Keys"] {
            let lowered = label.lowercased()
            let index = segments.firstIndex { $0.lowercased() == lowered }
            let expected = index.flatMap { $0 + 1 < segments.count ? String(segments[$0 + 1]) : nil }
            #expect(id.value(after: label) == expected)
        }
        #expect(id.parent?.raw == (segments.count > 2 ? "/" + segments.dropLast(2).joined(separator: "/") : nil))
    }

    /// The quoting decision the fast path replaced, scalar by scalar.
    enum Reference {
        static func needsQuotes(_ text: String) -> Bool {
            guard let first = text.unicodeScalars.first else { return true }
            guard isPlainStart(first), text.unicodeScalars.allSatisfy({ isPlainCharacter($0) || $0 == " " }) else {
                return true
            }
            if text.hasSuffix(" ") || text.containsBytes("  ") { return true }
            if ["y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"].contains(text.lowercased()) {
                return true
            }
            return YAMLScalar.looksNumeric(text, byCharacter: true) || YAMLScalar.looksLikeDate(text)
        }

        static func isPlainStart(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "_": true
            default: false
            }
        }

        static func isPlainCharacter(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "_", "-", ".", "/": true
            default: false
            }
        }
    }
}
