import DRImport
import Foundation

/// Copies a command for the operator: to the terminal's clipboard with OSC 52 (terminals that allow it put it on
/// the system clipboard, over SSH too), and to a file, for terminals that do not.
public enum CommandClipboard {
    /// The fallback file: `foundry-dr-clipboard.txt` in the temporary folder.
    public static var fallbackPath: String {
        FileManager.default.temporaryDirectory.appendingPathComponent("foundry-dr-clipboard.txt").path
    }

    /// The OSC 52 sequence that sets the clipboard to `text`.
    public static func osc52(_ text: String) -> String {
        "\u{1B}]52;c;\(Data(text.utf8).base64EncodedString())\u{07}"
    }

    /// Sends `text` to the terminal's clipboard and writes it to the fallback file; returns where it went.
    public static func copy(_ text: String, fallback: String = fallbackPath, terminal: String = "/dev/tty") throws -> String {
        var places: [String] = []
        if let tty = FileHandle(forWritingAtPath: terminal) {
            tty.write(Data(osc52(text).utf8))
            try? tty.close()
            places.append("the terminal's clipboard (OSC 52)")
        }
        try SafeFileWriter.write(text + "\n", to: fallback)
        places.append(fallback)
        return places.joined(separator: " and ")
    }
}
