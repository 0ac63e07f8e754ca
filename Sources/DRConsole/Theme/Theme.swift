import TermUI

/// A theme: a style for every role. Built from a theme file over the built-in default, so a partial file works.
public struct Theme: Sendable, Hashable {
    /// The theme's name (`default`, `light`, ...).
    public var name: String
    private var styles: [ThemeRole: Style]

    /// Creates a theme; roles without a style draw plain.
    public init(name: String, styles: [ThemeRole: Style]) {
        self.name = name
        self.styles = styles
    }

    /// The style for a role.
    public func style(_ role: ThemeRole) -> Style { styles[role] ?? .plain }

    /// This theme with `overrides` applied role by role.
    public func overlaid(with overrides: [ThemeRole: Style], name: String) -> Theme {
        Theme(name: name, styles: styles.merging(overrides) { _, new in new })
    }

    /// A theme that styles nothing: what the console draws with until it is given a theme (the theme files,
    /// the built-in default among them, are read outside the console, in `DRConsoleFiles`).
    public static let plain = Theme(name: "plain", styles: [:])
}
