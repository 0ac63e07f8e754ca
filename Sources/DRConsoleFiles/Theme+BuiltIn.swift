import DRConsole

extension Theme {
    /// The built-in default theme (the compiled-in copy of `themes/default.yaml`).
    public static let builtInDefault: Theme = {
        let parsed = ThemeFile.parse(BuiltInThemes.text(named: "default") ?? "", file: "default.yaml", base: nil)
        return parsed.theme
    }()
}
