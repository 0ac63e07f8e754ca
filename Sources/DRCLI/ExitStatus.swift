/// The exit codes every command uses.
public enum ExitStatus {
    /// Success.
    public static let success: Int32 = 0
    /// Findings: `assess` found errors.
    public static let findings: Int32 = 1
    /// Bad input or usage, including the argument parser's own usage errors.
    public static let badInput: Int32 = 2
}
