import TermUI

/// A question the console asks before something the operator may not mean: a jump of the clock past a purge
/// deadline, or a failover whose preflight failed. `y` (or the key that asked, pressed again) goes ahead; any other
/// key stays.
public struct Confirmation: Sendable, Hashable {
    /// What is done when the operator says yes.
    public enum Then: Sendable, Hashable {
        /// Move the clock to this offset.
        case jump(to: Double)
        /// Run this `:` command line, already confirmed.
        case command(String)
    }

    /// The question, ending in what the keys do.
    public var question: String
    public var then: Then
    /// A key besides `y` that goes ahead (the key that asked, so `n n` jumps).
    public var again: KeyEvent?

    public init(_ question: String, then: Then, again: KeyEvent? = nil) {
        self.question = question
        self.then = then
        self.again = again
    }

    /// Whether `key` says yes.
    func accepts(_ key: KeyEvent) -> Bool { key == .char("y") || key == .char("Y") || (again.map { $0 == key } ?? false) }
}
