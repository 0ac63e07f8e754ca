import Foundation
import Testing

@testable import DRDomain

/// The byte-level wrapping the text report takes for ASCII (issue 14) gives the same lines as the character-level
/// code, which stays the path for other text.
@Suite("Text wrapping: ASCII fast paths give the same lines")
struct TextWrapEquivalenceTests {
    static let commands: [String] = [
        "az storage account update --name st1 --resource-group rg-ai --allow-blob-public-access false",
        "az x show --name a --query \"{a: b, c: d}\" --scope $(az y --name b --query id) --yes",
        "az keyvault update --name kv-p0 --resource-group rg-australiaeast --enable-purge-protection true "
            + String(repeating: "--tag k=v ", count: 30),
        "az a  b   --c 'quoted  text' --d \"unterminated", "az ml workspace  --x $(nested $(deep (x)) y) --z",
        "az acr replication create --registry acrp0 --location " + String(repeating: "a", count: 120),
        "az role assignment create --assignee ü --scope /subscriptions/s/résourceGroups/rg --role Reader",
        "az x --a b\r\nc --d", "",
    ]

    @Test("commands split and wrap as the character-level code does", arguments: commands)
    func commandWrapping(_ command: String) {
        if command.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            #expect(TextWrap.shellTokensASCII(command) == TextWrap.shellTokens(command))
        }
        for width in [20, 40, 80] {
            #expect(
                TextWrap.wrapCommand(command, width: width, indent: "      ", continuation: "          ")
                    == Reference.wrapCommand(command, width: width, indent: "      ", continuation: "          "))
        }
    }

    @Test("prose wraps as the character-level code does")
    func prose() {
        let texts = [
            "Resources: " + (0..<300).map { "stp\($0)" }.joined(separator: ", "), "a  b   c", " leading", "trailing ",
            String(repeating: "x", count: 100) + " y", "", "   ",
        ]
        for text in texts {
            for width in [10, 40, 80] {
                #expect(
                    TextWrap.wrap(text, width: width, firstIndent: "    ", indent: "      ")
                        == TextWrap.pack(
                            text.split(separator: " ").map(String.init), width: width, firstIndent: "    ",
                            indent: "      ", joiner: ""))
            }
        }
    }

    @Test("remedies split into the same lines, a CRLF staying one character")
    func remedyLines() {
        for remedy in ["Do this:\naz x --y z\n\nthen that", "one\r\naz two\r\n", "\n\naz only\n", "", "ü\naz é"] {
            let expected: [RemedyPart] = remedy.split(separator: "\n", omittingEmptySubsequences: true).map {
                $0.hasPrefix("az ") ? .command(String($0)) : .prose(String($0))
            }
            #expect(RemedyPart.parts(of: remedy) == expected)
        }
    }

    /// The character-level path: the same tokens and packing, with lengths counted in characters.
    enum Reference {
        static func wrapCommand(_ command: String, width: Int, indent: String, continuation: String) -> [String] {
            if indent.count + command.count <= width { return [indent + command] }
            return TextWrap.pack(
                TextWrap.shellTokens(command), width: width - 2, firstIndent: indent, indent: continuation,
                joiner: " \\")
        }
    }
}
