import TermUI

/// Colour names, 256-colour indexes and `#RRGGBB` as theme files write them.
enum ThemeColor {
    private static let names: [String: Color] = [
        "default": .default, "black": .black, "red": .red, "green": .green, "yellow": .yellow, "blue": .blue,
        "magenta": .magenta, "cyan": .cyan, "white": .white,
        "bright-black": .indexed(8), "bright-red": .indexed(9), "bright-green": .indexed(10),
        "bright-yellow": .indexed(11), "bright-blue": .indexed(12), "bright-magenta": .indexed(13),
        "bright-cyan": .indexed(14), "bright-white": .indexed(15), "gray": .indexed(8), "grey": .indexed(8),
    ]

    /// The colour a theme file names, or nil.
    static func parse(_ text: String) -> Color? {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let named = names[key] { return named }
        if let index = Int(key), (0...255).contains(index) { return .indexed(UInt8(index)) }
        if key.hasPrefix("#"), key.count == 7, let value = Int(key.dropFirst(), radix: 16) {
            return .rgb(UInt8((value >> 16) & 0xff), UInt8((value >> 8) & 0xff), UInt8(value & 0xff))
        }
        return nil
    }
}
